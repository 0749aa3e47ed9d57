import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { boxCorners, framePoints, projectedBounds, type View } from '../../../site/client/framing';

// The preview's default view: from the front right, above (scene.ts).
const view: View = { fov: 40, aspect: 4 / 3, azimuth: Math.atan2(0.75, 0.35), elevation: Math.atan2(0.6, Math.hypot(0.35, 0.75)), margin: 0.1 };

// A visor headband (210 × 142 × 20 mm, flat on the bed), an upright part and a small clip.
const boxes: [string, Vector3, Vector3][] = [
  ['flat headband', new Vector3(-105, -71, 0), new Vector3(105, 71, 20)],
  ['tall part', new Vector3(-20, -15, 0), new Vector3(20, 15, 180)],
  ['small clip', new Vector3(-8, -3, 0), new Vector3(8, 3, 4)],
];

describe('framePoints', () => {
  for (const [name, min, max] of boxes) {
    for (const aspect of [4 / 3, 390 / 220, 0.8]) {
      it(`centres a ${name} and fills the view to its margin (aspect ${aspect.toFixed(2)})`, () => {
        const v = { ...view, aspect };
        const corners = boxCorners(min, max);
        const b = projectedBounds(corners, framePoints(corners, min, max, v), v);
        // In the middle: as much room above as below, and left as right.
        expect(Math.abs(b.minX + b.maxX)).toBeLessThan(0.01);
        expect(Math.abs(b.minY + b.maxY)).toBeLessThan(0.01);
        // Filling the view up to the margin on its tighter side, never beyond it.
        const fill = Math.max(b.maxX - b.minX, b.maxY - b.minY) / 2;
        expect(fill).toBeGreaterThan(0.88);
        expect(fill).toBeLessThanOrEqual(0.9 + 1e-6);
      });
    }
  }

  it('frames the points, not their box: an arc open towards the camera sits in the middle too', () => {
    // Half a ring of radius 100 mm, open towards +y: its box's near corners hold nothing.
    const arc: number[] = [];
    for (let a = 0; a <= Math.PI; a += Math.PI / 64) arc.push(100 * Math.cos(a), -100 * Math.sin(a), 0, 100 * Math.cos(a), -100 * Math.sin(a), 20);
    const [min, max] = [new Vector3(-100, -100, 0), new Vector3(100, 0, 20)];
    const b = projectedBounds(arc, framePoints(arc, min, max, view), view);
    expect(Math.abs(b.minX + b.maxX)).toBeLessThan(0.01);
    expect(Math.abs(b.minY + b.maxY)).toBeLessThan(0.01);
  });
});
