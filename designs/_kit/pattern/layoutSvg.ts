import type { Placement } from './nest';

/** At most this many rows: a longer fabric gets longer rows rather than a taller figure. */
const MAX_ROWS = 8;
/** Rows are added while the whole figure stays at least this much wider than tall. */
const MIN_FIGURE_ASPECT = 1.5;
/** A row is at least this many fabric widths long, so a short layout is not a tall sliver. */
const MIN_ROW_ASPECT = 1.6;
/** Scale bar lengths offered, mm. */
const BARS = [100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];

export interface LayoutSvgOptions {
  /** Length used along the fabric and width selvage to selvage, mm. */
  length: number;
  width: number;
  placements: Placement[];
  /** Space left around each piece inside its box, mm (the scissors' gap). */
  gap: number;
  /** The length of a piece of fabric at hand (a sheet), drawn under the layout. */
  available?: number;
  /** The number drawn on a placement (its piece in the key). */
  numberOf: (id: string) => number;
  /** Accessible name of the figure. */
  label: string;
  /** A length in mm as the reader writes metres ("1,5 m"). */
  metres: (mm: number) => string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 10) / 10);

/**
 * The calculator's layout as inline SVG that fills its column: the fabric's length runs left to
 * right, cut into at most MAX_ROWS rows read like lines of text, each piece's box with its key
 * number (turned ones darker), every row's start and end, and a scale bar. Pure markup (no
 * style attribute, for the site's CSP), so the build and the page draw the same figure.
 */
export function fabricLayoutSvg(o: LayoutSvgOptions): string {
  const drawn = Math.max(o.length, o.available ?? 0);
  // Type and spacing scale with the row (not beyond a quarter of the fabric's width), so they read the same at any length.
  const geometry = (rows: number) => {
    const row = Math.max(drawn / rows, o.width * MIN_ROW_ASPECT);
    const font = Math.min(row / 45, o.width / 4);
    const band = o.width + 2.2 * font;
    const height = rows * band + 3.5 * font;
    return { rows, row, font, band, height, aspect: row / (height + 1.6 * font) };
  };
  // As many rows as keep the figure wider than tall by MIN_FIGURE_ASPECT, at most MAX_ROWS.
  let g = geometry(1);
  for (let r = 2; r <= MAX_ROWS && geometry(r).aspect >= MIN_FIGURE_ASPECT; r++) g = geometry(r);
  const { rows, row, font, band, height } = g;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="fabric-svg" viewBox="0 ${n(-1.6 * font)} ${n(row)} ${n(height + 1.6 * font)}" width="100%" role="img" aria-label="${esc(o.label)}">`,
  ];
  for (let r = 0; r < rows; r++) {
    const start = r * row;
    const y = r * band;
    out.push(`<text x="0" y="${n(y - 0.4 * font)}" font-size="${n(font)}" fill="#333">${esc(`${o.metres(start)} – ${o.metres(Math.min(start + row, drawn))}`)}</text>`);
    // A nested svg clips the pieces that run on to the next row.
    out.push(`<svg x="0" y="${n(y)}" width="${n(row)}" height="${n(o.width)}" viewBox="${n(start)} 0 ${n(row)} ${n(o.width)}">`);
    if (o.available !== undefined) out.push(`<rect x="0" y="0" width="${n(o.available)}" height="${n(o.width)}" fill="#eef3f8" stroke="#2a5a8a" stroke-width="2" vector-effect="non-scaling-stroke"/>`);
    out.push(`<rect x="0" y="0" width="${n(o.length)}" height="${n(o.width)}" fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="8 4" vector-effect="non-scaling-stroke"/>`);
    for (const p of o.placements) {
      if (p.y + p.h < start || p.y > start + row) continue;
      const [x, yy, w, h] = [p.y, p.x, p.h - o.gap, p.w - o.gap];
      out.push(`<rect x="${n(x)}" y="${n(yy)}" width="${n(w)}" height="${n(h)}" fill="${p.rotated ? '#e3c98f' : '#f3e9d2'}" stroke="#7a1f1f" stroke-width="1" vector-effect="non-scaling-stroke"/>`);
      const label = String(o.numberOf(p.id));
      const size = Math.min(font, h * 0.8, (w * 0.9) / (0.6 * label.length));
      if (size >= font * 0.45) out.push(`<text x="${n(x + w / 2)}" y="${n(yy + h / 2 + size * 0.35)}" font-size="${n(size)}" text-anchor="middle" fill="#000">${label}</text>`);
    }
    out.push('</svg>');
  }
  // The scale bar: the longest round length under a quarter of a row.
  const bar = [...BARS].reverse().find((b) => b <= row / 4) ?? BARS[0];
  const by = rows * band + 1.2 * font;
  out.push(
    `<path class="scale-bar" d="M0 ${n(by)}H${n(bar)}M0 ${n(by - 0.4 * font)}V${n(by + 0.4 * font)}M${n(bar)} ${n(by - 0.4 * font)}V${n(by + 0.4 * font)}" stroke="#000" stroke-width="2" vector-effect="non-scaling-stroke" fill="none"/>`,
    `<text x="${n(bar + 0.5 * font)}" y="${n(by + 0.35 * font)}" font-size="${n(font)}" fill="#000">${esc(o.metres(bar))}</text>`,
    '</svg>',
  );
  return out.join('');
}

/** The key of a layout: each piece of each size once, numbered in order of first appearance. */
export function layoutKey(placements: Placement[]): { numberOf: (id: string) => number; entries: { n: number; piece: string; count: number; turned: number }[] } {
  const pieceOf = (id: string) => id.split('#')[0];
  const entries: { n: number; piece: string; count: number; turned: number }[] = [];
  const byPiece = new Map<string, (typeof entries)[number]>();
  for (const p of placements) {
    const key = pieceOf(p.id);
    let e = byPiece.get(key);
    if (!e) byPiece.set(key, (e = { n: entries.length + 1, piece: key, count: 0, turned: 0 }));
    if (!entries.includes(e)) entries.push(e);
    e.count++;
    if (p.rotated) e.turned++;
  }
  return { numberOf: (id) => byPiece.get(pieceOf(id))?.n ?? 0, entries };
}
