import { describe, it, expect } from 'vitest';
import cap, { CUT_DIAMETER, ELASTIC, CASING } from './design';
import { cutBox, fabricEstimate, CUT_GAP } from '../_kit/pattern';
import { loadKernel, outlineOf } from '../_kit/kernel';
import { cutShape, unfoldedSeam } from '../_kit/pattern/piece';
import { boxOfPoints, type Pt } from '../_kit/pdf/drawing';

const INCH = 25.4;

describe('bouffant cap after the hospital pattern', () => {
  it('cuts exactly the source circles with the default casing: 20 in (child) and 21½ in (adult)', async () => {
    expect(CUT_DIAMETER).toEqual({ child: 20 * INCH, adult: 21.5 * INCH });
    expect(cap.defaults.allowance).toBe(CASING);
    const k = await loadKernel();
    for (const size of ['child', 'adult'] as const) {
      const [piece] = cap.pattern.pieces(cap.defaults, size);
      const b = cutBox(piece, cap.defaults.allowance as number);
      // Opened out across the fold: a square around the circle.
      expect(b.maxX - b.minX).toBeCloseTo(CUT_DIAMETER[size], 6);
      expect(b.maxY - b.minY).toBeCloseTo(CUT_DIAMETER[size], 6);
      // The kernel's cut line: a half disc, radius within the chord sag of the source's.
      const half = outlineOf(k, cutShape(piece, CASING))[0] as Pt[];
      const radii = half.map(([x, y]) => Math.hypot(x, y));
      expect(Math.max(...radii)).toBeCloseTo(CUT_DIAMETER[size] / 2, 1);
      expect(Math.min(...half.map(([x]) => x))).toBeCloseTo(0, 6);
    }
  });

  it('elastic 17½ in (child) and 18½ in (adult), one per cap', () => {
    expect(cap.pattern.supplies(cap.defaults, 'child')).toEqual([{ name: 'elastic', count: 1, length: 17.5 * INCH }]);
    expect(cap.pattern.supplies(cap.defaults, 'adult')).toEqual([{ name: 'elastic', count: 1, length: 18.5 * INCH }]);
    expect(ELASTIC.adult - ELASTIC.child).toBeCloseTo(INCH, 9);
  });

  it('the casing is the allowance: the stitch mark sits the allowance inside the finished edge, which never moves', () => {
    for (const allowance of [10, 19, 25]) {
      const [piece] = cap.pattern.pieces({ ...cap.defaults, allowance }, 'adult');
      const edge = Math.hypot(...piece.seam[0]);
      expect(edge).toBeCloseTo(CUT_DIAMETER.adult / 2 - CASING, 9);
      for (const p of piece.marks![0].points) expect(Math.hypot(...p)).toBeCloseTo(edge - allowance, 9);
      expect(boxOfPoints(unfoldedSeam(piece)).maxX).toBeCloseTo(edge, 9);
    }
  });

  it('refuses a casing too narrow for the elastic, naming it', () => {
    const r = cap.parse({ allowance: 6 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].param).toBe('allowance');
      expect(r.errors[0].message.en).toMatch(/Casing depth.*6.*10.*25/);
    }
  });

  it('two child caps fit the source’s ⅔ yard when the fabric takes two circles side by side', () => {
    const e = fabricEstimate(cap.pattern, cap.defaults, { child: 2 }, 1100);
    expect(e.fabrics).toHaveLength(1);
    expect(e.fabrics[0].length).toBeCloseTo(20 * INCH + CUT_GAP, 6);
    expect(e.fabrics[0].length).toBeLessThanOrEqual((2 / 3) * 36 * INCH);
  });
});
