// The production charts draw exactly the data: the values plotted in each SVG add up to the
// total of the reports, for the real data and for a fixture with several items and territories.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { productionSchema, type ProductionEntry } from '../../../site/schemas/production';
import { readEntryFolder } from '../../../site/lib/entryFiles';
import { productionCharts } from '../../../site/lib/network/productionCharts';
import { total, cumulative, toCsv } from '../../../site/lib/network/production';

const load = (folder: string): ProductionEntry[] => readEntryFolder(folder).map((e) => ({ id: e.id, ...productionSchema.parse(e.data) }));

/** Reads the published CSV back as reports: empty cells are absent, note_fr and note_en one note. */
function fromCsv(text: string): ProductionEntry[] {
  return csvParse(text).map((row) => {
    const { id, note_fr, note_en, ...cells } = row;
    const present = Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== ''));
    const note = note_fr || note_en ? { note: { fr: note_fr, en: note_en } } : {};
    return { id: id!, ...productionSchema.parse({ ...present, ...note }) };
  });
}
const values = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`class="${cls}"[^>]*data-value="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
const charts = (entries: ProductionEntry[]) =>
  productionCharts(entries, {
    lang: 'fr',
    itemName: (id) => id,
    territoryName: (code) => code,
    titles: { cumulative: 'Cumul', byItem: 'Par pièce', byTerritory: 'Par territoire' },
    desc: 'Les mêmes chiffres figurent dans le tableau.',
  });

describe.each([
  ['network/production', load('network/production')],
  ['tests/fixtures/network/production-good', load('tests/fixtures/network/production-good')],
])('charts of %s', (_, entries) => {
  const [cum, byItem, byTerritory] = charts(entries);
  const sum = entries.reduce((s, e) => s + e.quantity, 0);

  it('plot bars that add up to the total of the data', () => {
    expect(total(entries)).toBe(sum);
    expect(values(byItem.svg, 'bar').reduce((a, b) => a + b, 0)).toBe(sum);
    expect(values(byTerritory.svg, 'bar').reduce((a, b) => a + b, 0)).toBe(sum);
  });

  it('end the cumulative line on the total', () => {
    const points = values(cum.svg, 'point');
    expect(points.at(-1)).toBe(sum);
    expect([...points].sort((a, b) => a - b)).toEqual(points);
  });

  it('label every chart for assistive technology', () => {
    for (const c of [cum, byItem, byTerritory]) expect(c.svg).toMatch(/role="img" aria-labelledby="[^"]+-t [^"]+-d"><title id/);
  });
});

describe('production data', () => {
  it('starts from zero at the earliest period start and merges reports ending the same day', () => {
    const entries = load('tests/fixtures/network/production-good');
    expect(cumulative(entries)).toEqual([
      { date: '2020-03', value: 0 },
      { date: '2020-04-01', value: 350 },
      { date: '2020-05-10', value: 1550 },
    ]);
  });

  it('round-trips through the published CSV', () => {
    const entries = load('tests/fixtures/network/production-good');
    expect(fromCsv(toCsv(entries))).toEqual(entries);
  });
});
