import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { checkLabel, labelBoxes, labelFonts, labelSheetPdf, layoutLabel, type LabelWords } from '../../../site/lib/openSante/batchLabel';
import { readPdf } from '../../../designs/_kit/pdf/readBack';

const today = new Date('2020-06-01T12:00:00Z');
const good = { batch: 'USN-2020-05-014', made: '2020-05-12', contents: '24 serre-têtes de visière, non montés', method: 'Éthanol 70–80 %, 5 min', disinfectedOn: '2020-05-13', group: 'Usinette du Loch' };
const words: LabelWords = { batch: 'Lot', made: 'Fabriqué le', contents: 'Contenu', disinfection: 'Désinfection', on: 'le', group: 'Groupe', warning: 'Équipement de protection non certifié', colon: '\u00a0:' };

describe('batch label input', () => {
  it('accepts a complete label', () => {
    const r = checkLabel(good, today);
    expect(r.ok).toBe(true);
  });

  it('reports every bad field at once', () => {
    const r = checkLabel({ ...good, batch: 'lot 14!', made: '2020-02-30', contents: '', disinfectedOn: '2020-07-01', group: 'Groupe ☺' }, today);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'batch:labels.badBatch',
      'made:labels.badDate',
      'contents:labels.required',
      'disinfectedOn:labels.futureDate',
      'group:labels.badChars',
    ]);
    expect(r.errors.find((e) => e.field === 'group')?.vars.chars).toBe('☺');
  });

  it('refuses a disinfection before manufacture and an over-long field', () => {
    const r = checkLabel({ ...good, disinfectedOn: '2020-05-11', method: 'x'.repeat(61) }, today);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.field}:${e.key}`)).toEqual(['method:labels.tooLong', 'disinfectedOn:labels.disinfectedBefore']);
  });

  it('prints French narrow no-break spaces instead of refusing them', () => {
    expect(checkLabel({ ...good, contents: 'Visières\u202f: 24' }, today).ok).toBe(true);
  });
});

describe('batch label PDF', () => {
  it('is one A4 page whose text reads back with the batch number on each of the eight labels', async () => {
    const r = checkLabel(good, today);
    if (!r.ok) throw new Error('fixture invalid');
    const pages = await readPdf(await labelSheetPdf(r.values, words, 'fr'));
    expect(pages).toHaveLength(1);
    expect(pages[0].widthMm).toBeCloseTo(210, 1);
    expect(pages[0].heightMm).toBeCloseTo(297, 1);
    const texts = pages[0].texts.map((t) => t.text);
    expect(texts.filter((t) => t === 'Lot USN-2020-05-014')).toHaveLength(8);
    expect(texts.some((t) => t.includes('Usinette du Loch'))).toBe(true);
    expect(texts.some((t) => t.replace(/\u00a0/g, ' ').includes('12 mai 2020'))).toBe(true);
  });
});

describe('batch label fitting and signs', () => {
  const en: LabelWords = { batch: 'Batch', made: 'Made on', contents: 'Contents', disinfection: 'Disinfection', on: 'on', group: 'Group', warning: 'Not certified protective equipment', colon: ':' };

  it('prints every suggested disinfection method, ≥ drawn as > over a bar', async () => {
    for (const method of ['Hypochlorite ≥ 0,01 %, 2 min', 'Hypochlorite ≥ 0.01 %, 2 min', 'Éthanol 70–80 %, 5 min', 'Air chaud 65 °C, 60 min (PETG)']) {
      const r = checkLabel({ ...good, method }, today);
      expect(r.ok, method).toBe(true);
      if (!r.ok) continue;
      const pages = await readPdf(await labelSheetPdf(r.values, words, 'fr'));
      expect(pages[0].texts.filter((t) => t.text.includes(method.replace('≥', '>').slice(0, 10)))).toHaveLength(8);
      const doc = await PDFDocument.create();
      const runs = layoutLabel(await labelFonts(doc), r.values, words, 'fr', labelBoxes()[0]);
      expect(runs.map((x) => x.text).join(' ')).toContain(method);
    }
  });

  const worst = (ch: string) => ({ batch: ch.repeat(24), made: '2020-05-12', contents: ch.repeat(90), method: ch.repeat(60), disinfectedOn: '2020-05-13', group: ch.repeat(60) });
  const cases: [string, Record<string, string>][] = [
    ['W × max length', worst('W')],
    ['M × max length', worst('M')],
    ['Morlaix', { ...good, batch: 'MORLAIX-MAKERS-2020-0514', group: 'Makers du Pays de Morlaix et Fablab de la Maison du Libre', method: 'Hypochlorite ≥ 0,01 %, 2 min' }],
  ];
  for (const [name, input] of cases) {
    for (const [lang, w] of [['fr', words], ['en', en]] as const) {
      it(`keeps every line inside its label (${name}, ${lang})`, async () => {
        const r = checkLabel(input, today);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const doc = await PDFDocument.create();
        const fonts = await labelFonts(doc);
        for (const box of labelBoxes()) {
          const runs = layoutLabel(fonts, r.values, w, lang, box);
          const text = runs.map((x) => x.text).join(' ');
          expect(text).toContain(r.values.group.slice(0, 10));
          for (const run of runs) {
            expect(run.x, run.text).toBeGreaterThanOrEqual(box.x);
            expect(run.x + run.width, run.text).toBeLessThanOrEqual(box.x + box.width - 10);
            expect(run.y - run.size * 0.25, run.text).toBeGreaterThanOrEqual(box.y);
            expect(run.y + run.size, run.text).toBeLessThanOrEqual(box.y + box.height - 10);
          }
          // Lines do not overlap one another.
          const sorted = [...runs].sort((a, b) => b.y - a.y);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1].y - sorted[i].y).toBeGreaterThanOrEqual(sorted[i].size);
          // Every character of the fields is printed.
          const printed = runs.map((x) => x.text).join('');
          for (const f of ['batch', 'contents', 'method', 'group'] as const) expect(printed.replace(/\s/g, '')).toContain(r.values[f].replace(/\s/g, ''));
        }
      });
    }
  }
});
