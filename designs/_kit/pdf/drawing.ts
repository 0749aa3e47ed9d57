/**
 * A drawing in millimetres, y up, independent of paper: what the tiler and the single-sheet
 * layout place on pages. Every item carries a `tag`, written to the PDF as marked content, so
 * a test can read a given item back from the file and measure it.
 */
export type Pt = [number, number];

export interface Stroke {
  /** Line width in mm. */
  width: number;
  /** Dash pattern in mm (on, off, …); solid when absent. */
  dash?: number[];
  /** RGB, 0–1. */
  color?: [number, number, number];
}

export type Item =
  | { kind: 'path'; tag: string; points: Pt[]; closed: boolean; stroke: Stroke }
  /** Text; `size` is the font size in mm, `angle` in degrees counter-clockwise. */
  /** `halo`: a white ground under the text, so lines drawn before it do not cross it. */
  | { kind: 'text'; tag: string; at: Pt; text: string; size: number; angle?: number; align?: 'left' | 'center' | 'right'; halo?: boolean };

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const boxWidth = (b: Box) => b.maxX - b.minX;
export const boxHeight = (b: Box) => b.maxY - b.minY;

export function boxOfPoints(points: Iterable<Pt>): Box {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    if (x < b.minX) b.minX = x;
    if (y < b.minY) b.minY = y;
    if (x > b.maxX) b.maxX = x;
    if (y > b.maxY) b.maxY = y;
  }
  return b;
}

/** Approximate width of a text, mm: Helvetica's average advance is about 0.55 em, with room to spare. */
export const approxTextWidth = (text: string, size: number) => text.length * size * 0.55 * 1.4;

/** Approximate extent of a text (see approxTextWidth): generous, so what fits it fits the print. */
export function textBox(t: Extract<Item, { kind: 'text' }>): Box {
  const w = approxTextWidth(t.text, t.size);
  const h = t.size * 1.4;
  const x0 = t.align === 'center' ? -w / 2 : t.align === 'right' ? -w : 0;
  const a = ((t.angle ?? 0) * Math.PI) / 180;
  const corners: Pt[] = [
    [x0, 0],
    [x0 + w, 0],
    [x0 + w, h],
    [x0, h],
  ].map(([x, y]) => [t.at[0] + x * Math.cos(a) - y * Math.sin(a), t.at[1] + x * Math.sin(a) + y * Math.cos(a)]);
  return boxOfPoints(corners);
}

export const itemBox = (it: Item): Box => (it.kind === 'path' ? boxOfPoints(it.points) : textBox(it));

export function drawingBox(items: Item[]): Box {
  const boxes = items.map(itemBox);
  return {
    minX: Math.min(...boxes.map((b) => b.minX)),
    minY: Math.min(...boxes.map((b) => b.minY)),
    maxX: Math.max(...boxes.map((b) => b.maxX)),
    maxY: Math.max(...boxes.map((b) => b.maxY)),
  };
}

export const boxesIntersect = (a: Box, b: Box) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Whether a path's ink (its segments, not just its bounding box) enters a box. */
export function pathEnters(points: Pt[], closed: boolean, box: Box): boolean {
  const n = points.length;
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    if (segmentEnters(points[i], points[(i + 1) % n], box)) return true;
  }
  return n === 1 && inside(points[0], box);
}

const inside = ([x, y]: Pt, b: Box) => x > b.minX && x < b.maxX && y > b.minY && y < b.maxY;

/** Liang–Barsky clipping: does the segment pass through the open box? */
function segmentEnters(p: Pt, q: Pt, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const tests: [number, number][] = [
    [-dx, p[0] - b.minX],
    [dx, b.maxX - p[0]],
    [-dy, p[1] - b.minY],
    [dy, b.maxY - p[1]],
  ];
  for (const [den, num] of tests) {
    if (den === 0) {
      if (num <= 0) return false;
    } else {
      const t = num / den;
      if (den < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** Whether an item puts ink inside a box. */
export function itemEnters(it: Item, box: Box): boolean {
  return it.kind === 'path' ? pathEnters(it.points, it.closed, box) : boxesIntersect(textBox(it), box);
}
