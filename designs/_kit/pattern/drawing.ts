import type { OutlinedPart } from '../kernel';
import type { Localized } from '../params';
import { approxTextWidth, boxOfPoints, boxesIntersect, textBox, type Box, type Item, type Pt, type Stroke } from '../pdf/drawing';
import { foldLine, type PieceSpec } from './piece';
import type { PlacedPiece } from './sheet';
import { sizeStyle } from './styles';

export { SIZE_STYLES, sizeStyle } from './styles';


const bi = (l: Localized) => `${l.fr} / ${l.en}`;
const mid = (a: Pt, b: Pt): Pt => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

function arrowHead(tag: string, [ax, ay]: Pt, [bx, by]: Pt, stroke: Stroke): Item {
  const len = Math.hypot(bx - ax, by - ay);
  const [ux, uy] = [(bx - ax) / len, (by - ay) / len];
  const s = 6;
  return {
    kind: 'path',
    tag,
    points: [
      [bx - ux * s - uy * s * 0.5, by - uy * s + ux * s * 0.5],
      [bx, by],
      [bx - ux * s + uy * s * 0.5, by - uy * s - ux * s * 0.5],
    ],
    closed: false,
    stroke,
  };
}

/** Nearest point of the cut outline to `p`, to draw a notch from the seam line out to the edge. */
function nearestOnOutline(outline: Pt[][], p: Pt): Pt {
  let best: Pt = p;
  let bestD = Infinity;
  for (const ring of outline) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % ring.length];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
      const q: Pt = [a[0] + t * dx, a[1] + t * dy];
      const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (d < bestD) [best, bestD] = [q, d];
    }
  }
  return best;
}

/**
 * The printable drawing of a pattern: for each placed piece, the cut line (the kernel's outline,
 * exactly what the model holds), the seam line, fold, grain, notches and marks, and the texts a
 * seamstress needs. Sizes are layered: each cut line carries its size's name at its top-right
 * corner, moved up when another size's name is already there; the piece texts are written once,
 * inside the smallest size, name every size drawn, and go over the inner lines on a white ground
 * (cut lines are drawn last, never hidden).
 */
export function patternItems(placed: PlacedPiece[], outlines: OutlinedPart[], sizeLabel = (s: string) => s): Item[] {
  const byPart = new Map(outlines.map((o) => [o.name, o.outline]));
  const lines: Item[] = [];
  const texts: Item[] = [];
  const thin = (color: [number, number, number] = [0.35, 0.35, 0.35]): Stroke => ({ width: 0.25, dash: [3, 2], color });
  const sizesOf = new Map<string, string[]>();
  for (const { size, piece } of placed) sizesOf.set(piece.name, [...(sizesOf.get(piece.name) ?? []), size]);
  const tagBoxes = new Map<string, Box[]>();
  for (const { size, sizeIndex, piece, part } of placed) {
    const outline = byPart.get(part);
    if (!outline) throw new Error(`no outline for part ${part}`);
    const style = sizeStyle(sizeIndex);
    const items = lines;
    for (const ring of outline) items.push({ kind: 'path', tag: `cut:${part}`, points: ring as Pt[], closed: true, stroke: style });
    items.push({ kind: 'path', tag: `seam:${part}`, points: piece.seam, closed: true, stroke: thin(style.color) });
    const fold = foldLine(piece);
    if (fold) items.push({ kind: 'path', tag: `fold:${part}`, points: fold, closed: false, stroke: { width: 0.8, dash: [8, 2, 2, 2], color: [0, 0, 0] } });
    for (const n of piece.notches ?? []) {
      items.push({ kind: 'path', tag: `notch:${part}`, points: [n, nearestOnOutline(outline as Pt[][], n)], closed: false, stroke: { width: 0.5, color: style.color } });
    }
    for (const m of piece.marks ?? []) {
      const stroke: Stroke =
        m.style === 'fold' ? { width: 0.3, dash: [8, 2, 2, 2], color: style.color } : m.style === 'slit' ? { width: 0.5, color: style.color } : thin(style.color);
      items.push({ kind: 'path', tag: `mark:${part}`, points: m.points, closed: false, stroke });
    }
    // The size name sits on the cut line's top-right corner; where another size's name already
    // is (sizes whose corners coincide or nearly), it moves up above it.
    const top = outline.flat().reduce((b, p) => (p[1] + p[0] * 0.2 > b[1] + b[0] * 0.2 ? p : b));
    const taken = tagBoxes.get(piece.name) ?? [];
    const tag: Extract<Item, { kind: 'text' }> = { kind: 'text', tag: `size:${part}`, at: [top[0] + 2, top[1] + 2], text: sizeLabel(size), size: 4, halo: true };
    for (let hit = taken.find((b) => boxesIntersect(b, textBox(tag))); hit; hit = taken.find((b) => boxesIntersect(b, textBox(tag)))) {
      tag.at = [tag.at[0], hit.maxY + 0.5];
    }
    tagBoxes.set(piece.name, [...taken, textBox(tag)]);
    texts.push(tag);
    if (sizesOf.get(piece.name)![0] === size) {
      const own = pieceTexts(piece, sizesOf.get(piece.name)!, sizeLabel, part);
      lines.push(...own.filter((it) => it.kind === 'path'));
      texts.push(...own.filter((it) => it.kind === 'text'));
    }
  }
  // Texts over the inner lines, so their white ground hides the other sizes' seams and marks
  // under them; cut lines last, never hidden.
  const isCut = (it: Item) => it.kind === 'path' && it.tag.startsWith('cut:');
  return [...lines.filter((it) => !isCut(it)), ...texts, ...lines.filter(isCut)];
}

/** Font sizes of a piece's texts, mm: its name, the other lines, and the smallest either may shrink to (about 7 pt). */
export const LABEL_SIZE = { name: 4.5, text: 3.6, min: 2.5 } as const;
/** Baseline to baseline, in font sizes. */
const LINE_GAP = 5 / 3;

/**
 * Where the outline, seen from `x` to the right, first comes between heights y0 and y1: the room a
 * line of text starting at x has inside the piece. Infinity when nothing is there.
 */
export function rightEdge(outline: Pt[], x: number, y0: number, y1: number): number {
  let edge = Infinity;
  const n = outline.length;
  for (let i = 0; i < n; i++) {
    const [ax, ay] = outline[i];
    const [bx, by] = outline[(i + 1) % n];
    // The part of the edge inside the band, as its two ends.
    const lo = Math.max(Math.min(ay, by), y0);
    const hi = Math.min(Math.max(ay, by), y1);
    if (lo > hi) continue;
    const at = (yy: number) => (ay === by ? Math.min(ax, bx) : ax + ((yy - ay) * (bx - ax)) / (by - ay));
    for (const ex of ay === by ? [ax, bx] : [at(lo), at(hi)]) if (ex > x) edge = Math.min(edge, ex);
  }
  return edge;
}

/**
 * A piece's texts as lines going down from the baseline `top`, each line no wider than the room
 * the piece leaves at its height (`room(y0, y1)`, mm), as `approxTextWidth` estimates it: texts
 * break at spaces; a text whose widest word does not fit shrinks, not below LABEL_SIZE.min; a
 * word wider even then is cut.
 */
export function labelLines(texts: [string, number][], top: number, room: (y0: number, y1: number) => number): { text: string; size: number; y: number }[] {
  const out: { text: string; size: number; y: number }[] = [];
  let y = top;
  // What a line's letters cover: from the descenders to the top of its box (textBox: 1.4 sizes).
  const band = (s: number) => room(y - 0.3 * s, y + 1.4 * s);
  const put = (text: string, size: number) => {
    out.push({ text, size, y });
    y -= size * LINE_GAP;
  };
  for (const [text, size] of texts) {
    // A slash between the French and the English ends a line, never starts one.
    const words = text.split(' ').reduce<string[]>((ws, w) => (w === '/' && ws.length ? [...ws.slice(0, -1), `${ws[ws.length - 1]} /`] : [...ws, w]), []);
    const widest = Math.max(...words.map((w) => approxTextWidth(w, 1)));
    let s = size;
    // The band, hence the room, depends on the size: a few rounds settle it (to 0.01 mm, down).
    for (let i = 0; i < 4; i++) s = Math.max(LABEL_SIZE.min, Math.min(size, Math.floor((band(s) / widest) * 100) / 100));
    let line = '';
    const queue = [...words];
    while (queue.length > 0) {
      const width = band(s);
      const word = queue.shift()!;
      const joined = line ? `${line} ${word}` : word;
      if (approxTextWidth(joined, s) <= width) line = joined;
      else if (line) {
        put(line, s);
        line = '';
        queue.unshift(word);
      } else {
        const n = Math.max(1, Math.floor(width / approxTextWidth('x', s)));
        put(word.slice(0, n), s);
        queue.unshift(word.slice(n));
      }
    }
    if (line) put(line, s);
  }
  return out;
}

function pieceTexts(piece: PieceSpec, sizes: string[], sizeLabel: (s: string) => string, part: string): Item[] {
  const [g0, g1] = piece.grain;
  const items: Item[] = [
    { kind: 'path', tag: `grain:${part}`, points: [g0, g1], closed: false, stroke: { width: 0.4 } },
    arrowHead(`grain:${part}`, g0, g1, { width: 0.4 }),
    arrowHead(`grain:${part}`, g1, g0, { width: 0.4 }),
  ];
  const vertical = Math.abs(g1[0] - g0[0]) < Math.abs(g1[1] - g0[1]);
  const at = mid(g0, g1);
  items.push({
    kind: 'text',
    tag: `grain-label:${part}`,
    at: vertical ? [at[0] - 2, at[1]] : [at[0], at[1] + 2],
    text: 'droit-fil / grain',
    size: 3,
    halo: true,
    angle: vertical ? 90 : 0,
    align: 'center',
  });
  const fold = foldLine(piece);
  const count = piece.cut.count;
  const texts: [string, number][] = [
    [bi(piece.label), LABEL_SIZE.name],
    [`${sizes.length > 1 ? 'Tailles / sizes' : 'Taille / size'}: ${sizes.map(sizeLabel).join(', ')}`, LABEL_SIZE.text],
    ...(fold ? [['Sur la pliure / on the fold', LABEL_SIZE.text] as [string, number]] : []),
    [`Couper ×${count} dans ${piece.cut.fabric.fr}`, LABEL_SIZE.text],
    [`Cut ×${count} in ${piece.cut.fabric.en}`, LABEL_SIZE.text],
  ];
  const box = boxOfPoints(piece.seam);
  // Clear of the seam line: 8 mm, less on a narrow piece (a belt, a tie).
  const inset = Math.min(8, (box.maxX - box.minX) / 10);
  const [x, y] = piece.labelAt ?? [box.minX + inset, box.maxY - 10];
  // Each text wraps to the piece's width at its height, shrinking when a word alone is wider.
  const room = (y0: number, y1: number) => rightEdge(piece.seam, x, y0, y1) - x - inset;
  for (const l of labelLines(texts, y, room)) items.push({ kind: 'text', tag: `label:${part}`, at: [x, l.y], text: l.text, size: l.size, halo: true });
  if (fold) {
    const [a, b] = fold;
    const vert = Math.abs(b[0] - a[0]) < Math.abs(b[1] - a[1]);
    const m = mid(a, b);
    items.push({ kind: 'text', tag: `fold-label:${part}`, at: vert ? [m[0] + 5, m[1]] : [m[0], m[1] - 6], text: 'PLIURE / FOLD', size: 3.5, angle: vert ? 90 : 0, align: 'center', halo: true });
  }
  return items;
}
