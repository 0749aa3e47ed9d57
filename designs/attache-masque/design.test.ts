import { describe, it, expect, beforeAll } from 'vitest';
import saver, { HOOK, hookXs } from './design';
import { loadKernel, meshModel, outlineModel, type Kernel } from '../_kit/kernel';
import { boundingBox, volume } from '../_kit/mesh';
import { inside } from '../../tests/helpers/outline';

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

function evaluate(input: Record<string, unknown>) {
  const run = saver.run(input);
  if (!run.ok) throw new Error(run.errors.map((e) => e.message.en).join(' '));
  return { values: run.values, meshes: meshModel(kernel, run.model), outlines: outlineModel(kernel, run.model) };
}


describe('hooks', () => {
  it.each([
    [3, 14],
    [4, 12],
    [1, 20],
  ])('%i hooks at %f mm pitch stand on both edges at both ends', (hookCount, hookPitch) => {
    const { values, outlines } = evaluate({ hookCount, hookPitch });
    const o = outlines[0].outline;
    const y = values.width / 2 + 1.5; // beside the strap, below the claw tips
    const stems = hookXs(values);
    expect(stems).toHaveLength(hookCount);
    for (let i = 1; i < stems.length; i++) expect(stems[i - 1] - stems[i]).toBeCloseTo(hookPitch, 9);
    for (const x of stems) {
      for (const [sx, sy] of [[x, y], [-x, y], [x, -y], [-x, -y]]) expect(inside(o, [sx, sy])).toBe(true);
      // The throat between a stem and the next one towards the centre is open for the elastic.
      expect(inside(o, [x - HOOK.stem / 2 - 0.5, y])).toBe(false);
    }
    // Nothing stands out of the strap between the innermost hooks.
    expect(inside(o, [0, y])).toBe(false);
  });
});

describe('print and cut share the outline', () => {
  it('the mesh footprint is the cutting outline, at the chosen length and thickness', () => {
    const { values, meshes, outlines } = evaluate({ length: 150, hookPitch: 12, thickness: 2 });
    const box = boundingBox(meshes.map((m) => m.mesh));
    const xs = outlines[0].outline.flat().map((p) => p[0]);
    const ys = outlines[0].outline.flat().map((p) => p[1]);
    expect(box.min[0]).toBeCloseTo(Math.min(...xs), 4);
    expect(box.max[0]).toBeCloseTo(Math.max(...xs), 4);
    expect(box.max[1]).toBeCloseTo(Math.max(...ys), 4);
    expect(box.max[0] - box.min[0]).toBeCloseTo(values.length, 4);
    expect(box.max[2]).toBeCloseTo(2, 5);
  });
});

describe('embossed text', () => {
  it('stands 0.6 mm proud and adds material', () => {
    const plain = evaluate({});
    const named = evaluate({ label: 'Anne-Marie' });
    expect(boundingBox(named.meshes.map((m) => m.mesh)).max[2]).toBeCloseTo(plain.values.thickness + 0.6, 5);
    expect(volume(named.meshes[0].mesh)).toBeGreaterThan(volume(plain.meshes[0].mesh) + 10);
    // The cutting outline does not change: text is not a cut.
    expect(named.outlines[0].outline.flat().length).toBe(plain.outlines[0].outline.flat().length);
  });

  it('refuses characters the font cannot draw, naming them', () => {
    const r = saver.parse({ label: 'Hélène' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].param).toBe('label');
      expect(r.errors[0].message.en).toContain('éè');
      expect(r.errors[0].message.fr).toMatch(/sans accent/);
    }
  });

  it('refuses text longer than 16 characters, and text too long for the free length', () => {
    const long = saver.parse({ label: 'A'.repeat(17) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors[0].message.en).toMatch(/17 characters, at most 16/);
    const wide = saver.parse({ label: 'MMMMMMMMMMMMMMMM', length: 120 });
    expect(wide.ok).toBe(false);
    if (!wide.ok) expect(wide.errors[0].param).toBe('label');
    expect(saver.parse({ label: 'MMMMMMMMMMMMMMMM', length: 240, width: 6 }).ok).toBe(true);
  });

  it('never says a text that does not fit is as long as the room it lacks', () => {
    // Lengths where the text just overflows: its width and the free room, in one decimal, differ.
    let checked = 0;
    for (let length = 60; length <= 140; length++) {
      for (const label of ['Zoe', 'ANNE', 'Bloc 3', 'MMMMMMMMMMMM']) {
        const r = saver.parse({ label, length });
        if (r.ok || r.errors[0].param !== 'label' || r.errors[0].code !== 'constraint') continue;
        checked++;
        const [text, room] = [...r.errors[0].message.fr.matchAll(/(\d+,\d) mm/g)].map((m) => Number(m[1].replace(',', '.')));
        expect(text, r.errors[0].message.fr).toBeGreaterThan(room);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('refuses hooks that leave no room in the middle, naming hookCount', () => {
    const r = saver.parse({ hookCount: 6, hookPitch: 25, length: 150 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].param).toBe('hookCount');
  });
});
