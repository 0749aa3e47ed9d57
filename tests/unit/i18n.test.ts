// The translator's behaviour: plural forms chosen by each language's rule, placeholders filled
// or kept, missing keys named; and typography rules checked over whole dictionaries.
import { describe, expect, it } from 'vitest';
import en from '../../site/i18n/en';
import fr from '../../site/i18n/fr';
import { useTranslations, type UiKey } from '../../site/i18n';
import { figureDate } from '../../site/lib/network/format';

/** Every key that has a singular variant, with its two templates per language. */
const pluralKeys = (Object.keys(fr) as UiKey[]).filter((k) => `${k}.one` in fr);
const fill = (template: string, n: number) => template.replace('{n}', String(n));

describe('translator', () => {
  it('has plural keys to check', () => expect(pluralKeys.length).toBeGreaterThan(3));

  it.each(pluralKeys)('%s: French takes the singular for 0 and 1, English for 1 only', (key) => {
    const tf = useTranslations('fr');
    const te = useTranslations('en');
    const one = `${key}.one` as UiKey;
    // Placeholders other than n stay as written when not given.
    expect([0, 1, 2].map((n) => tf(key, { n }))).toEqual([fill(fr[one], 0), fill(fr[one], 1), fill(fr[key], 2)]);
    expect([0, 1, 2].map((n) => te(key, { n }))).toEqual([fill(en[key], 0), fill(en[one], 1), fill(en[key], 2)]);
  });

  it('keeps a placeholder given as text, for templates filled in the browser', () => {
    expect(useTranslations('fr')('search.results', { n: '{n}', q: 'x' })).toBe(fr['search.results'].replace('{q}', 'x'));
  });

  it('names a missing key instead of failing on undefined', () => {
    expect(() => useTranslations('en')('no.such.key' as UiKey)).toThrow(/no en text for the key "no\.such\.key"/);
  });

  it('dates a year or a month with “en”, a day with “au”', () => {
    expect(figureDate('fr', '2020')).toBe('en 2020');
    expect(figureDate('fr', '2020-04')).toBe('en avril 2020');
    expect(figureDate('fr', '2020-04-12')).toBe('au 12 avril 2020');
    expect(figureDate('en', '2020-04-12')).toBe('as of 12 April 2020');
  });
});

describe('typography', () => {
  it('English strings use English typography (no space before a colon)', () => {
    expect(Object.entries(en).filter(([, v]) => /[ \u00a0\u202f]:/.test(v))).toEqual([]);
    expect(fr['punct.colon']).toBe('\u00a0:');
    expect(en['punct.colon']).toBe(':');
  });

  it('both dictionaries have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
});
