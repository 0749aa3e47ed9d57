// Charts drawn at build as SVG strings. Each bar or point carries its value in data-value, so
// tests (and curious readers) can check that what is drawn adds up to the data.

export interface Bar {
  label: string;
  value: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface ChartText {
  id: string;
  title: string;
  desc: string;
  format: (n: number) => string;
}

/** Horizontal bars, one per label, with the value written at the end of each bar. */
export function barChart(bars: Bar[], text: ChartText): string {
  const width = 640;
  const labelW = 200;
  const rowH = 34;
  const height = Math.max(1, bars.length) * rowH + 16;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (width - labelW - 90) / max;
  const rows = bars
    .map((b, i) => {
      const y = 8 + i * rowH;
      const w = Math.max(1, b.value * scale);
      return `<g class="bar" data-label="${esc(b.label)}" data-value="${b.value}">` +
        `<text x="${labelW - 8}" y="${y + 21}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 10}" rx="2"/>` +
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 21}">${esc(text.format(b.value))}</text></g>`;
    })
    .join('');
  return svg(width, height, text, rows);
}

/** A step line of running totals over time, with a dot and its value at each date. */
export function cumulativeChart(points: { date: string; value: number }[], text: ChartText & { formatDate: (d: string) => string }): string {
  const width = 640;
  const height = 260;
  const pad = { l: 70, r: 30, t: 20, b: 50 };
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const span = t1 - t0 || 1;
  const max = Math.max(1, ...points.map((p) => p.value));
  const x = (t: number) => (points.length === 1 ? (pad.l + width - pad.r) / 2 : pad.l + ((t - t0) / span) * (width - pad.l - pad.r));
  const y = (v: number) => height - pad.b - (v / max) * (height - pad.t - pad.b);
  let d = '';
  points.forEach((p, i) => {
    const px = x(times[i]).toFixed(1);
    const py = y(p.value).toFixed(1);
    d += i === 0 ? `M${px},${y(0).toFixed(1)} V${py}` : ` H${px} V${py}`;
  });
  const axis = `<line class="axis" x1="${pad.l}" y1="${height - pad.b}" x2="${width - pad.r}" y2="${height - pad.b}"/>` +
    `<line class="axis" x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${height - pad.b}"/>` +
    `<text x="${pad.l - 6}" y="${y(max) + 4}" text-anchor="end">${esc(text.format(max))}</text>` +
    `<text x="${pad.l - 6}" y="${y(0) + 4}" text-anchor="end">0</text>`;
  const dots = points
    .map((p, i) => `<g class="point" data-date="${p.date}" data-value="${p.value}"><circle cx="${x(times[i]).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4"/>` +
      `<text x="${x(times[i]).toFixed(1)}" y="${height - pad.b + 18}" text-anchor="middle">${esc(text.formatDate(p.date))}</text></g>`)
    .join('');
  return svg(width, height, text, `${axis}<path class="line" d="${d}"/>${dots}`);
}

function svg(width: number, height: number, text: ChartText, body: string): string {
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${text.id}-t ${text.id}-d">` +
    `<title id="${text.id}-t">${esc(text.title)}</title><desc id="${text.id}-d">${esc(text.desc)}</desc>${body}</svg>`;
}
