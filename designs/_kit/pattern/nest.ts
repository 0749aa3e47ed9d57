/** A rectangle to place: a piece's bounding box as cut. */
export interface NestRect {
  id: string;
  w: number;
  h: number;
}
/** A placed rectangle; `w` and `h` as placed, so a quarter-turned one has them swapped. */
export interface Placement extends NestRect {
  x: number;
  y: number;
  /** Turned a quarter turn: its grain line runs across the strip instead of along it. */
  rotated: boolean;
}
export interface Nesting {
  placements: Placement[];
  /** Length used along the fabric, mm. */
  length: number;
  width: number;
  /** How it was placed, for the record (see bestNest). */
  method: 'shelf' | 'skyline';
}

/**
 * Shelf packing of bounding boxes across a strip of `width` (the fabric, selvage to selvage):
 * tallest first, each shelf filled left to right, a new shelf when the next box does not fit.
 * Boxes keep their orientation, so grain lines stay parallel to the selvage. It is a simple,
 * safe upper bound: a seamstress interlocking the real shapes uses less fabric.
 */
export function shelfNest(rects: NestRect[], width: number, gap: number): Nesting {
  const widest = rects.reduce((m, r) => Math.max(m, r.w), 0);
  if (widest > width) throw new Error(`a piece ${Math.ceil(widest)} mm wide does not fit across ${width} mm`);
  const sorted = [...rects].sort((a, b) => b.h - a.h || b.w - a.w || a.id.localeCompare(b.id));
  const placements: Placement[] = [];
  let shelfY = 0;
  let shelfH = 0;
  let x = 0;
  for (const r of sorted) {
    if (x > 0 && x + r.w > width) {
      shelfY += shelfH + gap;
      shelfH = 0;
      x = 0;
    }
    placements.push({ ...r, x, y: shelfY, rotated: false });
    x += r.w + gap;
    shelfH = Math.max(shelfH, r.h);
  }
  return { placements, length: placements.length ? shelfY + shelfH : 0, width, method: 'shelf' };
}

interface Segment {
  x: number;
  y: number;
  w: number;
}

/**
 * Skyline bottom-left packing: boxes taken in the given order, each put where its top ends
 * lowest (then lowest, then leftmost) on the outline of what is already placed, which fills
 * the room beside tall pieces that shelves waste. With `rotate`, a box may also go a quarter
 * turn. Every placement is inside the strip and overlaps nothing: the space under the skyline
 * is never used again.
 */
export function skylineNest(rects: NestRect[], width: number, rotate: boolean): Nesting {
  let sky: Segment[] = [{ x: 0, y: 0, w: width }];
  const placements: Placement[] = [];
  let length = 0;
  for (const r of rects) {
    const shapes = rotate && r.w !== r.h ? [[r.w, r.h, false], [r.h, r.w, true]] as const : [[r.w, r.h, false]] as const;
    let best: { x: number; y: number; w: number; h: number; rotated: boolean } | undefined;
    for (const [w, h, rotated] of shapes) {
      if (w > width) continue;
      for (let i = 0; i < sky.length; i++) {
        const x = sky[i].x;
        if (x + w > width) break;
        let y = 0;
        for (let j = i; j < sky.length && sky[j].x < x + w; j++) y = Math.max(y, sky[j].y);
        if (!best || y + h < best.y + best.h || (y + h === best.y + best.h && (y < best.y || (y === best.y && x < best.x)))) {
          best = { x, y, w, h, rotated };
        }
      }
    }
    if (!best) throw new Error(`a piece ${Math.ceil(Math.min(r.w, r.h))} mm wide does not fit across ${width} mm`);
    placements.push({ id: r.id, x: best.x, y: best.y, w: best.w, h: best.h, rotated: best.rotated });
    length = Math.max(length, best.y + best.h);
    sky = raise(sky, best.x, best.w, best.y + best.h);
  }
  return { placements, length, width, method: 'skyline' };
}

/** The skyline with [x, x + w) raised to `top`, equal neighbours merged. */
function raise(sky: Segment[], x: number, w: number, top: number): Segment[] {
  const end = x + w;
  const out: Segment[] = [];
  for (const s of sky) {
    const sEnd = s.x + s.w;
    if (sEnd <= x || s.x >= end) {
      out.push(s);
      continue;
    }
    if (s.x < x) out.push({ x: s.x, y: s.y, w: x - s.x });
    if (!out.some((o) => o.x === x && o.y === top && o.w === w)) out.push({ x, y: top, w });
    if (sEnd > end) out.push({ x: end, y: s.y, w: sEnd - end });
  }
  out.sort((a, b) => a.x - b.x);
  const merged: Segment[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && last.y === s.y && last.x + last.w === s.x) last.w += s.w;
    else merged.push({ ...s });
  }
  return merged;
}

const ORDERS: ((a: NestRect, b: NestRect) => number)[] = [
  (a, b) => b.h - a.h || b.w - a.w,
  (a, b) => b.w - a.w || b.h - a.h,
  (a, b) => b.w * b.h - a.w * a.h || b.h - a.h,
  (a, b) => Math.max(b.w, b.h) - Math.max(a.w, a.h) || b.w * b.h - a.w * a.h,
];

/**
 * The shortest of a few honest packings of the same boxes: shelves, and skyline bottom-left in
 * four orders (tallest, widest, largest, longest side first). Each result is checked by the same
 * rules, so taking the shortest only ever picks a valid layout. Quarter turns only with `rotate`.
 */
export function bestNest(rects: NestRect[], width: number, rotate: boolean): Nesting {
  const tie = (a: NestRect, b: NestRect) => a.id.localeCompare(b.id);
  let best: Nesting | undefined;
  const consider = (n: Nesting) => {
    if (!best || n.length < best.length) best = n;
  };
  if (rects.every((r) => r.w <= width)) consider(shelfNest(rects, width, 0));
  for (const order of ORDERS) consider(skylineNest([...rects].sort((a, b) => order(a, b) || tie(a, b)), width, rotate));
  return best!;
}
