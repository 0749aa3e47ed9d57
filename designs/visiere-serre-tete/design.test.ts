import { describe, it, expect, beforeAll } from 'vitest';
import visor from './design';
import { layout, headEllipse, offsetPoint, type LayoutInput } from './layout';
import { SHEET_FORMATS, type SheetFormatId } from '../sheet-formats';
import { loadKernel, meshModel, type Kernel } from '../_kit/kernel';

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

/**
 * Arc length along the curve offset by `d` from the head ellipse, from the front to `phi`,
 * computed independently of layout.ts: for an offset of a convex curve, length = length of
 * the base curve (Simpson's rule on the ellipse's speed) + d × turning of the tangent.
 */
function arcLength(a: number, b: number, d: number, phi: number): number {
  const n = 2000;
  const h = phi / n;
  const speed = (t: number) => Math.hypot(b * Math.cos(t), a * Math.sin(t));
  let sum = speed(0) + speed(phi);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * speed(i * h);
  const base = (sum * h) / 3;
  const tangentAngle = (t: number) => Math.atan2(-a * Math.sin(t), b * Math.cos(t));
  return base + d * Math.abs(tangentAngle(phi) - tangentAngle(0));
}

const cases: [string, Partial<LayoutInput>][] = [
  ['defaults', {}],
  ['small head, 2 holes', { headCircumference: 520, sheetPattern: 'a4-2' }],
  ['large round head, letter', { headCircumference: 630, headShape: 0.95, sheetPattern: 'letter-3' }],
  ['close shield, thick sheet', { standoff: 15, sheetThickness: 500 }],
];

describe('pin positions follow the sheet pattern along the curve', () => {
  it.each(cases)('%s', (_, overrides) => {
    const p = { ...visor.defaults, ...overrides };
    const L = layout(p);
    const { a, b } = headEllipse(p.headCircumference, p.headShape);
    const holes = SHEET_FORMATS[p.sheetPattern as SheetFormatId].holes;
    const along = L.pinPhis.map((phi) => Math.sign(phi) * arcLength(a, b, L.sheetOffset, Math.abs(phi)));
    expect(along).toHaveLength(holes.length);
    along.forEach((s, i) => expect(Math.abs(s - holes[i])).toBeLessThan(0.2));
    for (let i = 1; i < along.length; i++) {
      expect(Math.abs(along[i] - along[i - 1] - (holes[i] - holes[i - 1]))).toBeLessThan(0.2);
    }
  });

  it('puts a pin tip in the mesh where each pin should be', () => {
    const values = visor.defaults;
    const L = layout(values);
    const run = visor.run({});
    if (!run.ok) throw new Error('defaults refused');
    const [part] = meshModel(kernel, run.model);
    const centre = [-(L.extent.min[0] + L.extent.max[0]) / 2, -(L.extent.min[1] + L.extent.max[1]) / 2];
    const pos = part.mesh.positions;
    for (const phi of L.pinPhis) {
      const tip = offsetPoint(L.head, phi, values.standoff + values.pinLength);
      let nearest = Infinity;
      for (let i = 0; i < pos.length; i += 3) {
        const dz = pos[i + 2] - values.bandHeight / 2;
        nearest = Math.min(nearest, Math.hypot(pos[i] - (tip[0] + centre[0]), pos[i + 1] - (tip[1] + centre[1]), dz));
      }
      // The tip face is a disc of the cap's radius centred on the axis.
      expect(nearest).toBeLessThanOrEqual(values.pinDiameter / 2 + 0.6 + 0.01);
    }
  });
});

describe('parameters', () => {
  it('changes the pins when the sheet pattern changes', () => {
    const four = layout({ ...visor.defaults, sheetPattern: 'a4-4' });
    const three = layout({ ...visor.defaults, sheetPattern: 'letter-3' });
    expect(four.pinPhis).toHaveLength(4);
    expect(three.pinPhis).toHaveLength(3);
    expect(three.pinPhis[1]).toBeCloseTo(0, 9);
  });

  it('grows with the head', () => {
    const small = layout({ ...visor.defaults, headCircumference: 520 });
    const large = layout({ ...visor.defaults, headCircumference: 640 });
    expect(large.extent.max[0] - large.extent.min[0]).toBeGreaterThan(small.extent.max[0] - small.extent.min[0]);
  });

  it('refuses settings that would not fit the bed, saying what to reduce', () => {
    // Bypass the ranges to reach the bed rule: the rule must hold on its own.
    const errors = visor.check!({ ...visor.defaults, headCircumference: 900 });
    expect(errors).toHaveLength(1);
    expect(errors[0].param).toBe('headCircumference');
    expect(errors[0].message.en).toMatch(/exceeds the 250 × 210 mm bed/);
    expect(errors[0].message.fr).toMatch(/dépasse le plateau/);
  });
});
