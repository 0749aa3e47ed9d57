// Checks every published design the same way: defaults, every preset and random valid
// parameter sets must give closed, manifold meshes that fit the printer, or closed non-empty
// outlines; every format must write a file that reads back as that format. Reads files back instead of trusting
// the kernel that wrote them.
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { designs } from '../../designs';
import type { Design, ParamSpec, ParamSpecs } from '../../designs/_kit';
import { loadKernel, type Kernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { edgeReport, isClosedManifold, readBinaryStl } from '../../designs/_kit/meshCheck';
import { boundingBox, sizeOf, volume } from '../../designs/_kit/mesh';
import { expectValidFile } from '../helpers/formatCheck';
import { PRINT_VOLUME_MM as PRINT_VOLUME } from '../../designs/_kit/printVolume';

const RANDOM_RUNS = 50;
// Fifty meshes, some of them stacks of a dozen headbands: minutes on a busy 2-core machine.
const RANDOM_TIMEOUT = 300_000;

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

/** An arbitrary for one parameter: any value its spec allows, on its step grid for numbers. */
function arbitraryOf(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'number': {
      const steps = Math.floor((spec.max - spec.min) / spec.step + 1e-9);
      return fc.integer({ min: 0, max: steps }).map((k) => Math.min(spec.max, Number((spec.min + k * spec.step).toFixed(6))));
    }
    case 'choice':
      return fc.constantFrom(...Object.keys(spec.options));
    case 'bool':
      return fc.boolean();
    case 'text': {
      const chars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -.'].filter((c) => spec.allowed.test(c));
      return fc.string({ unit: fc.constantFrom(...chars), maxLength: spec.maxLength }).map((s) => s.trim());
    }
  }
}

const arbitraryInput = (d: Design<ParamSpecs>) =>
  fc.record(Object.fromEntries(Object.entries(d.params).map(([k, s]) => [k, arbitraryOf(s)])) as Record<string, fc.Arbitrary<unknown>>);

async function checkGeometry(d: Design<ParamSpecs>, input: Record<string, unknown>) {
  const run = d.run(input);
  if (!run.ok) throw new Error(`${d.slug} refused ${JSON.stringify(input)}: ${run.errors.map((e) => e.message.en).join(' ')}`);
  const ctx = evaluateModel(kernel, d, run.values, run.model);
  expect(ctx.meshes.length + ctx.outlines.length, 'the model has parts').toBeGreaterThan(0);
  for (const part of ctx.meshes) {
    expect(volume(part.mesh), `${part.name} has a positive volume`).toBeGreaterThan(0);
  }
  if (ctx.meshes.length) {
    const stl = await formatOf('stl').write(ctx);
    const report = edgeReport(readBinaryStl(stl).vertices);
    expect(isClosedManifold(report), `${d.slug} ${JSON.stringify(input)}: ${JSON.stringify(report)}`).toBe(true);
    const size = sizeOf(boundingBox(ctx.meshes.map((p) => p.mesh)));
    size.forEach((v, i) => expect(v, `size along axis ${i}`).toBeLessThanOrEqual(PRINT_VOLUME[i]));
  }
  for (const part of ctx.outlines) {
    expect(part.outline.length, `${part.name} has polygons`).toBeGreaterThan(0);
    for (const poly of part.outline) expect(poly.length, `${part.name} polygon is closed`).toBeGreaterThanOrEqual(3);
  }
  return ctx;
}

describe.each(designs.map((d) => [d.slug, d] as const))('%s', (slug, d) => {
  it('has French and English documentation', () => {
    expect(existsSync(`designs/${slug}/index.mdx`)).toBe(true);
    expect(existsSync(`designs/${slug}/en.mdx`)).toBe(true);
  });

  it('is the design of designs/<slug>/design.ts (the customizer\'s worker loads it from there)', async () => {
    expect((await import(`../../designs/${slug}/design.ts`)).default).toBe(d);
  });

  it('(defaults) gives valid geometry and writes every format', async () => {
    const ctx = await checkGeometry(d, {});
    for (const f of d.formats) await expectValidFile(f, await formatOf(f).write(ctx));
  });

  it.each(Object.keys(d.presets))('(preset %s) gives valid geometry', async (name) => {
    await checkGeometry(d, d.presetValues(name));
  });

  it(`(random) ${RANDOM_RUNS} random valid parameter sets give valid geometry`, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryInput(d), async (input) => {
        // Combinations refused by a cross-parameter rule are not valid sets: draw another.
        fc.pre(d.parse(input).ok);
        await checkGeometry(d, input);
        checked++;
      }),
      { numRuns: RANDOM_RUNS, seed: 20200510, maxSkipsPerRun: 20 },
    );
    expect(checked).toBe(RANDOM_RUNS);
  }, RANDOM_TIMEOUT);
});
