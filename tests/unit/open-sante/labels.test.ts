import { describe, expect, it } from 'vitest';
import { checkLabel, labelSheetPdf, type LabelWords } from '../../../site/lib/openSante/batchLabel';
import { readPdf } from '../../../designs/_kit/pdf/readBack';

const today = new Date('2020-06-01T12:00:00Z');
const good = { batch: 'USN-2020-05-014', made: '2020-05-12', contents: '24 serre-têtes de visière, non montés', method: 'Éthanol 70–80 %, 5 min', disinfectedOn: '2020-05-13', group: 'Usinette du Loch' };
const words: LabelWords = { batch: 'Lot', made: 'Fabriqué le', contents: 'Contenu', disinfection: 'Désinfection', on: 'le', group: 'Groupe', warning: 'Équipement de protection non certifié' };

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
    expect(texts.some((t) => t.includes('12 mai 2020'))).toBe(true);
  });
});
