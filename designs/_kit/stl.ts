import { geometries } from './jscad';
import type { Mesh } from './mesh';

/** A triangle mesh as a JSCAD geometry, so JSCAD's serializers (3MF) can write it. */
export function meshToGeom3({ positions: p, indices: t }: Mesh) {
  const polygons = [];
  for (let i = 0; i < t.length; i += 3) {
    const v = (k: number) => [p[t[i + k] * 3], p[t[i + k] * 3 + 1], p[t[i + k] * 3 + 2]] as [number, number, number];
    polygons.push(geometries.poly3.create([v(0), v(1), v(2)]));
  }
  return geometries.geom3.create(polygons);
}

const HEADER = 'Usinette binary STL, units: mm';

/**
 * Binary STL (the format every slicer reads), written straight from the indexed meshes;
 * several parts are written as one body. Going through @jscad/stl-serializer would first
 * rebuild a JSCAD geometry, which cost ~50 ms for a visor (see README, benchmark).
 */
export function toStl(meshes: Mesh[]): Uint8Array {
  const count = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
  const bytes = new Uint8Array(84 + count * 50);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < HEADER.length; i++) bytes[i] = HEADER.charCodeAt(i);
  view.setUint32(80, count, true);
  let at = 84;
  for (const { positions: p, indices: t } of meshes) {
    for (let i = 0; i < t.length; i += 3) {
      const a = t[i] * 3, b = t[i + 1] * 3, c = t[i + 2] * 3;
      // Facet normal from the winding (slicers recompute it, but some viewers read it).
      const ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
      const vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
      let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
      const len = Math.hypot(nx, ny, nz) || 1;
      nx /= len; ny /= len; nz /= len;
      view.setFloat32(at, nx, true);
      view.setFloat32(at + 4, ny, true);
      view.setFloat32(at + 8, nz, true);
      at += 12;
      for (const v of [a, b, c]) {
        view.setFloat32(at, p[v], true);
        view.setFloat32(at + 4, p[v + 1], true);
        view.setFloat32(at + 8, p[v + 2], true);
        at += 12;
      }
      at += 2; // attribute byte count
    }
  }
  return bytes;
}
