// The production charts draw exactly the data: the values plotted in each SVG add up to the
// total of the reports, for the real data and for a fixture with several items and territories.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { productionSchema, type ProductionEntry } from '../../../site/schemas/production';
import { productionRows } from '../../../site/lib/network/productionCsv';
import { productionCharts } from '../../../site/lib/network/productionCharts';
import { total, cumulative, toCsv } from '../../../site/lib/network/production';

const load = (path: string): ProductionEntry[] => productionRows(readFileSync(path, 'utf8')).map((r) => productionSchema.parse(r));
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
  ['network/production.csv', load('network/production.csv')],
  ['tests/fixtures/network/production-good.csv', load('tests/fixtures/network/production-good.csv')],
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
    const entries = load('tests/fixtures/network/production-good.csv');
    expect(cumulative(entries)).toEqual([
      { date: '2020-03', value: 0 },
      { date: '2020-04-01', value: 350 },
      { date: '2020-05-10', value: 1550 },
    ]);
  });

  it('round-trips through the published CSV', () => {
    const entries = load('tests/fixtures/network/production-good.csv');
    const again = productionRows(toCsv(entries)).map((r) => productionSchema.parse(r));
    expect(again).toEqual(entries);
  });
});
