import { drawingBox, type Item } from '../pdf/drawing';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 1000) / 1000);
const rgb = (c: [number, number, number] = [0, 0, 0]) => `rgb(${c.map((v) => Math.round(v * 255)).join(',')})`;

/**
 * A drawing as SVG at 1 user unit = 1 mm (width and height declared in mm, so it prints at
 * true scale). Drawing y points up; SVG y points down, so y is negated.
 */
export function drawingSvg(items: Item[], title: string, o: { fluid?: boolean } = {}): string {
  const b = drawingBox(items);
  const pad = 5;
  const [x0, y0, w, h] = [b.minX - pad, -b.maxY - pad, b.maxX - b.minX + 2 * pad, b.maxY - b.minY + 2 * pad];
  const body = items.map((it) => {
    if (it.kind === 'path') {
      const d = it.points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(-y)}`).join('') + (it.closed ? 'Z' : '');
      const dash = it.stroke.dash?.length ? ` stroke-dasharray="${it.stroke.dash.join(' ')}"` : '';
      // Fluid figures (web pages) keep their line widths in pixels whatever their scale.
      const fluid = o.fluid ? ' vector-effect="non-scaling-stroke"' : '';
      return `<path class="${esc(it.tag.split(':')[0])}" d="${d}" fill="none" stroke="${rgb(it.stroke.color)}" stroke-width="${it.stroke.width}"${dash}${fluid}/>`;
    }
    const anchor = it.align === 'center' ? 'middle' : it.align === 'right' ? 'end' : 'start';
    const halo = it.halo ? ' stroke="white" stroke-width="0.8" paint-order="stroke"' : '';
    const rot = it.angle ? ` transform="rotate(${-it.angle} ${n(it.at[0])} ${n(-it.at[1])})"` : '';
    return `<text x="${n(it.at[0])}" y="${n(-it.at[1])}" font-size="${it.size}" font-family="Helvetica, Arial, sans-serif" text-anchor="${anchor}"${rot}${halo}>${esc(it.text)}</text>`;
  });
  return [
    o.fluid
      ? `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="${n(x0)} ${n(y0)} ${n(w)} ${n(h)}" width="100%">`
      : `<svg xmlns="http://www.w3.org/2000/svg" width="${n(w)}mm" height="${n(h)}mm" viewBox="${n(x0)} ${n(y0)} ${n(w)} ${n(h)}">`,
    `<title>${esc(title)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}
