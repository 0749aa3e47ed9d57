import { describe, it, expect, beforeAll } from 'vitest';
import sheet from './design';
import { SHEET_FORMATS, type SheetFormatId } from '../sheet-formats';
import { loadKernel, outlineModel, type Kernel, type Outline } from '../_kit/kernel';
import { inside } from '../../tests/helpers/outline';

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

const signedArea = (ring: [number, number][]) =>
  ring.reduce((s, [x, y], i) => s + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0) / 2;

function outlineOf(input: Record<string, unknown>): Outline {
  const run = sheet.run(input);
  if (!run.ok) throw new Error(run.errors.map((e) => e.message.en).join(' '));
  return outlineModel(kernel, run.model)[0].outline;
}

/** Even-odd point-in-polygon over all rings. */

describe('holes come from the sheet format', () => {
  it.each(Object.keys(SHEET_FORMATS) as SheetFormatId[])('%s: hole centres, diameters and edge distance', (id) => {
    const f = SHEET_FORMATS[id];
    const height = 200;
    const o = outlineOf({ sheetPattern: id, height });
    const holes = o.filter((r) => signedArea(r) < 0);
    expect(holes).toHaveLength(f.holes.length);
    const centres = holes
      .map((r) => [r.reduce((s, p) => s + p[0], 0) / r.length, r.reduce((s, p) => s + p[1], 0) / r.length])
      .sort((a, b) => a[0] - b[0]);
    centres.forEach(([x, y], i) => {
      expect(Math.abs(x - f.holes[i])).toBeLessThan(0.01);
      expect(Math.abs(y - (height - f.edgeDistance))).toBeLessThan(0.01);
    });
    for (const r of holes) {
      // A 48-gon inscribed in the circle: its area is within 0.3 % of the disc's.
      expect(Math.abs(-signedArea(r) / (Math.PI * (f.holeDiameter / 2) ** 2) - 1)).toBeLessThan(0.01);
    }
  });
});

describe('outline', () => {
  it('is as wide as the format and as tall as asked', () => {
    const o = outlineOf({ sheetPattern: 'letter-3', height: 203 });
    const xs = o.flat().map((p) => p[0]);
    const ys = o.flat().map((p) => p[1]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(279.4, 2);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(203, 2);
  });

  it('rounds only the lower corners', () => {
    const square = outlineOf({ cornerRadius: 0 });
    const round = outlineOf({ cornerRadius: 30 });
    const half = 297 / 2;
    // 2 mm inside each corner.
    expect(inside(square, [-half + 2, 2])).toBe(true);
    expect(inside(round, [-half + 2, 2])).toBe(false);
    expect(inside(round, [half - 2, 2])).toBe(false);
    expect(inside(round, [-half + 2, 208])).toBe(true);
    expect(inside(round, [half - 2, 208])).toBe(true);
  });

  it('drops the centre below the sides by the chin coverage', () => {
    const o = outlineOf({ chinCoverage: 40, cornerRadius: 0 });
    const half = 297 / 2;
    expect(inside(o, [0, 1])).toBe(true);
    expect(inside(o, [-half + 1, 39])).toBe(false);
    expect(inside(o, [-half + 1, 41])).toBe(true);
  });

  it('refuses sides too short to hold the holes, naming the parameter', () => {
    const r = sheet.parse({ height: 120, chinCoverage: 80 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].param).toBe('chinCoverage');
      expect(r.errors[0].message.fr).toMatch(/40 mm/);
      expect(r.errors[0].message.en).toMatch(/at least 48 mm/);
      expect(sheet.parse({ height: 120, chinCoverage: 80, cornerRadius: 13 }).ok).toBe(false);
      expect(sheet.parse({ height: 120, chinCoverage: 80, cornerRadius: 12 }).ok).toBe(true);
    }
  });
});
