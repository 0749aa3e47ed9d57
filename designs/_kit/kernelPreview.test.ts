import { describe, it, expect, beforeAll } from 'vitest';
import { designs } from '../index';
import { loadKernel, meshSolid, previewPieces, previewSolid, type Kernel } from './kernel';
import { is3d, toSolid, type Solid } from './model';
import { boundingBox, volume, type Mesh } from './mesh';
import { edgeReport } from './meshCheck';

// The preview draws a solid from pieces that a union would join (kernel.ts, previewSolid). Drawn
// opaque, the pieces look like the file's solid only if, joined, they are that solid: checked here
// for every published variant of every 3D design, joining them with the kernel's own union.
let k: Kernel;
beforeAll(async () => {
  k = await loadKernel();
});

const soup = (m: Mesh) => Float32Array.from({ length: m.indices.length * 3 }, (_, i) => m.positions[3 * m.indices[Math.floor(i / 3)] + (i % 3)]);

function joined(pieces: Mesh[]): Mesh {
  const manifolds = pieces.map((p) => new k.Manifold(new k.Mesh({ numProp: 3, vertProperties: p.positions, triVerts: p.indices })));
  const union = k.Manifold.union(manifolds);
  const out = union.getMesh();
  for (const m of [...manifolds, union]) m.delete();
  return { positions: out.vertProperties, indices: out.triVerts };
}

const variants = designs.flatMap((d) =>
  [['defaut', d.defaults], ...Object.keys(d.presets).map((name) => [name, d.presetValues(name)])].flatMap(([name, values]) => {
    const run = d.run(values as Record<string, unknown>);
    if (!run.ok) throw new Error(`${d.slug} ${name} refused`);
    return run.model.parts.filter(is3d).map((part) => ({ label: `${d.slug} ${name} ${part.name}`, solid: toSolid(part.solid) as Solid }));
  }),
);

describe('the preview’s pieces', () => {
  it('cover the 3D designs', () => {
    expect(new Set(variants.map((v) => v.label.split(' ')[0])).size).toBeGreaterThanOrEqual(3);
  });

  it.each(variants)('$label: each piece is closed, and joined they are the exact solid', ({ solid }) => {
    const exact = meshSolid(k, solid);
    const pieces = previewPieces(k, solid);
    // Rounded to float32 a piece may hold a few zero-area slivers, drawn as nothing; its edges still close.
    for (const piece of pieces) expect(edgeReport(soup(piece))).toMatchObject({ open: 0, nonManifold: 0, misoriented: 0 });
    const union = joined(pieces);
    expect(volume(union)).toBeCloseTo(volume(exact), 1);
    expect(Math.abs(volume(union) - volume(exact)) / volume(exact)).toBeLessThan(1e-5);
    const [a, b] = [boundingBox([union]), boundingBox([exact])];
    for (const i of [0, 1, 2]) {
      expect(a.min[i]).toBeCloseTo(b.min[i], 3);
      expect(a.max[i]).toBeCloseTo(b.max[i], 3);
    }
  });

  it.each(variants)('$label: the drawn mesh is the pieces’ triangles, and spans the exact solid', ({ solid }) => {
    const drawn = previewSolid(k, solid);
    const pieces = previewPieces(k, solid);
    expect(drawn.indices.length).toBe(pieces.reduce((n, p) => n + p.indices.length, 0));
    expect(volume(drawn)).toBeCloseTo(pieces.reduce((v, p) => v + volume(p), 0), 1);
    expect(boundingBox([drawn])).toEqual(boundingBox(pieces));
  });
});
