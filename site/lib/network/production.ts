// Production figures: totals and series computed from the reports, and the CSV/JSON published
// for download. Reports are batches, so every total is a plain sum of quantities.
import { csvFormat } from 'd3-dsv';
import type { ProductionEntry } from '../../schemas/production';
import { startOf } from '../../schemas/sourced';

export const CSV_COLUMNS = ['id', 'from', 'to', 'territory', 'item', 'quantity', 'qualifier', 'group', 'source', 'sourceUrl', 'sourceDate', 'note_fr', 'note_en'] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

export function total(entries: ProductionEntry[]): number {
  return entries.reduce((s, e) => s + e.quantity, 0);
}

/** A sum is a lower bound if any part is, else an estimate if any part is one. */
export function combinedQualifier(entries: ProductionEntry[]): ProductionEntry['qualifier'] {
  if (entries.some((e) => e.qualifier === 'au-moins')) return 'au-moins';
  return entries.some((e) => e.qualifier === 'environ') ? 'environ' : 'exact';
}

/** Sum by a key, in first-seen order. */
export function sumBy(entries: ProductionEntry[], key: (e: ProductionEntry) => string): { key: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const e of entries) sums.set(key(e), (sums.get(key(e)) ?? 0) + e.quantity);
  return [...sums].map(([k, value]) => ({ key: k, value }));
}

/**
 * Running total at each report's end date (one point per date), starting from zero at the
 * earliest start of a period, as precise as the reports give it.
 */
export function cumulative(entries: ProductionEntry[]): { date: string; value: number }[] {
  const sorted = [...entries].sort((a, b) => a.to.getTime() - b.to.getTime());
  const starts = [...entries].sort((a, b) => startOf(a.from).getTime() - startOf(b.from).getTime());
  const points: { date: string; value: number }[] = starts.length ? [{ date: starts[0].from, value: 0 }] : [];
  let running = 0;
  for (const e of sorted) {
    running += e.quantity;
    const d = day(e.to);
    if (points.at(-1)?.date === d) points.at(-1)!.value = running;
    else points.push({ date: d, value: running });
  }
  return points;
}

/** The rows of the published CSV (the production reports, one row each), as the report page shows them. */
export function toRows(entries: ProductionEntry[]) {
  return entries.map((e) => ({
    id: e.id, from: e.from, to: day(e.to), territory: e.territory, item: e.item, quantity: String(e.quantity),
    qualifier: e.qualifier, group: e.group, source: e.source, sourceUrl: e.sourceUrl ?? '', sourceDate: e.sourceDate,
    note_fr: e.note?.fr ?? '', note_en: e.note?.en ?? '',
  }));
}

export function toCsv(entries: ProductionEntry[]): string {
  return csvFormat(toRows(entries), [...CSV_COLUMNS]) + '\n';
}

export function toJson(entries: ProductionEntry[]): string {
  return JSON.stringify({ columns: CSV_COLUMNS, total: total(entries), entries: toRows(entries).map((r) => ({ ...r, quantity: Number(r.quantity) })) }, null, 2) + '\n';
}
