// 2D preview for designs whose parts are outlines (sheets, patterns, laser parts): an SVG at
// true proportions with a 10 mm grid, so no WebGL and no three.js are needed.
import type { PreviewOutline } from './protocol';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#2f7fb8', '#b8562f', '#2f8f5b', '#7a4fb0', '#8a6d00'];

export function drawOutlines(container: HTMLElement, outlines: PreviewOutline[]) {
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
