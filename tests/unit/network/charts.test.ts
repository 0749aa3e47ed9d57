// The production charts draw exactly the data: each report over its own period, sums that add
// only reports within no other (hand-computed fixtures), and a single report as a figure with
// its source rather than a chart.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { productionSchema, type ProductionEntry } from '../../../site/schemas/production';
import { readEntryFolder } from '../../../site/lib/entryFiles';
import { productionCharts } from '../../../site/lib/network/productionCharts';
import { periodLayout } from '../../../site/lib/network/charts';
import { total, countable, period, sumBy, toCsv } from '../../../site/lib/network/production';

const load = (folder: string): ProductionEntry[] => readEntryFolder(folder).map((e) => ({ id: e.id, ...productionSchema.parse(e.data) }));

/** Reads the published CSV back as reports: empty cells are absent, note_fr and note_en one note. */
function fromCsv(text: string): ProductionEntry[] {
  return csvParse(text).map((row) => {
    const { id, note_fr, note_en, within, ...cells } = row;
    const present = Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== ''));
    const note = note_fr || note_en ? { note: { fr: note_fr, en: note_en } } : {};
    return { id: id!, ...productionSchema.parse({ ...present, ...note, within: within ? within.split(' ') : [] }) };
  });
}
const values = (html: string, cls: string) => [...html.matchAll(new RegExp(`class="${cls}[^"]*"[^>]*data-value="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
const charts = (entries: ProductionEntry[]) =>
  productionCharts(entries, {
    lang: 'fr',
    itemName: (id) => id,
    territoryName: (code) => code,
    qualifierName: (q) => q,
    titles: { periods: 'Périodes', byItem: 'Par pièce', byTerritory: 'Par territoire', single: 'Un relevé' },
    withinNote: (what) => `déjà dans ${what}`,
    sourceLabel: 'Source',
  });
const chart = (entries: ProductionEntry[], id: string) => charts(entries).find((c) => c.id === id);

describe.each([
  ['network/production', load('network/production')],
  ['tests/fixtures/network/production-good', load('tests/fixtures/network/production-good')],
  ['tests/fixtures/network/production-overlap', load('tests/fixtures/network/production-overlap')],
])('charts of %s', (_, entries) => {
  const sum = countable(entries).reduce((s, e) => s + e.quantity, 0);

  it('draw every report once over its period, and sums that add up to the total without double counting', () => {
    const periods = chart(entries, 'periods')!;
    expect(values(periods.html, 'period').sort()).toEqual(entries.map((e) => e.quantity).sort());
    expect(total(entries)).toBe(sum);
    for (const id of ['by-item', 'by-territory']) {
      const c = chart(entries, id);
      if (c) expect(values(c.html, 'bar').reduce((a, b) => a + b, 0)).toBe(sum);
    }
  });

  it('name every chart for assistive technology', () => {
    for (const c of charts(entries)) expect(c.html).toMatch(/aria-label="[^"]+"/);
  });
});

describe('hand-computed fixture with a department inside the region', () => {
  const entries = load('tests/fixtures/network/production-overlap');
  const byId = new Map(entries.map((e) => [e.id, e]));

  it('adds the region and the gowns, not the department already inside the region', () => {
    expect(countable(entries).map((e) => e.id).sort()).toEqual(['region', 'surblouses']);
    expect(total(entries)).toBe(1050);
    expect(sumBy(entries, (e) => e.item)).toEqual([{ key: 'visiere', value: 1000 }, { key: 'surblouse', value: 50 }]);
    expect(sumBy(entries, (e) => e.territory).find((s) => s.key === '35')).toBeUndefined();
  });

  it('draws each report from the start of its first day to the end of its last (1 March to 1 May: 61 days)', () => {
    const order = ['region', 'departement', 'surblouses'];
    const { bars, ticks } = periodLayout(order.map((id) => period(byId.get(id)!)));
    const round = (n: number) => Math.round(n * 10) / 10;
    expect(bars.map((b) => ({ x: round(b.x), w: round(b.w) }))).toEqual([
      { x: 0, w: 1000 }, // March and April: the whole axis
      { x: 229.5, w: 278.7 }, // 15 to 31 March: 14/61 to 31/61
      { x: 508.2, w: 491.8 }, // April: 31/61 to the end
    ]);
    expect(ticks.map((d) => d.toISOString().slice(0, 7))).toEqual(['2020-03', '2020-04', '2020-05']);
  });

  it('marks the report inside the region, hatched and named, and says what may already count it', () => {
    const html = chart(entries, 'periods')!.html;
    expect(html).toMatch(/<li class="period within" data-entry="departement"[^>]*>.*déjà dans 1[\s\u202f]000 × visiere/);
    expect(html).not.toMatch(/<li class="period within" data-entry="region"/);
    expect(html).toMatch(/data-entry="departement".*?chart-track hatched/);
  });
});

describe('a single report', () => {
  it('is a figure with its source, not a chart', () => {
    const one = load('tests/fixtures/network/production-overlap').filter((e) => e.id === 'surblouses');
    const c = charts(one);
    expect(c.map((x) => x.id)).toEqual(['single']);
    expect(c[0].html).toContain('<p class="single-figure" data-entry="surblouses" data-value="50">');
    expect(c[0].html).toContain('<a href="https://example.org/29" rel="external">Comptage du 29</a>');
    expect(c[0].html).not.toMatch(/<svg|<ol|<ul/);
  });
});

describe('production data', () => {
  it('round-trips through the published CSV', () => {
    for (const folder of ['tests/fixtures/network/production-good', 'tests/fixtures/network/production-overlap']) {
      const entries = load(folder);
      expect(fromCsv(toCsv(entries))).toEqual(entries);
    }
  });

  it('reads a period to its last instant: a month to the next month’s first day, a year to the next year', () => {
    expect(period({ from: '2020-03', to: '2020-04' }).end.toISOString()).toBe('2020-05-01T00:00:00.000Z');
    expect(period({ from: '2020-03-15', to: '2020-03-31' }).end.toISOString()).toBe('2020-04-01T00:00:00.000Z');
    expect(period({ from: '2020-03', to: '2020' }).end.toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });
});
