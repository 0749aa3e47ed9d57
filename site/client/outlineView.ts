// 2D preview for designs whose parts are outlines (sheets, patterns, laser parts): an SVG at
// true proportions with a 10 mm grid, so no WebGL and no three.js are needed.
import type { PreviewOutline } from './protocol';
import { sizeStyle } from '../../designs/_kit/pattern/styles';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#2f7fb8', '#b8562f', '#2f8f5b', '#7a4fb0', '#8a6d00'];

/**
 * What the page knows of a sewing pattern's parts (named `<size>--<piece>`): each size's name as
 * its checkbox shows it, and each part's label. Absent for other flat designs.
 */
export interface PatternNames {
  sizeName(size: string): string | undefined;
  partLabel(part: string): string | undefined;
}

const rgb = (c: [number, number, number] = [0, 0, 0]) => `rgb(${c.map((v) => Math.round(v * 255)).join(',')})`;

export function drawOutlines(container: HTMLElement, outlines: PreviewOutline[], pattern?: PatternNames) {
  const sizes = pattern ? [...new Set(outlines.map((o) => o.name.split('--')[0]))] : [];
  if (pattern && sizes.length > 0 && outlines.every((o) => o.name.includes('--'))) return drawPattern(container, outlines, pattern, sizes);
  const pts = outlines.flatMap((o) => o.polygons.flat());
  if (!pts.length) return;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(maxX - minX, maxY - minY) * 0.04 + 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `${minX - pad} ${-maxY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('outline-view');
  const grid = document.createElementNS(SVG, 'path');
  let d = '';
  for (let x = Math.ceil((minX - pad) / 10) * 10; x <= maxX + pad; x += 10) d += `M${x} ${-maxY - pad}V${-minY + pad}`;
  for (let y = Math.ceil((minY - pad) / 10) * 10; y <= maxY + pad; y += 10) d += `M${minX - pad} ${-y}H${maxX + pad}`;
  grid.setAttribute('d', d);
  grid.setAttribute('stroke', '#c9d3dc');
  grid.setAttribute('stroke-width', '0.3');
  grid.setAttribute('fill', 'none');
  svg.append(grid);
  outlines.forEach((o, i) => {
    const path = document.createElementNS(SVG, 'path');
    // SVG's y axis points down: flip so the preview matches the exported files.
    path.setAttribute('d', o.polygons.map((poly) => `M${poly.map(([x, y]) => `${x} ${-y}`).join('L')}Z`).join(''));
    path.setAttribute('fill', COLOURS[i % COLOURS.length]);
    path.setAttribute('fill-opacity', '0.18');
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('stroke', COLOURS[i % COLOURS.length]);
    path.setAttribute('stroke-width', '0.6');
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    svg.append(path);
  });
  container.replaceChildren(svg);
}

/**
 * A pattern's preview, in the PDFs' style: each size its own colour and line style (told apart
 * in black and white too), no fill, each piece named once at its smallest size, and a legend of
 * the sizes with their line samples.
 */
function drawPattern(container: HTMLElement, outlines: PreviewOutline[], names: PatternNames, sizes: string[]) {
  const pts = outlines.flatMap((o) => o.polygons.flat());
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY);
  const pad = span * 0.04 + 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `${minX - pad} ${-maxY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('outline-view', 'pattern-view');
  const labelled = new Set<string>();
  const texts: SVGTextElement[] = [];
  for (const o of outlines) {
    const [size, piece] = o.name.split('--');
    const style = sizeStyle(sizes.indexOf(size));
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', o.polygons.map((poly) => `M${poly.map(([x, y]) => `${x} ${-y}`).join('L')}Z`).join(''));
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', rgb(style.color));
    path.setAttribute('stroke-width', '1.6');
    // Dashes in screen pixels, scaled up from the PDFs' millimetres so they show at any zoom.
    if (style.dash?.length) path.setAttribute('stroke-dasharray', style.dash.map((d) => d * 1.6).join(' '));
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    path.dataset.size = size;
    svg.append(path);
    // The piece's name, once, in the middle of its first (smallest) size.
    if (labelled.has(piece)) continue;
    labelled.add(piece);
    const full = names.partLabel(o.name) ?? piece;
    const sizeName = names.sizeName(size);
    const label = sizeName && full.endsWith(` (${sizeName})`) ? full.slice(0, -` (${sizeName})`.length) : full;
    const b = o.polygons.flat();
    const [cx, cy] = [(Math.min(...b.map((p) => p[0])) + Math.max(...b.map((p) => p[0]))) / 2, (Math.min(...b.map((p) => p[1])) + Math.max(...b.map((p) => p[1]))) / 2];
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', String(cx));
    text.setAttribute('y', String(-cy));
    const font = span / 28;
    text.setAttribute('font-size', String(font));
    // A strip narrower than its name is named along its length.
    const [w, h] = [Math.max(...b.map((p) => p[0])) - Math.min(...b.map((p) => p[0])), Math.max(...b.map((p) => p[1])) - Math.min(...b.map((p) => p[1]))];
    if (h > w && label.length * font * 0.55 > w) text.setAttribute('transform', `rotate(-90 ${cx} ${-cy})`);
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('stroke', '#fff');
    text.setAttribute('stroke-width', String(span / 140));
    text.setAttribute('paint-order', 'stroke');
    text.classList.add('piece-label');
    text.textContent = label;
    texts.push(text);
  }
  svg.append(...texts);
  const legend = document.createElement('ul');
  legend.className = 'size-legend';
  for (const [i, size] of sizes.entries()) {
    const style = sizeStyle(i);
    const sample = document.createElementNS(SVG, 'svg');
    sample.setAttribute('viewBox', '0 0 32 6');
    sample.setAttribute('width', '32');
    sample.setAttribute('height', '6');
    sample.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(SVG, 'path');
    line.setAttribute('d', 'M0 3H32');
    line.setAttribute('stroke', rgb(style.color));
    line.setAttribute('stroke-width', '2');
    if (style.dash?.length) line.setAttribute('stroke-dasharray', style.dash.map((d) => d * 1.6).join(' '));
    sample.append(line);
    const item = document.createElement('li');
    item.append(sample, ` ${names.sizeName(size) ?? size}`);
    legend.append(item);
  }
  container.replaceChildren(svg, legend);
}
