import { describe, expect, it } from 'vitest';
import en from '../../site/i18n/en';
import fr from '../../site/i18n/fr';
import { useTranslations } from '../../site/i18n';
import { formatPartialDate } from '../../site/lib/network/format';

describe('UI wording', () => {
  it('agrees counts in number: French singular for 0 and 1, English for 1 only', () => {
    const tf = useTranslations('fr');
    const te = useTranslations('en');
    expect([0, 1, 2].map((n) => tf('designs.count', { n }))).toEqual(['0 modèle', '1 modèle', '2 modèles']);
    expect([0, 1, 2].map((n) => te('designs.count', { n }))).toEqual(['0 designs', '1 design', '2 designs']);
    expect(tf('search.results', { n: 1, q: 'x' })).toBe('1 résultat pour « x »');
    expect(te('search.results', { n: 1, q: 'x' })).toBe('1 result for “x”');
    expect(te('search.results', { n: 3, q: 'x' })).toBe('3 results for “x”');
    expect([0, 1, 2].map((n) => tf('map.shown', { n, total: 7 }))).toEqual(['0 lieu affiché sur 7', '1 lieu affiché sur 7', '2 lieux affichés sur 7']);
    expect([0, 1, 2].map((n) => te('map.shown', { n, total: 7 }))).toEqual(['0 of 7 places shown', '1 of 7 places shown', '2 of 7 places shown']);
    // A template filled in the browser keeps its placeholder (the client picks one/other itself).
    expect(tf('search.results', { n: '{n}', q: '{q}' })).toBe('{n} résultats pour « {q} »');
  });

  it('dates a year or a month with “en”, a day with “au”', () => {
    const tf = useTranslations('fr');
    const asOf = (d: string) => tf(d.length > 7 ? 'network.figureAsOf' : 'network.figureIn', { date: formatPartialDate('fr', d) });
    expect(asOf('2020')).toBe('en 2020');
    expect(asOf('2020-04')).toBe('en avril 2020');
    expect(asOf('2020-04-12')).toBe('au 12 avril 2020');
  });

  it('English strings use English typography (no space before a colon)', () => {
    expect(Object.entries(en).filter(([, v]) => /[ \u00a0\u202f]:/.test(v))).toEqual([]);
    expect(fr['punct.colon']).toBe('\u00a0:');
    expect(en['punct.colon']).toBe(':');
  });

  it('the fabric calculator counts garments, not pattern pieces', () => {
    expect(fr['fabric.quantities']).toMatch(/^Nombre d’articles par taille/);
  });
});
