// Catalogue cards of flat designs: their outlines as a small inline SVG.
import type { Outline } from '../../../designs/_kit/kernel';

/** An SVG thumbnail of flat outlines (even-odd fill keeps holes open), y up as in the design. */
export function outlineThumbnail(outlines: Outline[], label: string): string {
  const pts = outlines.flat(2);
  const minX = Math.min(...pts.map((p) => p[0])), maxX = Math.max(...pts.map((p) => p[0]));
  const minY = Math.min(...pts.map((p) => p[1])), maxY = Math.max(...pts.map((p) => p[1]));
  const pad = 0.04 * Math.max(maxX - minX, maxY - minY);
  const r = (v: number) => Math.round(v * 10) / 10;
  const d = outlines
    .flat()
    .map((ring) => `M${ring.map(([x, y]) => `${r(x - minX + pad)} ${r(maxY - y + pad)}`).join('L')}Z`)
    .join('');
  const w = r(maxX - minX + 2 * pad), h = r(maxY - minY + 2 * pad);
  const escaped = label.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escaped}"><path d="${d}" fill="#cfe3ee" fill-rule="evenodd" stroke="#005a85" stroke-width="${r(Math.max(w, h) / 300)}"/></svg>`;
}
