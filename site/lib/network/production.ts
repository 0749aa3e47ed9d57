// Production figures: totals and series computed from the reports, and the CSV/JSON published
// for download. A report marked `within` another may count the same pieces (a town inside its
// department, a running total inside a later one): totals add only the reports that are within
// no other, so nothing is counted twice.
import { csvFormat } from 'd3-dsv';
import type { ProductionEntry } from '../../schemas/production';
import { endOf, startOf } from '../../schemas/sourced';

export const CSV_COLUMNS = ['id', 'from', 'to', 'territory', 'item', 'quantity', 'qualifier', 'group', 'source', 'sourceUrl', 'sourceDate', 'sourceDateUnknownReason', 'within', 'note_fr', 'note_en'] as const;

/** The reports a total may add: those that no wider report may already count. */
export function countable(entries: ProductionEntry[]): ProductionEntry[] {
  return entries.filter((e) => e.within.length === 0);
}

/** The sum of the reports that are within no other. */
export function total(entries: ProductionEntry[]): number {
  return countable(entries).reduce((s, e) => s + e.quantity, 0);
}

/** A report's period as instants: from the first moment of `from` to the first moment after `to`. */
export function period(e: Pick<ProductionEntry, 'from' | 'to'>): { start: Date; end: Date } {
  return { start: startOf(e.from), end: endOf(e.to) };
}

/** A sum is a lower bound if any part is, else an estimate if any part is one. */
export function combinedQualifier(entries: ProductionEntry[]): ProductionEntry['qualifier'] {
  const parts = countable(entries);
  if (parts.some((e) => e.qualifier === 'au-moins')) return 'au-moins';
  return parts.some((e) => e.qualifier === 'environ') ? 'environ' : 'exact';
}

/** Sum by a key, in first-seen order, of the reports that are within no other. */
export function sumBy(entries: ProductionEntry[], key: (e: ProductionEntry) => string): { key: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const e of countable(entries)) sums.set(key(e), (sums.get(key(e)) ?? 0) + e.quantity);
  return [...sums].map(([k, value]) => ({ key: k, value }));
}

/** The rows of the published CSV (the production reports, one row each), as the report page shows them. */
export function toRows(entries: ProductionEntry[]) {
  return entries.map((e) => ({
    id: e.id, from: e.from, to: e.to, territory: e.territory, item: e.item, quantity: String(e.quantity),
    qualifier: e.qualifier, group: e.group, source: e.source, sourceUrl: e.sourceUrl ?? '', sourceDate: e.sourceDate,
    sourceDateUnknownReason: e.sourceDateUnknownReason ?? '', within: e.within.join(' '),
    note_fr: e.note?.fr ?? '', note_en: e.note?.en ?? '',
  }));
}

export function toCsv(entries: ProductionEntry[]): string {
  return csvFormat(toRows(entries), [...CSV_COLUMNS]) + '\n';
}

export function toJson(entries: ProductionEntry[]): string {
  return JSON.stringify({ columns: CSV_COLUMNS, total: total(entries), entries: toRows(entries).map((r) => ({ ...r, quantity: Number(r.quantity), within: r.within ? r.within.split(' ') : [] })) }, null, 2) + '\n';
}
