/** An indexed triangle mesh, as the kernel returns it and the exporters and viewer take it. */
export interface Mesh {
  /** x, y, z per vertex, in mm. */
  positions: Float32Array;
  /** Three vertex indices per triangle, counter-clockwise seen from outside. */
  indices: Uint32Array;
}

export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

export const triangleCount = (m: Mesh) => m.indices.length / 3;

export function boundingBox(meshes: Mesh[]): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const { positions } of meshes) {
    for (let i = 0; i < positions.length; i += 3) {
      for (let a = 0; a < 3; a++) {
        min[a] = Math.min(min[a], positions[i + a]);
        max[a] = Math.max(max[a], positions[i + a]);
      }
    }
  }
  return { min, max };
}

export const sizeOf = (b: Box) => b.max.map((v, i) => v - b.min[i]) as [number, number, number];

/** Signed volume in mm³ (divergence theorem); positive for an outward-facing closed mesh. */
export function volume({ positions: p, indices: t }: Mesh): number {
  let v = 0;
  for (let i = 0; i < t.length; i += 3) {
    const a = t[i] * 3, b = t[i + 1] * 3, c = t[i + 2] * 3;
    v += p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1])
      - p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c])
      + p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
  }
  return v / 6;
}

/** Joins several meshes into one (for a single-object export such as STL). */
export function mergeMeshes(meshes: Mesh[]): Mesh {
  const nPos = meshes.reduce((n, m) => n + m.positions.length, 0);
  const nIdx = meshes.reduce((n, m) => n + m.indices.length, 0);
  const positions = new Float32Array(nPos);
  const indices = new Uint32Array(nIdx);
  let p = 0, i = 0;
  for (const m of meshes) {
    positions.set(m.positions, p);
    for (let k = 0; k < m.indices.length; k++) indices[i + k] = m.indices[k] + p / 3;
    p += m.positions.length;
    i += m.indices.length;
  }
  return { positions, indices };
}
