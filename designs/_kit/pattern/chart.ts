import type { Localized } from '../params';
import type { Item } from '../pdf/drawing';
import { tableItems } from '../pdf/table';
import type { Lang } from '../lang';

/**
 * Where a figure of a size chart comes from: a source, named briefly (the design's and the
 * guide's front matter list it in full), or our own drafting choice.
 */
export type ChartOrigin = { source: Localized } | 'drafting';

/** One line of a size chart: a measurement, its value for each size, and where it comes from. */
export interface ChartRow {
  label: Localized;
  /** Per size: a length in mm, or a text (an age group, a body type). */
  values: Record<string, number | Localized>;
  origin: ChartOrigin;
}

/** What each size is for (body measurements, ages) and what it gives once sewn. */
export interface SizeChart {
  body: ChartRow[];
  finished: ChartRow[];
}

export const DRAFTING: Localized = { fr: 'choix de tracé', en: 'drafting choice' };

/** A length in mm as centimetres, to the millimetre, in the language's notation. */
export function chartCm(mm: number, lang: Lang): string {
  const cm = String(Math.round(mm) / 10);
  return `${lang === 'fr' ? cm.replace('.', ',') : cm} cm`;
}

export const chartValue = (v: number | Localized, lang: Lang) => (typeof v === 'number' ? chartCm(v, lang) : v[lang]);
export const chartOrigin = (o: ChartOrigin, lang: Lang) => (o === 'drafting' ? DRAFTING[lang] : o.source[lang]);

/**
 * The chart as a table for the PDFs' first page, French above English in each cell (the file
 * is shared); `at` is the top-left corner, mm, y up. Returns the items and the height used.
 */
export function chartItems(chart: SizeChart, sizes: Record<string, Localized>, at: [number, number], width: number): { items: Item[]; height: number } {
  const ids = Object.keys(sizes);
  const lines = (l: Localized) => (l.fr === l.en ? [l.fr] : [l.fr, l.en]);
  const cell = (v: number | Localized) => (typeof v === 'number' ? [chartCm(v, 'fr')] : lines(v));
  const row = (r: ChartRow) => ({ cells: [lines(r.label), ...ids.map((id) => cell(r.values[id])), lines(r.origin === 'drafting' ? DRAFTING : r.origin.source)], notes: [] });
  const heading = (l: Localized) => ({ cells: [[`${l.fr} / ${l.en}`], ...ids.map(() => []), []], notes: [] });
  const table = tableItems(
    [['Tableau des tailles', 'Size chart'], ...ids.map((id) => lines(sizes[id])), ['Source']],
    [heading({ fr: 'Pour', en: 'for' }), ...chart.body.map(row), heading({ fr: 'Cousu', en: 'finished' }), ...chart.finished.map(row)],
    at,
    width,
    'chart',
  );
  return table;
}
