import { primitives } from '../jscad';
import { offset2, subtract2, type Shape } from '../model';
import type { Pt } from '../pdf/drawing';
import type { PieceSpec } from './sheet';

// The piece types sit with the pattern sheet, below the model (see sheet.ts).
export type { PieceMark, PieceSpec } from './sheet';

export const movePoint = ([x, y]: Pt, [dx, dy]: Pt): Pt => [x + dx, y + dy];

/** The piece moved by `d` (every point, so the drawing and the outline stay together). */
export function movePiece(p: PieceSpec, d: Pt): PieceSpec {
  return {
    ...p,
    seam: p.seam.map((v) => movePoint(v, d)),
    grain: [movePoint(p.grain[0], d), movePoint(p.grain[1], d)],
    notches: p.notches?.map((v) => movePoint(v, d)),
    marks: p.marks?.map((m) => ({ ...m, points: m.points.map((v) => movePoint(v, d)) })),
    labelAt: p.labelAt && movePoint(p.labelAt, d),
  };
}

export function foldLine(p: PieceSpec): [Pt, Pt] | undefined {
  if (p.foldEdge === undefined) return undefined;
  return [p.seam[p.foldEdge], p.seam[(p.foldEdge + 1) % p.seam.length]];
}

/** Signed area (positive when counter-clockwise). */
export function signedArea(points: Pt[]): number {
  let a = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}

/** A rectangle seam line, counter-clockwise from its lower-left corner. */
export const rectSeam = (w: number, h: number, [x, y]: Pt = [0, 0]): Pt[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/**
 * The cut line: the seam line grown by `allowance` mm with Clipper2 (round joins keep the
 * distance exact at corners), then cut flat along the fold, where there is no seam.
 */
export function cutShape(p: PieceSpec, allowance: number): Shape {
  const grown = offset2(allowance, primitives.polygon({ points: p.seam }));
  const fold = foldLine(p);
  if (!fold) return grown;
  const [[ax, ay], [bx, by]] = fold;
  const len = Math.hypot(bx - ax, by - ay);
  const [ux, uy] = [(bx - ax) / len, (by - ay) / len];
  // Counter-clockwise seam: the outside of edge a→b is on its right, (uy, -ux).
  const [nx, ny] = [uy, -ux];
  const far = 10 * (len + allowance + 100);
  const beyond: Pt[] = [
    [ax - ux * far, ay - uy * far],
    [ax - ux * far + nx * far, ay - uy * far + ny * far],
    [bx + ux * far + nx * far, by + uy * far + ny * far],
    [bx + ux * far, by + uy * far],
  ];
  return subtract2(grown, primitives.polygon({ points: beyond.reverse() }));
}

/** The piece as cut from opened fabric: mirrored across its fold when it has one. */
export function unfoldedSeam(p: PieceSpec): Pt[] {
  const fold = foldLine(p);
  if (!fold) return p.seam;
  const [[ax, ay], [bx, by]] = fold;
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const mirror = ([x, y]: Pt): Pt => {
    const t = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2;
    const [fx, fy] = [ax + t * (bx - ax), ay + t * (by - ay)];
    return [2 * fx - x, 2 * fy - y];
  };
  return [...p.seam, ...p.seam.map(mirror)];
}
