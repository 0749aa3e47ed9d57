import { describe, it, expect, beforeAll } from 'vitest';
import visor from './design';
import { STACK, stackPitch } from './stack';
import { loadKernel, meshModel, type Kernel } from '../_kit/kernel';
import { boundingBox, sizeOf, volume } from '../_kit/mesh';

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

function mesh(input: Record<string, unknown>) {
  const run = visor.run(input);
  if (!run.ok) throw new Error(run.errors.map((e) => e.message.en).join(' '));
  return meshModel(kernel, run.model)[0].mesh;
}

describe('stacked headbands', () => {
  it.each([10, 15, 17.5, 20, 30])('band of %f mm: copies start on a layer boundary with at least two layers of air', (h) => {
    const pitch = stackPitch(h);
    const layers = pitch / STACK.layer;
    expect(Math.abs(layers - Math.round(layers))).toBeLessThan(1e-9);
    expect(pitch - h).toBeGreaterThanOrEqual(STACK.gapLayers * STACK.layer - 1e-9);
    expect(pitch - h).toBeLessThan((STACK.gapLayers + 1) * STACK.layer);
  });

  it('is as tall as the copies and gaps, and the gaps are air except for thin posts', () => {
    const base = { bandHeight: 15, bandThickness: 2, reinforcement: false };
    const one = mesh(base);
    const four = mesh({ ...base, stack: 4 });
    const pitch = stackPitch(15);
    expect(sizeOf(boundingBox([four]))[2]).toBeCloseTo(3 * pitch + 15, 4);
    const extra = volume(four) - 4 * volume(one);
    // Posts: 0.8 mm wide, 2 mm deep, gap + 0.1 mm tall, about one per 6 mm along roughly
    // 700 mm of band and holder. A filled gap would add the whole footprint instead (≈ 7×).
    const postsBound = 3 * (700 / STACK.postPitch + 4) * STACK.postWidth * 2 * (pitch - 15 + 0.1);
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(postsBound);
  });

  it('refuses stacks taller than the printer and stacks with the lower reinforcement, naming stack', () => {
    const tall = visor.parse({ stack: 8, bandHeight: 30, reinforcement: false });
    expect(tall.ok).toBe(false);
    if (!tall.ok) {
      expect(tall.errors[0].param).toBe('stack');
      expect(tall.errors[0].message.en).toMatch(/244\.2 mm tall, more than the 210 mm/);
    }
    const web = visor.parse({ stack: 2 });
    expect(web.ok).toBe(false);
    if (!web.ok) expect(web.errors[0].message.fr).toMatch(/Renfort inférieur/);
    expect(visor.parse({ stack: 8, reinforcement: false }).ok).toBe(true);
  });
});
