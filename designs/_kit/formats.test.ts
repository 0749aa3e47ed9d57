import { describe, expect, it, beforeAll } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { primitives } from './jscad';
import { loadKernel, meshModel, outlineModel, type Kernel, type Outline } from './kernel';
import { formatOf, type ExportContext } from './export';
import { subtract2, union2, extrude, subtract, type Model } from './model';
import { MODEL_PATH } from './threemf';
import { readBinaryStl } from './meshCheck';

// A plate with a round hole and a slot, and the same outline extruded: small but with holes
// and curves, the cases where writers go wrong.
const plate = subtract2(
  union2(primitives.rectangle({ size: [60, 30], center: [10, 5] }), primitives.circle({ radius: 8, center: [40, 5], segments: 40 })),
  primitives.circle({ radius: 3, center: [0, 5], segments: 32 }),
  primitives.rectangle({ size: [12, 4], center: [20, 12] }),
);
const model: Model = {
  parts: [
    { name: 'plaque', label: { fr: 'Plaque', en: 'Plate' }, outline: plate },
    { name: 'bloc', label: { fr: 'Bloc', en: 'Block' }, solid: subtract(extrude(4, plate), extrude(2, primitives.circle({ radius: 2, center: [40, 5] }))) },
    { name: 'cale', label: { fr: 'Cale', en: 'Shim' }, solid: extrude(1, primitives.rectangle({ size: [5, 5], center: [0, 40] })) },
  ],
};

let k: Kernel;
let ctx: ExportContext;
beforeAll(async () => {
  k = await loadKernel();
  ctx = { title: { fr: 'Essai', en: 'Test' }, values: {}, meshes: meshModel(k, model), outlines: outlineModel(k, model) };
});

const write = async (id: '3mf' | 'svg' | 'dxf' | 'stl', context = ctx) => formatOf(id).write(context);

/** Largest distance from any point of `a` to the closest point of `b`, both ways (vertices only). */
function hausdorff(a: [number, number][], b: [number, number][]): number {
  const one = (p: [number, number][], q: [number, number][]) =>
    Math.max(...p.map(([x, y]) => Math.min(...q.map(([u, v]) => Math.hypot(x - u, y - v)))));
  return Math.max(one(a, b), one(b, a));
}

const area = (ring: [number, number][]) =>
  ring.reduce((s, [x, y], i) => {
    const [u, v] = ring[(i + 1) % ring.length];
    return s + x * v - u * y;
  }, 0) / 2;

/** Every original ring has a read-back ring at most `tol` away, of the same area, and none is extra. */
function expectSameOutline(original: Outline, readBack: Outline, tol: number) {
  expect(readBack.length).toBe(original.length);
  for (const ring of original) {
    const distances = readBack.map((r) => hausdorff(ring, r));
    const best = Math.min(...distances);
    expect(best).toBeLessThanOrEqual(tol);
    const match = readBack[distances.indexOf(best)];
    expect(Math.abs(Math.abs(area(match)) - Math.abs(area(ring)))).toBeLessThan(0.05);
  }
}

function readSvg(text: string): { width: string; height: string; viewBox: number[]; rings: Outline } {
  const svg = /<svg[^>]*>/.exec(text)![0];
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(svg)![1];
  const rings: Outline = [];
  for (const [, d] of text.matchAll(/<path[^>]*\sd="([^"]*)"/g)) {
    for (const sub of d.split('M').filter(Boolean)) {
      const pts = sub.split('L').map((s) => s.trim().split(/\s+/).map(Number) as [number, number]);
      // Closed paths repeat their first point at the end.
      if (pts.length > 1 && pts[0][0] === pts.at(-1)![0] && pts[0][1] === pts.at(-1)![1]) pts.pop();
      rings.push(pts);
    }
  }
  return { width: attr('width'), height: attr('height'), viewBox: attr('viewBox').split(/\s+/).map(Number), rings };
}

function readDxf(text: string): { insunits: number; rings: Outline } {
  const lines = text.split(/\r?\n/);
  const pairs: [number, string][] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) pairs.push([Number(lines[i].trim()), lines[i + 1].trim()]);
  const unitsAt = pairs.findIndex(([c, v]) => c === 9 && v === '$INSUNITS');
  const rings: Outline = [];
  let ring: [number, number][] | undefined;
  let x = NaN;
  for (const [code, value] of pairs) {
    if (code === 0) {
      if (ring) rings.push(ring);
      ring = value === 'LWPOLYLINE' ? [] : undefined;
    } else if (ring && code === 10) x = Number(value);
    else if (ring && code === 20) ring.push([x, Number(value)]);
  }
  for (const r of rings) if (r.length > 1 && r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1]) r.pop();
  return { insunits: Number(pairs[unitsAt + 1][1]), rings };
}

const bboxMin = (o: Outline) => [Math.min(...o.flat().map((p) => p[0])), Math.min(...o.flat().map((p) => p[1]))];

describe('3MF', () => {
  it('is a zip with the 3D model part, in millimetres, one named object per part, as many triangles as the STL', async () => {
    const files = unzipSync(await write('3mf'));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', MODEL_PATH]));
    expect(strFromU8(files['_rels/.rels'])).toContain('Target="/3D/3dmodel.model"');
    const xml = strFromU8(files[MODEL_PATH]);
    expect(/<model[^>]*\sunit="millimeter"/.test(xml)).toBe(true);
    const names = [...xml.matchAll(/<object [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['bloc', 'cale']);
    const triangles = [...xml.matchAll(/<triangle /g)].length;
    expect(triangles).toBe(readBinaryStl(await write('stl')).count);
    expect([...xml.matchAll(/<item objectid=/g)].length).toBe(2);
  });

  it('references only vertices that exist, and each object is closed (every edge shared by two triangles)', async () => {
    const xml = strFromU8(unzipSync(await write('3mf'))[MODEL_PATH]);
    for (const obj of xml.split('<object ').slice(1)) {
      const nVerts = [...obj.matchAll(/<vertex /g)].length;
      const edges = new Map<string, number>();
      for (const [, a, b, c] of obj.matchAll(/<triangle v1="(\d+)" v2="(\d+)" v3="(\d+)"/g)) {
        const v = [a, b, c].map(Number);
        expect(Math.max(...v)).toBeLessThan(nVerts);
        for (let e = 0; e < 3; e++) {
          const [p, q] = [v[e], v[(e + 1) % 3]];
          const key = `${p}>${q}`;
          edges.set(key, (edges.get(key) ?? 0) + 1);
        }
      }
      for (const [key, n] of edges) {
        expect(n).toBe(1);
        const [p, q] = key.split('>');
        expect(edges.get(`${q}>${p}`)).toBe(1);
      }
    }
  });

  it('is byte-for-byte reproducible, so its SHA-256 is stable across builds', async () => {
    expect(await write('3mf')).toEqual(await write('3mf'));
  });
});

describe('SVG', () => {
  it('is in millimetres and parses back to the same outline within 0.01 mm', async () => {
    const text = new TextDecoder().decode(await write('svg'));
    const { width, height, viewBox, rings } = readSvg(text);
    const original = ctx.outlines[0].outline;
    const [minX, minY] = bboxMin(original);
    const maxY = Math.max(...original.flat().map((p) => p[1]));
    expect(width).toMatch(/^[\d.]+mm$/);
    expect(parseFloat(width)).toBeCloseTo(viewBox[2], 6);
    expect(parseFloat(height)).toBeCloseTo(viewBox[3], 6);
    // SVG's Y axis points down: the writer flips the drawing about its top edge.
    const back = rings.map((r) => r.map(([x, y]) => [x + minX, maxY - y] as [number, number]));
    expectSameOutline(original, back, 0.01);
    expect(text).toContain('stroke="#000"');
    expect(text).toContain('id="plaque"');
  });
});

describe('DXF', () => {
  it('declares millimetres and parses back to the same outline within 0.01 mm', async () => {
    const { insunits, rings } = readDxf(new TextDecoder().decode(await write('dxf')));
    expect(insunits).toBe(4);
    expectSameOutline(ctx.outlines[0].outline, rings, 0.01);
  });
});

describe('empty models', () => {
  it('refuses to write a 3MF without 3D parts or an SVG/DXF without outlines', async () => {
    const empty: ExportContext = { ...ctx, meshes: [], outlines: [] };
    for (const id of ['3mf', 'svg', 'dxf'] as const) await expect(write(id, empty)).rejects.toThrow(/no (3D part|2D outline)/);
  });
});
