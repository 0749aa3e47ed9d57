import { describe, it, expect, beforeAll } from 'vitest';
import clip, { profile, slotWidth } from './design';
import { loadKernel, meshModel, outlineOf, type Kernel } from '../_kit/kernel';
import { toShape } from '../_kit/model';
import { boundingBox, sizeOf } from '../_kit/mesh';
import { inside } from '../../tests/helpers/outline';

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});


describe('clip profile', () => {
  it.each([
    [2.5, 0.2],
    [2, 0.3],
    [1.2, 0],
  ])('a %f mm band with %f mm clearance slides into a slot of exactly that width', (bandThickness, clearance) => {
    const p = { ...clip.defaults, bandThickness, clearance };
    const o = outlineOf(kernel, toShape(profile(p)));
    const s = slotWidth(p);
    expect(s).toBeCloseTo(bandThickness + clearance, 9);
    const v = -p.gripDepth / 2;
    // Open across the slot, closed just beyond both sides of it.
    for (const u of [0.02, s / 2, s - 0.02]) expect(inside(o, [u, v])).toBe(false);
    expect(inside(o, [-0.05, v])).toBe(true);
    expect(inside(o, [s + 0.05, v])).toBe(true);
    // The hook's lip reaches over, at the top.
    const top = p.wall + p.hookHeight;
    expect(inside(o, [s / 2 + 1.2 + p.hookReach - 0.6, top - 1.2])).toBe(true);
    expect(inside(o, [s / 2 + 1.2 + p.hookReach + 0.3, top - 1.2])).toBe(false);
  });
});

describe('print', () => {
  it('lays `count` clips side by side, each as wide as asked', () => {
    const widthOf = (count: number) => {
      const run = clip.run({ count, width: 12 });
      if (!run.ok) throw new Error('refused');
      return { values: run.values, size: sizeOf(boundingBox(meshModel(kernel, run.model).map((m) => m.mesh))) };
    };
    const single = widthOf(1);
    expect(single.size[2]).toBeCloseTo(12, 5);
    const pitch = slotWidth(single.values) + 2 * single.values.wall + single.values.hookReach + 5;
    for (const count of [3, 8]) expect(widthOf(count).size[0]).toBeCloseTo(single.size[0] + (count - 1) * pitch, 4);
  });
});

describe('where the doc says the clip fits on the Usinette headband', () => {
  // The default headband's 1.2 mm web joins the top of the band to the screen holder between
  // ±holderPhi: the clip only fits beyond it (or on the light preset, which has no web).
  it('names the reinforcement web, its real extent and the light preset, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { default: band } = await import('../visiere-serre-tete/design');
    const { layout } = await import('../visiere-serre-tete/layout');
    expect(band.defaults.reinforcement).toBe(true);
    const deg = Math.round((layout(band.defaults).holderPhi * 180) / Math.PI);
    const fr = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');
    const en = readFileSync(new URL('./en.mdx', import.meta.url), 'utf8');
    expect(fr).toContain(`environ ${deg}° de part et d’autre du centre`);
    expect(fr).toMatch(/voile de 1,2 mm[\s\S]*préréglage léger/);
    expect(en).toContain(`about ${deg}° either side of the centre`);
    expect(en).toMatch(/1\.2 mm web[\s\S]*light preset/);
    expect(fr).not.toMatch(/Clipsez[^.]*de part et d’autre du front, bec/);
    expect(en).not.toMatch(/onto the top of the band, either side of the forehead/);
  });
});
