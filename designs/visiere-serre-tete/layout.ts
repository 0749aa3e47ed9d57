import { SHEET_FORMATS, type SheetFormatId } from '../sheet-formats';

/**
 * Plan-view geometry of the headband: the head is modelled as an ellipse seen from above,
 * front towards +Y. Every other curve is an offset of that ellipse along its normal, so the
 * band, the shield holder and the sheet stay parallel, and distances along them are exact.
 */
export type Vec2 = [number, number];

export interface HeadEllipse {
  /** Half-length, front to back (Y). */
  a: number;
  /** Half-breadth, ear to ear (X). */
  b: number;
}

/** Semi-axes of the ellipse of perimeter `circumference` and breadth/length `ratio` (Ramanujan's approximation). */
export function headEllipse(circumference: number, ratio: number): HeadEllipse {
  const f = 3 * (1 + ratio) - Math.sqrt((3 + ratio) * (1 + 3 * ratio));
  const a = circumference / (Math.PI * f);
  return { a, b: ratio * a };
}

export function normalAt(e: HeadEllipse, phi: number): Vec2 {
  const nx = Math.sin(phi) / e.b;
  const ny = Math.cos(phi) / e.a;
  const len = Math.hypot(nx, ny);
  return [nx / len, ny / len];
}

/** Point at angle `phi` (0 = front, positive to +X) pushed `d` mm outward along the normal. */
export function offsetPoint(e: HeadEllipse, phi: number, d: number): Vec2 {
  const [nx, ny] = normalAt(e, phi);
  return [e.b * Math.sin(phi) + d * nx, e.a * Math.cos(phi) + d * ny];
}

/** Unit tangent, pointing towards increasing `phi`. */
export function tangentAt(e: HeadEllipse, phi: number): Vec2 {
  const [nx, ny] = normalAt(e, phi);
  return [ny, -nx];
}

const ARC_STEPS = 4096;

/**
 * Returns `phi` such that the arc length from the front (phi = 0) along the offset curve at
 * distance `d` equals `s` (s ≥ 0). Integrated numerically, fine enough for 0.01 mm.
 */
export function phiAtArcLength(e: HeadEllipse, d: number, s: number): number {
  const dphi = Math.PI / ARC_STEPS;
  let length = 0;
  let prev = offsetPoint(e, 0, d);
  for (let i = 1; i <= ARC_STEPS; i++) {
    const p = offsetPoint(e, i * dphi, d);
    const step = Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    if (length + step >= s) return (i - 1 + (s - length) / step) * dphi;
    length += step;
    prev = p;
  }
  throw new Error(`arc length ${s} mm exceeds half the curve (${length.toFixed(1)} mm)`);
}

export interface LayoutInput {
  headCircumference: number;
  headShape: number;
  standoff: number;
  bandThickness: number;
  sheetPattern: SheetFormatId;
  sheetThickness: number;
  pinDiameter: number;
  pinLength: number;
}

export interface Layout {
  head: HeadEllipse;
  /** Offset of the sheet's mid-plane: where hole distances are measured. */
  sheetOffset: number;
  /** Pin angles, one per sheet hole, in hole order. */
  pinPhis: number[];
  /** Half-angle covered by the shield holder. */
  holderPhi: number;
  /** Half-angle covered by the headband. */
  bandPhi: number;
  capRadius: number;
  /** Plan-view extent of the whole model, pins included. */
  extent: { min: Vec2; max: Vec2 };
}

/** Lip of the pin cap, and the holder length kept beyond the outermost pin. */
export const CAP_LIP = 0.6;
export const CAP_THICKNESS = 1.2;
const HOLDER_MARGIN = 10;
const MIN_BAND_PHI = (90 * Math.PI) / 180;
const BAND_BEYOND_HOLDER = (14 * Math.PI) / 180;

export function layout(p: LayoutInput): Layout {
  const head = headEllipse(p.headCircumference, p.headShape);
  const sheetOffset = p.standoff + p.sheetThickness / 1000 / 2;
  const holes = SHEET_FORMATS[p.sheetPattern].holes as readonly number[];
  const pinPhis = holes.map((h) => Math.sign(h) * phiAtArcLength(head, sheetOffset, Math.abs(h)));
  const capRadius = p.pinDiameter / 2 + CAP_LIP;
  const outermost = Math.max(...holes.map(Math.abs));
  const holderPhi = phiAtArcLength(head, p.standoff, outermost + capRadius + HOLDER_MARGIN);
  const bandPhi = Math.max(MIN_BAND_PHI, holderPhi + BAND_BEYOND_HOLDER);

  const pts: Vec2[] = [];
  for (let i = 0; i <= 180; i++) {
    const phi = -bandPhi + (2 * bandPhi * i) / 180;
    pts.push(offsetPoint(head, phi, 0), offsetPoint(head, phi, p.bandThickness));
    if (Math.abs(phi) <= holderPhi) pts.push(offsetPoint(head, phi, p.standoff));
  }
  for (const phi of pinPhis) pts.push(offsetPoint(head, phi, p.standoff + p.pinLength));
  const xs = pts.map((q) => q[0]);
  const ys = pts.map((q) => q[1]);
  return {
    head,
    sheetOffset,
    pinPhis,
    holderPhi,
    bandPhi,
    capRadius,
    extent: { min: [Math.min(...xs), Math.min(...ys)], max: [Math.max(...xs), Math.max(...ys)] },
  };
}
