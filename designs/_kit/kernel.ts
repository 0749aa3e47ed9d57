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

/** WASM objects are freed by hand: every one made during an evaluation is listed and deleted. */
type Arena = { delete(): void }[];
const keep = <T extends { delete(): void }>(arena: Arena, x: T) => (arena.push(x), x);

/** A 2D shape's Manifold cross-section. */
function crossSectionOf(k: Kernel, s: Shape, arena: Arena): CrossSection {
  switch (s.op) {
    case 'shape':
      return timed('convert', () => {
        const outlines = geometries.geom2.toOutlines(s.geom).map((o) => o.map((v) => [v[0], v[1]] as [number, number]));
        return keep(arena, new k.CrossSection(outlines, 'NonZero'));
      });
    case 'union2':
      return keep(arena, k.CrossSection.union(s.children.map((c) => crossSectionOf(k, c, arena))));
    case 'subtract2': {
      const [base, ...cutters] = s.children.map((c) => crossSectionOf(k, c, arena));
      return cutters.length ? keep(arena, base.subtract(keep(arena, k.CrossSection.union(cutters)))) : base;
    }
    case 'offset':
      return keep(arena, crossSectionOf(k, s.children[0], arena).offset(s.delta, s.join === 'round' ? 'Round' : s.join === 'miter' ? 'Miter' : 'Square', 2, 64));
  }
}

/** JSCAD polygons (convex, planar) to a manifold, welding vertices that share exact coordinates. */
function fromGeom3(k: Kernel, geom: Geom3, arena: Arena): Manifold {
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
    return keep(arena, new k.Manifold(mesh));
  } catch (e) {
    throw new Error(`A JSCAD solid is not closed (${(e as Error).message}); check the primitive or extrusion that made it.`);
  }
}

// A subtree used several times (the copies of a stack share one frame) is evaluated once per
// evaluation: its manifold stays alive in the arena until the evaluation ends.
const evaluated = new WeakMap<Arena, Map<Solid, Manifold>>();

/** A solid's manifold, built once per evaluation. */
function manifoldOf(k: Kernel, s: Solid, arena: Arena): Manifold {
  let seen = evaluated.get(arena);
  if (!seen) evaluated.set(arena, (seen = new Map()));
  let m = seen.get(s);
  if (!m) seen.set(s, (m = s.op === 'leaf' ? timed('convert', () => fromGeom3(k, s.geom, arena)) : timed('boolean', () => manifoldOfNode(k, s, arena))));
  return m;
}

/** One solid node's manifold, from its children's (through the cache above). */
function manifoldOfNode(k: Kernel, s: Solid, arena: Arena): Manifold {
  switch (s.op) {
    case 'leaf':
      return fromGeom3(k, s.geom, arena);
    case 'extrude':
      return keep(arena, k.Manifold.extrude(crossSectionOf(k, s.shape, arena), s.height));
    case 'union':
      return keep(arena, k.Manifold.union(s.children.map((c) => manifoldOf(k, c, arena))));
    case 'subtract': {
      const [base, ...cutters] = s.children.map((c) => manifoldOf(k, c, arena));
      return cutters.length ? keep(arena, base.subtract(keep(arena, k.Manifold.union(cutters)))) : base;
    }
    case 'translate':
      return keep(arena, manifoldOf(k, s.children[0], arena).translate(s.offset));
    case 'transform':
      return keep(arena, manifoldOf(k, s.children[0], arena).transform(s.matrix as Parameters<Manifold['transform']>[0]));
  }
}

function withArena<T>(fn: (arena: Arena) => T): T {
  const arena: Arena = [];
  try {
    return fn(arena);
  } finally {
    for (const x of arena) x.delete();
  }
}

/** Evaluates a solid to a closed, manifold triangle mesh, or throws saying why it cannot. */
export function meshSolid(k: Kernel, solid: Solid): Mesh {
  return withArena((arena) => {
    const m = manifoldOf(k, solid, arena);
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
  return { positions: Float32Array.from(welded), indices: Uint32Array.from(indices) };
}

/** Evaluates a 2D shape to closed polygons (outer outlines counter-clockwise, holes clockwise). */
export function outlineOf(k: Kernel, shape: Shape): Outline {
  return withArena((arena) => {
    const cs = timed('boolean', () => crossSectionOf(k, shape, arena));
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

/** Meshes every 3D part of a model. */
export function meshModel(k: Kernel, model: Model): MeshedPart[] {
  return model.parts.filter(is3d).map((p) => ({ name: p.name, label: p.label, mesh: meshSolid(k, toSolid(p.solid)) }));
}

/** Evaluates every 2D part of a model to its outline. */
export function outlineModel(k: Kernel, model: Model): OutlinedPart[] {
  return model.parts.filter(is2d).map((p) => ({ name: p.name, label: p.label, outline: outlineOf(k, toShape(p.outline)) }));
}
