import Module, { type ManifoldToplevel, type Manifold, type CrossSection } from 'manifold-3d';
import { geometries, type Geom3 } from './jscad';
import type { Mesh } from './mesh';
import { is2d, is3d, toShape, toSolid, type Model, type Shape, type Solid } from './model';
import type { Localized } from './params';

export type Kernel = ManifoldToplevel;
export type Outline = [number, number][][];
let loading: Promise<Kernel> | undefined;

/** Emscripten's hook to instantiate the WASM from a module compiled elsewhere. */
type InstantiateWasm = (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => object;

/**
 * Loads the manifold-3d WASM kernel once per process or worker. In the browser, pass either the
 * URL the bundler gave to manifold.wasm or that file already compiled (a page's design workers
 * compile it once and share it); in Node it is found beside the package.
 */
export function loadKernel(wasm?: string | WebAssembly.Module): Promise<Kernel> {
  const instantiateWasm: InstantiateWasm = (imports, done) => {
    void WebAssembly.instantiate(wasm as WebAssembly.Module, imports).then((instance) => done(instance, wasm as WebAssembly.Module));
    return {};
  };
  const config = typeof wasm === 'string' ? { locateFile: () => wasm } : wasm ? { instantiateWasm } : undefined;
  loading ??= Module(config as Parameters<typeof Module>[0]).then((k) => {
    k.setup();
    return k;
  });
  return loading;
}

/**
 * Where an evaluation spends its time, in ms, for `npm run bench`: JSCAD geometry turned into
 * the kernel's (conversions), Manifold's booleans and extrusions (lazy: most of their work is
 * done when the mesh is read), and the float32 weld. Filled only inside `profileKernel`.
 */
export interface KernelTimings {
  convert: number;
  boolean: number;
  weld: number;
}
let profile: KernelTimings | undefined;
/** Runs `fn`, adding the kernel's time per stage to `into`. */
export function profileKernel<T>(into: KernelTimings, fn: () => T): T {
  const outer = profile;
  profile = into;
  try {
    return fn();
  } finally {
    profile = outer;
  }
}
/** Runs `fn`, counting its time in the current profile's `stage` (and not in the enclosing one's). */
function timed<T>(stage: keyof KernelTimings, fn: () => T): T {
  if (!profile) return fn();
  const p = profile;
  const t0 = performance.now();
  const before = p.convert + p.boolean + p.weld;
  try {
    return fn();
  } finally {
    const inner = p.convert + p.boolean + p.weld - before;
    p[stage] += performance.now() - t0 - inner;
  }
}

/** WASM objects are freed by hand: temporaries are listed during an evaluation and deleted after it. */
type Arena = { delete(): void }[];
const keep = <T extends { delete(): void }>(arena: Arena, x: T) => (arena.push(x), x);

/**
 * Evaluated nodes are kept across evaluations, keyed by their content: a leaf by its
 * coordinates, a node by its operation, its numbers and its children's entries. A customizer
 * change then recomputes only the subtrees whose inputs changed (a new band height leaves the
 * pins, the plan outline and the web as they were), and a subtree used twice in one model (the
 * copies of a stack, identical pins) is computed once.
 * Every kept manifold is evaluated when it is made (Manifold's booleans are otherwise lazy and
 * regroup pending operations): the tree is then always computed node by node, the same way
 * whether a node comes from the cache or not, so a file does not depend on what was evaluated
 * before it (checked against the CLI by the tests).
 */
interface Entry {
  id: number;
  value: Manifold | CrossSection;
  /** False when the value is a child's (a subtraction without cutters): the child's entry frees it. */
  owned: boolean;
  used: number;
  /** The value's triangles, once the preview has read them (previewSolid). */
  mesh?: { positions: Float32Array; indices: Uint32Array; stride: number };
}
interface Cache {
  entries: Map<string, Entry>;
  nextId: number;
  generation: number;
}
/** Entries unused for this many evaluations are freed: enough for A → B → A with a model of two parts. */
const KEEP_GENERATIONS = 4;
const caches = new WeakMap<Kernel, Cache>();

interface Evaluation {
  k: Kernel;
  cache: Cache;
  arena: Arena;
  /** Entries of the nodes met in this evaluation: a shared subtree's key is made once. */
  seen: WeakMap<object, Entry>;
  /** The preview's pieces of the nodes met in this evaluation (previewSolid). */
  pieces: WeakMap<object, Entry[]>;
}

/** Numbers as keys: exact (a double's shortest round-trip text), and -0 kept apart from 0. */
const num = (v: number) => (v === 0 && 1 / v < 0 ? '-0' : String(v));
const nums = (values: ArrayLike<number>) => Array.from(values, num).join(',');

function entry(ev: Evaluation, node: object, key: string, compute: () => Manifold | CrossSection, children: Entry[] = []): Entry {
  let e = ev.cache.entries.get(key);
  if (!e) {
    const value = compute();
    e = { id: ev.cache.nextId++, value, owned: !children.some((c) => c.value === value), used: 0 };
    ev.cache.entries.set(key, e);
  }
  e.used = ev.cache.generation;
  ev.seen.set(node, e);
  return e;
}

const joinOf = (join: 'round' | 'miter' | 'square') => (join === 'round' ? 'Round' : join === 'miter' ? 'Miter' : 'Square');

/** A 2D shape's Manifold cross-section. */
function crossSectionOf(ev: Evaluation, s: Shape): CrossSection {
  return shapeEntry(ev, s).value as CrossSection;
}

function shapeEntry(ev: Evaluation, s: Shape): Entry {
  const { k, arena } = ev;
  const seen = ev.seen.get(s);
  if (seen) return seen;
  switch (s.op) {
    case 'polygon':
      return timed('convert', () => entry(ev, s, `p|${nums(s.points.flat())}`, () => new k.CrossSection([s.points], 'NonZero')));
    case 'shape':
      return timed('convert', () =>
        entry(ev, s, `g2|${nums(s.geom.transforms)}|${nums(s.geom.sides.flat(2))}`, () => {
          const outlines = geometries.geom2.toOutlines(s.geom).map((o) => o.map((v) => [v[0], v[1]] as [number, number]));
          return new k.CrossSection(outlines, 'NonZero');
        }),
      );
    case 'union2': {
      const children = s.children.map((c) => shapeEntry(ev, c));
      return timed('boolean', () => entry(ev, s, `u2|${children.map((c) => c.id)}`, () => k.CrossSection.union(children.map((c) => c.value as CrossSection)), children));
    }
    case 'subtract2': {
      const children = s.children.map((c) => shapeEntry(ev, c));
      return timed('boolean', () =>
        entry(ev, s, `s2|${children.map((c) => c.id)}`, () => {
          const [base, ...cutters] = children.map((c) => c.value as CrossSection);
          return cutters.length ? base.subtract(keep(arena, k.CrossSection.union(cutters))) : base;
        }, children),
      );
    }
    case 'offset': {
      const child = shapeEntry(ev, s.children[0]);
      return timed('boolean', () =>
        entry(ev, s, `o|${num(s.delta)}|${s.join}|${child.id}`, () => (child.value as CrossSection).offset(s.delta, joinOf(s.join), 2, 64)),
      );
    }
  }
}

/** JSCAD polygons (convex, planar) to a manifold, welding vertices that share exact coordinates. */
function fromGeom3(k: Kernel, geom: Geom3): Manifold {
  const index = new Map<string, number>();
  const verts: number[] = [];
  const tris: number[] = [];
  const vertexId = (v: ArrayLike<number>) => {
    const key = `${v[0]},${v[1]},${v[2]}`;
    let id = index.get(key);
    if (id === undefined) {
      id = verts.length / 3;
      index.set(key, id);
      verts.push(v[0], v[1], v[2]);
    }
    return id;
  };
  for (const polygon of geometries.geom3.toPolygons(geom)) {
    const ids = polygon.vertices.map(vertexId);
    for (let i = 1; i + 1 < ids.length; i++) {
      if (ids[0] !== ids[i] && ids[i] !== ids[i + 1] && ids[0] !== ids[i + 1]) tris.push(ids[0], ids[i], ids[i + 1]);
    }
  }
  const mesh = new k.Mesh({ numProp: 3, vertProperties: new Float32Array(verts), triVerts: new Uint32Array(tris) });
  mesh.merge();
  try {
    return new k.Manifold(mesh);
  } catch (e) {
    throw new Error(`A JSCAD solid is not closed (${(e as Error).message}); check the primitive or extrusion that made it.`);
  }
}

const geom3Key = (g: Geom3) => `g3|${nums(g.transforms)}|${g.polygons.map((p) => nums(p.vertices.flat())).join(';')}`;

/** Evaluates a manifold now rather than when its mesh is read (see the cache above). */
function evaluated(m: Manifold): Manifold {
  m.numTri();
  return m;
}

/** A solid's manifold. */
function manifoldOf(ev: Evaluation, s: Solid): Manifold {
  return solidEntry(ev, s).value as Manifold;
}

function solidEntry(ev: Evaluation, s: Solid): Entry {
  const { k, arena } = ev;
  const seen = ev.seen.get(s);
  if (seen) return seen;
  if (s.op === 'leaf') return timed('convert', () => entry(ev, s, geom3Key(s.geom), () => fromGeom3(k, s.geom)));
  if (s.op === 'extrude') {
    const shape = shapeEntry(ev, s.shape);
    return timed('boolean', () => entry(ev, s, `e|${num(s.height)}|${shape.id}`, () => evaluated(k.Manifold.extrude(shape.value as CrossSection, s.height))));
  }
  const children = s.children.map((c) => solidEntry(ev, c));
  const [first, ...rest] = children.map((c) => c.value as Manifold);
  const ids = children.map((c) => c.id).join(',');
  return timed('boolean', () => {
    switch (s.op) {
      case 'union':
        return entry(ev, s, `u|${ids}`, () => evaluated(k.Manifold.union([first, ...rest])), children);
      case 'subtract':
        return entry(ev, s, `s|${ids}`, () => (rest.length ? evaluated(first.subtract(keep(arena, k.Manifold.union(rest)))) : first), children);
      case 'translate':
        return entry(ev, s, `t|${nums(s.offset)}|${ids}`, () => evaluated(first.translate(s.offset)), children);
      case 'transform':
        return entry(ev, s, `m|${nums(s.matrix)}|${ids}`, () => evaluated(first.transform(s.matrix as Parameters<Manifold['transform']>[0])), children);
    }
  });
}

/**
 * The pieces a solid is drawn from in the preview: what a union joins stays apart, as separate
 * closed pieces that may overlap (OpenSCAD's preview does the same). Seen opaque and flat-shaded,
 * they look exactly like their union, and a change skips the costliest booleans: joining the
 * walls, the web and the pins. Everything else is exact: a cut applies to each piece it reaches
 * (A ∪ B) − C = (A − C) ∪ (B − C), and a move to each piece. The pieces are kept across changes
 * like any other node.
 */
function piecesOf(ev: Evaluation, s: Solid): Entry[] {
  const known = ev.pieces.get(s);
  if (known) return known;
  let pieces: Entry[];
  const node = {}; // the entries made here belong to no node of the tree
  switch (s.op) {
    case 'union':
      pieces = s.children.flatMap((c) => piecesOf(ev, c));
      break;
    case 'subtract': {
      const [base, ...cutters] = s.children;
      const entries = cutters.map((c) => solidEntry(ev, c));
      const cut = entries.length <= 1 ? entries[0] : timed('boolean', () => entry(ev, node, `u|${entries.map((c) => c.id)}`, () => evaluated(ev.k.Manifold.union(entries.map((c) => c.value as Manifold))), entries));
      pieces = piecesOf(ev, base).map((p) =>
        // Its own key: the exact subtraction (solidEntry) cuts with the cutters' union unevaluated, which Manifold may regroup.
        cut ? timed('boolean', () => entry(ev, node, `ps|${p.id},${cut.id}`, () => evaluated((p.value as Manifold).subtract(cut.value as Manifold)), [p, cut])) : p,
      );
      break;
    }
    case 'translate':
      pieces = piecesOf(ev, s.children[0]).map((p) => timed('boolean', () => entry(ev, node, `t|${nums(s.offset)}|${p.id}`, () => evaluated((p.value as Manifold).translate(s.offset)), [p])));
      break;
    case 'transform': {
      const matrix = s.matrix as Parameters<Manifold['transform']>[0];
      pieces = piecesOf(ev, s.children[0]).map((p) => timed('boolean', () => entry(ev, node, `m|${nums(s.matrix)}|${p.id}`, () => evaluated((p.value as Manifold).transform(matrix)), [p])));
      break;
    }
    default:
      pieces = [solidEntry(ev, s)];
  }
  ev.pieces.set(s, pieces);
  return pieces;
}

type PieceMesh = NonNullable<Entry['mesh']>;

/** The triangles of a solid's preview pieces (see piecesOf), each piece closed. */
function pieceMeshes(ev: Evaluation, solid: Solid): PieceMesh[] {
  return piecesOf(ev, solid).map((p) => {
    const m = p.value as Manifold;
    if (m.status() !== 'NoError') throw new Error(`The solid is not manifold (${m.status()}).`);
    // A kept piece keeps its triangles too: an unchanged pin costs nothing on the next change.
    return (p.mesh ??= timed('boolean', () => {
      const out = m.getMesh();
      return { positions: out.vertProperties, indices: out.triVerts, stride: out.numProp };
    }));
  });
}

/**
 * A solid as the preview draws it: its pieces' triangles in one mesh, neither welded nor put in
 * order. Never written to a file: files, triangle counts and material come from meshSolid.
 */
export function previewSolid(k: Kernel, solid: Solid): Mesh {
  return evaluate(k, (ev) => timed('weld', () => concatenate(pieceMeshes(ev, solid))));
}

/** The preview's pieces one by one, for the tests: together they must make the exact solid. */
export function previewPieces(k: Kernel, solid: Solid): Mesh[] {
  return evaluate(k, (ev) => pieceMeshes(ev, solid).map((m) => concatenate([m])));
}

/** Pieces' triangles in one mesh, positions as float32 x, y, z. */
function concatenate(meshes: PieceMesh[]): Mesh {
  const vertices = meshes.reduce((n, m) => n + m.positions.length / m.stride, 0);
  const positions = new Float32Array(3 * vertices);
  const indices = new Uint32Array(meshes.reduce((n, m) => n + m.indices.length, 0));
  let v = 0;
  let t = 0;
  for (const m of meshes) {
    const count = m.positions.length / m.stride;
    for (let i = 0; i < count; i++) positions.set(m.positions.subarray(i * m.stride, i * m.stride + 3), 3 * (v + i));
    for (let i = 0; i < m.indices.length; i++) indices[t + i] = m.indices[i] + v;
    v += count;
    t += m.indices.length;
  }
  if (t === 0) throw new Error('The solid is empty.');
  return { positions, indices };
}

/** One evaluation: its temporaries are freed after it, and entries no recent evaluation used. */
function evaluate<T>(k: Kernel, fn: (ev: Evaluation) => T): T {
  let cache = caches.get(k);
  if (!cache) caches.set(k, (cache = { entries: new Map(), nextId: 0, generation: 0 }));
  const ev: Evaluation = { k, cache, arena: [], seen: new WeakMap(), pieces: new WeakMap() };
  cache.generation++;
  try {
    return fn(ev);
  } finally {
    for (const x of ev.arena) x.delete();
    for (const [key, e] of cache.entries) {
      if (e.used > cache.generation - KEEP_GENERATIONS) continue;
      cache.entries.delete(key);
      if (e.owned) e.value.delete();
    }
  }
}

/** Evaluates a solid to a closed, manifold triangle mesh, or throws saying why it cannot. */
export function meshSolid(k: Kernel, solid: Solid): Mesh {
  return evaluate(k, (ev) => {
    const m = manifoldOf(ev, solid);
    const out = timed('boolean', () => m.getMesh());
    if (m.status() !== 'NoError') throw new Error(`The solid is not manifold (${m.status()}).`);
    if (out.numTri === 0) throw new Error('The solid is empty.');
    if (out.numProp !== 3) throw new Error(`Unexpected vertex layout (${out.numProp} properties).`);
    return timed('weld', () => weldFloat32(out.vertProperties, out.triVerts));
  });
}

/**
 * Files store 32-bit floats. The kernel works in doubles and may keep two vertices a few
 * nanometres apart (or split one at a property seam); once rounded they coincide. Weld
 * vertices by their float32 coordinates and drop the zero-area triangles this leaves, so
 * the mesh we hand out is exactly the mesh the file will hold.
 */
function weldFloat32(positions: ArrayLike<number>, triangles: ArrayLike<number>): Mesh {
  const rounded = Float32Array.from(positions);
  const bits = new Uint32Array(rounded.buffer);
  const ids = new Map<string, number>();
  const remap = new Uint32Array(rounded.length / 3);
  const welded: number[] = [];
  for (let v = 0; v < remap.length; v++) {
    const key = `${bits[3 * v]},${bits[3 * v + 1]},${bits[3 * v + 2]}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      welded.push(rounded[3 * v], rounded[3 * v + 1], rounded[3 * v + 2]);
    }
    remap[v] = id;
  }
  const indices: number[] = [];
  for (let i = 0; i < triangles.length; i += 3) {
    const a = remap[triangles[i]], b = remap[triangles[i + 1]], c = remap[triangles[i + 2]];
    if (a !== b && b !== c && a !== c) indices.push(a, b, c);
  }
  return canonicalOrder(Float32Array.from(welded), indices);
}

/**
 * Manifold orders its output by the ids it gives the meshes it combines, which depend on what
 * was evaluated before and on the cache above; the triangles themselves do not. Vertices are
 * put in coordinate order and triangles in the order of their vertices (each starting at its
 * smallest, keeping its winding), so a mesh, and its file, depend only on the values.
 */
function canonicalOrder(positions: Float32Array, indices: number[]): Mesh {
  const bits = new Uint32Array(positions.buffer);
  const byCoordinates = (a: number, b: number) => {
    for (let i = 0; i < 3; i++) if (positions[3 * a + i] !== positions[3 * b + i]) return positions[3 * a + i] - positions[3 * b + i];
    for (let i = 0; i < 3; i++) if (bits[3 * a + i] !== bits[3 * b + i]) return bits[3 * a + i] - bits[3 * b + i]; // -0 and 0
    return 0;
  };
  const vertices = Array.from({ length: positions.length / 3 }, (_, i) => i).sort(byCoordinates);
  const rank = new Uint32Array(vertices.length);
  const sorted = new Float32Array(positions.length);
  vertices.forEach((v, i) => ((rank[v] = i), sorted.set(positions.subarray(3 * v, 3 * v + 3), 3 * i)));
  const tris = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i += 3) {
    const [a, b, c] = [rank[indices[i]], rank[indices[i + 1]], rank[indices[i + 2]]];
    tris.set(a < b && a < c ? [a, b, c] : b < c ? [b, c, a] : [c, a, b], i);
  }
  const order = Array.from({ length: tris.length / 3 }, (_, i) => i).sort(
    (p, q) => tris[3 * p] - tris[3 * q] || tris[3 * p + 1] - tris[3 * q + 1] || tris[3 * p + 2] - tris[3 * q + 2],
  );
  const out = new Uint32Array(tris.length);
  order.forEach((t, i) => out.set(tris.subarray(3 * t, 3 * t + 3), 3 * i));
  return { positions: sorted, indices: out };
}

/** Evaluates a 2D shape to closed polygons (outer outlines counter-clockwise, holes clockwise). */
export function outlineOf(k: Kernel, shape: Shape): Outline {
  return evaluate(k, (ev) => {
    const cs = crossSectionOf(ev, shape);
    if (cs.isEmpty()) throw new Error('The outline is empty.');
    return cs.toPolygons().map((poly) => poly.map((v) => [v[0], v[1]] as [number, number]));
  });
}

export interface MeshedPart {
  name: string;
  label: Localized;
  mesh: Mesh;
}
export interface OutlinedPart {
  name: string;
  label: Localized;
  outline: Outline;
}

/** Meshes every 3D part of a model: exactly, or as the preview draws it (previewSolid). */
export function meshModel(k: Kernel, model: Model, { preview = false } = {}): MeshedPart[] {
  const mesh = preview ? previewSolid : meshSolid;
  return model.parts.filter(is3d).map((p) => ({ name: p.name, label: p.label, mesh: mesh(k, toSolid(p.solid)) }));
}

/** Evaluates every 2D part of a model to its outline. */
export function outlineModel(k: Kernel, model: Model): OutlinedPart[] {
  return model.parts.filter(is2d).map((p) => ({ name: p.name, label: p.label, outline: outlineOf(k, toShape(p.outline)) }));
}
