// The headband seen from above: strips along offsets of the head ellipse (band, shield holder,
// lower web), straight struts between them, and the struts' filleted inner corners. Extruded by
// design.ts; the stacking posts (stack.ts) reuse the struts.
import { primitives } from '../_kit/jscad';
import { polygon2, union2 } from '../_kit';
import { offsetPoint, tangentAt, normalAt, type Layout, type Vec2 } from './layout';

/** What the plan reads of the design's values. */
export interface PlanInput {
  bandThickness: number;
  standoff: number;
  smoothing: number;
}

const SEGMENT_LENGTH = 4;

/** A plan-view strip between offsets d0 and d1, from phi0 to phi1, with round ends. */
export function strip(L: Layout, phi0: number, phi1: number, d0: number, d1: number) {
  // About one segment per 4 mm of arc: chord error stays under 0.04 mm on these radii.
  const n = Math.max(8, Math.ceil(((phi1 - phi0) * (Math.max(L.head.a, L.head.b) + d1)) / SEGMENT_LENGTH));
  const inner: Vec2[] = [];
  const outer: Vec2[] = [];
  for (let i = 0; i <= n; i++) {
    const phi = phi0 + ((phi1 - phi0) * i) / n;
    inner.push(offsetPoint(L.head, phi, d0));
    outer.push(offsetPoint(L.head, phi, d1));
  }
  const body = polygon2([...inner, ...outer.reverse()]);
  const r = (d1 - d0) / 2;
  const cap = (phi: number) => primitives.circle({ radius: r, center: offsetPoint(L.head, phi, d0 + r), segments: 24 });
  return union2(body, cap(phi0), cap(phi1));
}

/** A straight strut along the normal at `phi`, from offset d0 to d1. */
export function strut(L: Layout, phi: number, d0: number, d1: number, width: number) {
  const [tx, ty] = tangentAt(L.head, phi);
  const a = offsetPoint(L.head, phi, d0);
  const b = offsetPoint(L.head, phi, d1);
  const w = width / 2;
  return polygon2([
    [a[0] - tx * w, a[1] - ty * w],
    [a[0] + tx * w, a[1] + ty * w],
    [b[0] + tx * w, b[1] + ty * w],
    [b[0] - tx * w, b[1] - ty * w],
  ]);
}

/**
 * A concave fillet of radius `r` in the corner at `c` between two walls leaving along the unit
 * vectors `u` and `v`. Its base is sunk 0.3 mm into both walls so the union leaves no sliver
 * where a curved wall departs from its tangent.
 */
function fillet(c: Vec2, u: Vec2, v: Vec2, r: number) {
  const at = (a: number, b: number): Vec2 => [c[0] + a * u[0] + b * v[0], c[1] + a * u[1] + b * v[1]];
  const points: Vec2[] = [at(-0.3, -0.3), at(r, -0.3), at(r, 0)];
  for (let i = 1; i < 8; i++) {
    const q = (Math.PI / 2) * (i / 8);
    points.push(at(r - r * Math.sin(q), r - r * Math.cos(q)));
  }
  points.push(at(0, r), at(-0.3, r));
  return polygon2(points);
}

/** The closed plan outline of band, holder and struts, with the struts' inner corners filleted. */
export function planOutline(p: PlanInput, L: Layout) {
  const t = p.bandThickness;
  const band = strip(L, -L.bandPhi, L.bandPhi, 0, t);
  const holder = strip(L, -L.holderPhi, L.holderPhi, p.standoff - t, p.standoff);
  const strutPhis = [-L.holderPhi, 0, L.holderPhi];
  const struts = strutPhis.map((phi) => strut(L, phi, t / 2, p.standoff - t / 2, t));
  // The fillet cannot be wider than half the gap between band and holder.
  const r = Math.min(p.smoothing, (p.standoff - 2 * t) / 2 - 0.1);
  const fillets = r <= 0 ? [] : strutPhis.flatMap((phi) => {
    const n = normalAt(L.head, phi);
    const tan = tangentAt(L.head, phi);
    return [-1, 1].flatMap((side) => {
      const along: Vec2 = [tan[0] * side, tan[1] * side];
      const corner = (d: number): Vec2 => {
        const q = offsetPoint(L.head, phi, d);
        return [q[0] + along[0] * (t / 2), q[1] + along[1] * (t / 2)];
      };
      const toBand = fillet(corner(t), along, n, r);
      // Beyond the end struts the holder stops: only the band side gets a fillet there.
      const outerSide = phi !== 0 && Math.sign(phi) === side;
      return outerSide ? [toBand] : [toBand, fillet(corner(p.standoff - t), along, [-n[0], -n[1]], r)];
    });
  });
  return union2(band, holder, ...struts, ...fillets);
}
