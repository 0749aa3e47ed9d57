/**
 * Reads a 3MF package back, independently of the writer (threemf.ts): the zip's parts, the
 * model's unit, and each object's triangles as stored, for the mesh checks (meshCheck.ts).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface ThreeMfObject {
  id: string;
  name: string;
  /** 9 coordinates per triangle, as the file gives them (mm when the unit is millimetre). */
  triangles: Float32Array;
}

export interface ThreeMfPackage {
  unit: string | undefined;
  objects: ThreeMfObject[];
  /** Object ids the build places, in order. */
  items: string[];
  /** Every part of the zip as text, by path. */
  files: Record<string, string>;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function readThreeMf(bytes: Uint8Array): ThreeMfPackage {
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
  const model = files['3D/3dmodel.model'];
  if (!model) throw new Error('3MF: no 3D/3dmodel.model');
  const unit = attr(/<model\b[^>]*>/.exec(model)?.[0] ?? '', 'unit');
  const objects: ThreeMfObject[] = [];
  for (const m of model.matchAll(/<object\b([^>]*)>([\s\S]*?)<\/object>/g)) {
    const vertices = [...m[2].matchAll(/<vertex\b([^>]*)\/>/g)].map((v) => ['x', 'y', 'z'].map((a) => Number(attr(v[1], a))));
    const tris = [...m[2].matchAll(/<triangle\b([^>]*)\/>/g)].map((t) => ['v1', 'v2', 'v3'].map((a) => Number(attr(t[1], a))));
    const triangles = new Float32Array(tris.length * 9);
    tris.forEach((t, i) => t.forEach((v, k) => triangles.set(vertices[v], i * 9 + k * 3)));
    objects.push({ id: attr(m[1], 'id') ?? '', name: attr(m[1], 'name') ?? '', triangles });
  }
  const items = [...model.matchAll(/<item\b([^>]*)\/>/g)].map((i) => attr(i[1], 'objectid') ?? '');
  return { unit, objects, items, files };
}

/** "; key = value" lines of PrusaSlicer's project configuration, as a map. */
export function readPrusaConfig(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^; (\w+) = (.*)$/gm)].map((m) => [m[1], m[2]]));
}
