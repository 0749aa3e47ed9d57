// Charts drawn at build as HTML with small SVG bars. Every word is HTML text, sized in CSS like
// the rest of the page: it wraps on a phone instead of shrinking with the drawing or being cut
// at its edge. The SVGs hold shapes only (their viewBox may stretch them). Each bar or period
// carries its value in data-value, so tests (and curious readers) can check what is drawn.

export interface Bar {
  label: string;
  value: number;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width of the bars' drawing, in its own units (the SVG stretches to the column's width). */
const TRACK = 1000;

const track = (x: number, w: number, cls = '', grid = '') =>
  `<svg class="chart-track${cls}" viewBox="0 0 ${TRACK} 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
  `${grid}<rect x="${x.toFixed(1)}" y="0" width="${Math.max(2, w).toFixed(1)}" height="10"/></svg>`;

/** Horizontal bars, one per label, each under its label and value (written, not only drawn). */
export function barChart(bars: Bar[], text: { title: string; format: (n: number) => string; separator: string }): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((b) => `<li class="bar" data-label="${esc(b.label)}" data-value="${b.value}"><span class="chart-label">${esc(b.label)}${text.separator} <strong>${esc(text.format(b.value))}</strong></span>` +
      track(0, (b.value / max) * TRACK) + '</li>')
    .join('');
  return `<ul class="chart bar-chart" aria-label="${esc(text.title)}">${rows}</ul>`;
}

/** One report on a time axis: its period as two instants, its value and what it says. */
export interface PeriodRow {
  id: string;
  start: Date;
  end: Date;
  value: number;
  label: string;
  /** Set when a wider row may already count this one: drawn apart, never added. */
  withinNote?: string;
}

/**
 * Where each row's bar starts and how wide it is, in thousandths of the axis (the earliest start
 * to the latest end), and the month starts within it (at most `maxTicks`, evenly picked).
 */
export function periodLayout(rows: Pick<PeriodRow, 'start' | 'end'>[], maxTicks = Infinity): { t0: Date; t1: Date; bars: { x: number; w: number }[]; ticks: Date[] } {
  const t0 = new Date(Math.min(...rows.map((r) => r.start.getTime())));
  const t1 = new Date(Math.max(...rows.map((r) => r.end.getTime())));
  const span = t1.getTime() - t0.getTime() || 1;
  const at = (d: Date) => ((d.getTime() - t0.getTime()) / span) * TRACK;
  const bars = rows.map((r) => ({ x: at(r.start), w: at(r.end) - at(r.start) }));
  const months: Date[] = [];
  for (let d = new Date(Date.UTC(t0.getUTCFullYear(), t0.getUTCMonth(), 1)); d <= t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    if (d >= t0) months.push(d);
  }
  const step = Math.max(1, Math.ceil(months.length / maxTicks));
  return { t0, t1, bars, ticks: months.filter((_, i) => i % step === 0) };
}

/**
 * Reports drawn over their periods, one row each (a report over March–May is a bar from March to
 * May, not a step on its last day), on a shared axis whose months are thin lines. Rows within a
 * wider one are hatched and say so; no row is stacked on another, so nothing is added. The axis
 * names its two ends in HTML, one at each side, so neither can be cut.
 */
export function periodChart(rows: PeriodRow[], text: { title: string; start: string; end: string }): string {
  const { bars, ticks, t0, t1 } = periodLayout(rows, Infinity);
  const span = t1.getTime() - t0.getTime() || 1;
  const grid = ticks.map((d) => ((d.getTime() - t0.getTime()) / span) * TRACK).map((x) => `<line x1="${x.toFixed(1)}" y1="0" x2="${x.toFixed(1)}" y2="10"/>`).join('');
  const items = rows
    .map((r, i) => `<li class="period${r.withinNote ? ' within' : ''}" data-entry="${esc(r.id)}" data-value="${r.value}" data-x="${bars[i].x.toFixed(1)}" data-w="${bars[i].w.toFixed(1)}">` +
      `<span class="chart-label">${esc(r.label)}</span>${r.withinNote ? ` <span class="chart-note">${esc(r.withinNote)}</span>` : ''}` +
      track(bars[i].x, bars[i].w, r.withinNote ? ' hatched' : '', grid) + '</li>')
    .join('');
  return `<div class="chart period-chart"><ol aria-label="${esc(text.title)}">${items}</ol>` +
    `<p class="chart-axis"><span data-axis-start>${esc(text.start)}</span><span data-axis-end>${esc(text.end)}</span></p></div>`;
}
