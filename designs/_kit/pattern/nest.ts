/** A rectangle to place: a piece's bounding box as cut. */
export interface NestRect {
  id: string;
  w: number;
  h: number;
}
export interface Placement extends NestRect {
  x: number;
  y: number;
}
export interface Nesting {
  placements: Placement[];
  /** Length used along the fabric, mm. */
  length: number;
  width: number;
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
    placements.push({ ...r, x, y: shelfY });
    x += r.w + gap;
    shelfH = Math.max(shelfH, r.h);
  }
  return { placements, length: placements.length ? shelfY + shelfH : 0, width };
}
