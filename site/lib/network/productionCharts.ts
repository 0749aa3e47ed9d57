// The production page's charts, from the reports: one module so the page and the tests that
// compare what is drawn with the data draw exactly the same thing. Several reports: each drawn
// over its period, then sums by item and by territory when there is more than one bar to compare.
// One report: a figure with its source, not a chart. Sums add only reports within no other.
import type { Lang } from '../../i18n';
import { formatNumber, useTranslations } from '../../i18n';
import type { ProductionEntry } from '../../schemas/production';
import { barChart, esc, periodChart } from './charts';
import { period, sumBy } from './production';
import { colon, formatPartialDate } from './format';

export interface ChartOptions {
  lang: Lang;
  itemName: (id: string) => string;
  territoryName: (code: string) => string;
  qualifierName: (q: ProductionEntry['qualifier']) => string;
  titles: { periods: string; byItem: string; byTerritory: string; single: string };
  /** "may already be counted in: {what}" */
  withinNote: (what: string) => string;
  /** "Source: " in the page's language */
  sourceLabel: string;
}

export interface Chart {
  id: 'single' | 'periods' | 'by-item' | 'by-territory';
  title: string;
  html: string;
}

export function productionCharts(entries: ProductionEntry[], o: ChartOptions): Chart[] {
  const format = (n: number) => formatNumber(o.lang, n);
  const semicolon = useTranslations(o.lang)('punct.semicolon');
  const span = (e: ProductionEntry) => `${formatPartialDate(o.lang, e.from)} – ${formatPartialDate(o.lang, e.to)}`;
  const what = (e: ProductionEntry) => `${format(e.quantity)} × ${o.itemName(e.item)} (${o.qualifierName(e.qualifier)}), ${o.territoryName(e.territory)}, ${span(e)}`;
  if (entries.length === 0) return [];
  if (entries.length === 1) {
    const e = entries[0];
    // Source titles are the sources' own, in French: tagged so on English pages.
    const title = o.lang === 'en' ? `<span lang="fr">${esc(e.source)}</span>` : esc(e.source);
    const source = e.sourceUrl ? `<a href="${esc(e.sourceUrl)}" rel="external">${title}</a>` : title;
    return [{
      id: 'single',
      title: o.titles.single,
      html: `<p class="single-figure" data-entry="${esc(e.id)}" data-value="${e.quantity}"><strong>${esc(what(e))}</strong> — ${esc(e.group)}. ${esc(o.sourceLabel)}${colon(o.lang)} ${source}</p>`,
    }];
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows = [...entries]
    .sort((a, b) => period(a).start.getTime() - period(b).start.getTime() || period(a).end.getTime() - period(b).end.getTime() || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      ...period(e),
      value: e.quantity,
      label: `${what(e)} — ${e.group}`,
      withinNote: e.within.length ? o.withinNote(e.within.map((id) => (byId.has(id) ? what(byId.get(id)!) : id)).join(`${semicolon} `)) : undefined,
    }));
  const first = rows.reduce((a, r) => (r.start < a.start ? r : a), rows[0]);
  const last = entries.reduce((a, e) => (period(e).end > period(a).end ? e : a), entries[0]);
  const charts: Chart[] = [{
    id: 'periods',
    title: o.titles.periods,
    html: periodChart(rows, { title: o.titles.periods, start: formatPartialDate(o.lang, byId.get(first.id)!.from), end: formatPartialDate(o.lang, last.to) }),
  }];
  const sums = [
    { id: 'by-item' as const, title: o.titles.byItem, bars: sumBy(entries, (e) => e.item).map((s) => ({ label: o.itemName(s.key), value: s.value })) },
    { id: 'by-territory' as const, title: o.titles.byTerritory, bars: sumBy(entries, (e) => e.territory).map((s) => ({ label: o.territoryName(s.key), value: s.value })) },
  ];
  for (const s of sums) {
    if (s.bars.length > 1) charts.push({ id: s.id, title: s.title, html: barChart(s.bars, { title: s.title, format, separator: colon(o.lang) }) });
  }
  return charts;
}
