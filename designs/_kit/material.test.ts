import { describe, it, expect, beforeAll } from 'vitest';
import { primitives } from './jscad';
import { loadKernel, meshSolid, type Kernel } from './kernel';
import { extrude, toSolid } from './model';
import { estimateMaterial, describeEstimate, MATERIALS, FILAMENT_DIAMETER } from './material';

let k: Kernel;
beforeAll(async () => {
  k = await loadKernel();
});

describe('material estimate', () => {
  it('weighs a 20 mm cube (8 cm³) by density and gives the filament length for its volume', () => {
    const cube = meshSolid(k, toSolid(primitives.cuboid({ size: [20, 20, 20] })));
    const e = estimateMaterial([cube]);
    expect(e.volumeCm3).toBeCloseTo(8, 6);
    const pla = e.materials.find((m) => m.id === 'PLA')!;
    const petg = e.materials.find((m) => m.id === 'PETG')!;
    expect(pla.grams).toBeCloseTo(8 * 1.24, 6);
    expect(petg.grams).toBeCloseTo(8 * 1.27, 6);
    // 8000 mm³ through a 1.75 mm filament: 8000 / 2.405 mm² = 3326 mm.
    expect(pla.metres).toBeCloseTo(8000 / (Math.PI * 0.875 ** 2) / 1000, 6);
    expect(FILAMENT_DIAMETER).toBe(1.75);
  });

  it('adds up several parts and follows a hole', () => {
    const plate = meshSolid(k, toSolid(extrude(2, primitives.rectangle({ size: [50, 50] }))));
    const holed = meshSolid(k, toSolid({ op: 'subtract', children: [toSolid(extrude(2, primitives.rectangle({ size: [50, 50] }))), toSolid(extrude(2, primitives.rectangle({ size: [10, 10] })))] }));
    expect(estimateMaterial([plate, plate]).volumeCm3).toBeCloseTo(10, 6);
    expect(estimateMaterial([holed]).volumeCm3).toBeCloseTo(4.8, 6);
  });

  it('cites a source for every density and describes the estimate in both languages', () => {
    for (const m of MATERIALS) expect(m.source).toMatch(/^https:\/\//);
    const cube = meshSolid(k, toSolid(primitives.cuboid({ size: [20, 20, 20] })));
    const e = estimateMaterial([cube]);
    expect(describeEstimate(e, 'fr')).toBe('≈ 8,0 cm³ · PLA 9,9 g · PETG 10 g · 3,3 m de filament de 1,75 mm (pièce pleine, majorant)');
    expect(describeEstimate(e, 'en')).toMatch(/^≈ 8\.0 cm³ · PLA 9\.9 g · PETG 10 g · 3\.3 m of 1\.75 mm filament/);
  });
});
