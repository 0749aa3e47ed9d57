import { geometries } from './jscad';
import { serialize } from '@jscad/stl-serializer';
import { mergeMeshes, type Mesh } from './mesh';

/** A triangle mesh as a JSCAD geometry, so JSCAD's serializers can write it. */
export function meshToGeom3({ positions: p, indices: t }: Mesh) {
  const polygons = [];
  for (let i = 0; i < t.length; i += 3) {
    const v = (k: number) => [p[t[i + k] * 3], p[t[i + k] * 3 + 1], p[t[i + k] * 3 + 2]] as [number, number, number];
    polygons.push(geometries.poly3.create([v(0), v(1), v(2)]));
  }
  return geometries.geom3.create(polygons);
}

/** Binary STL (the format every slicer reads); several parts are written as one body. */
export function toStl(meshes: Mesh[]): Uint8Array {
  const chunks = serialize({ binary: true }, meshToGeom3(mergeMeshes(meshes))) as ArrayBuffer[];
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(new Uint8Array(c), at);
    at += c.byteLength;
  }
  return out;
}
