// Flow diagrams of the organisation models, drawn from their data file: nodes on a small grid,
// arrows between them, one style per kind of flow. The same flows are listed as text beside it.
import type { FlowKind } from '../../schemas/orgModel';

export interface DiagramNode {
  id: string;
  label: string;
  col: number;
  row: number;
}
export interface DiagramFlow {
  from: string;
  to: string;
  kind: FlowKind;
  label: string;
}

const COL_W = 330;
const ROW_H = 120;
const NODE_W = 170;
const NODE_H = 52;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a segment from the node's centre towards (tx, ty) leaves its box. */
function exitPoint(cx: number, cy: number, tx: number, ty: number): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  const sx = dx === 0 ? Infinity : NODE_W / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : NODE_H / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [cx + dx * s, cy + dy * s];
}

/** Splits a label on spaces into lines of at most `max` characters. */
function wrap(text: string, max = 22): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function flowDiagram(nodes: DiagramNode[], flows: DiagramFlow[], text: { id: string; title: string; desc: string }): string {
  const cols = Math.max(...nodes.map((n) => n.col)) + 1;
  const rows = Math.max(...nodes.map((n) => n.row)) + 1;
  const width = cols * COL_W;
  const height = rows * ROW_H;
  const centre = new Map(nodes.map((n) => [n.id, [n.col * COL_W + COL_W / 2, n.row * ROW_H + ROW_H / 2] as [number, number]]));
  // Two flows between the same pair go opposite ways: offset them so both stay visible.
  const pairs = new Set(flows.map((f) => `${f.from}>${f.to}`));
  const arrows = flows
    .map((f) => {
      const [ax, ay] = centre.get(f.from)!;
      const [bx, by] = centre.get(f.to)!;
      const both = pairs.has(`${f.to}>${f.from}`);
      const len = Math.hypot(bx - ax, by - ay) || 1;
      const [ox, oy] = both ? [(-(by - ay) / len) * 9, ((bx - ax) / len) * 9] : [0, 0];
      const [x1, y1] = exitPoint(ax + ox, ay + oy, bx + ox, by + oy);
      const [x2, y2] = exitPoint(bx + ox, by + oy, ax + ox, ay + oy);
      const [lx, ly] = [(x1 + x2) / 2 + ox * 1.6, (y1 + y2) / 2 + oy * 1.6 - 4];
      return `<g class="flow flow-${f.kind}" data-from="${f.from}" data-to="${f.to}"><line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" marker-end="url(#${text.id}-arrow)"/>` +
        `<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" text-anchor="middle">${esc(f.label)}</text></g>`;
    })
    .join('');
  const boxes = nodes
    .map((n) => {
      const [cx, cy] = centre.get(n.id)!;
      const lines = wrap(n.label);
      const tspans = lines.map((l, i) => `<tspan x="${cx}" y="${(cy + (i - (lines.length - 1) / 2) * 16 + 5).toFixed(1)}">${esc(l)}</tspan>`).join('');
      return `<g class="node" data-id="${n.id}"><rect x="${cx - NODE_W / 2}" y="${cy - NODE_H / 2}" width="${NODE_W}" height="${NODE_H}" rx="8"/><text text-anchor="middle">${tspans}</text></g>`;
    })
    .join('');
  return `<svg class="flow-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${text.id}-t ${text.id}-d">` +
    `<title id="${text.id}-t">${esc(text.title)}</title><desc id="${text.id}-d">${esc(text.desc)}</desc>` +
    `<defs><marker id="${text.id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>` +
    `${arrows}${boxes}</svg>`;
}
