/**
 * Independent checks on exported bytes: they read the file back rather than trusting the
 * kernel that wrote it.
 */

export interface StlTriangles {
  count: number;
  /** 9 floats per triangle, as stored in the file. */
  vertices: Float32Array;
}

/** Reads a binary STL; throws if the size does not match the declared triangle count. */
export function readBinaryStl(bytes: Uint8Array): StlTriangles {
  if (bytes.byteLength < 84) throw new Error(`STL too short (${bytes.byteLength} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(80, true);
  if (bytes.byteLength !== 84 + count * 50) {
    throw new Error(`STL declares ${count} triangles but holds ${(bytes.byteLength - 84) / 50}`);
  }
  const vertices = new Float32Array(count * 9);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 9; k++) vertices[i * 9 + k] = view.getFloat32(84 + i * 50 + 12 + k * 4, true);
  }
  return { count, vertices };
}

export interface EdgeReport {
  triangles: number;
  edges: number;
  /** Edges used by one triangle only (holes, cracks). */
  open: number;
  /** Edges used by more than two triangles. */
  nonManifold: number;
  /** Directed edges used twice: neighbouring triangles facing opposite ways. */
  misoriented: number;
  degenerate: number;
}

/**
 * Counts how triangles share edges, welding vertices by their exact stored coordinates.
 * A closed, consistently oriented manifold has every edge shared by exactly two triangles,
 * once in each direction.
 */
export function edgeReport(vertices: Float32Array): EdgeReport {
  const ids = new Map<string, number>();
  const id = (i: number) => {
    const key = `${vertices[i]},${vertices[i + 1]},${vertices[i + 2]}`;
    let v = ids.get(key);
    if (v === undefined) ids.set(key, (v = ids.size));
    return v;
  };
  const directed = new Map<string, number>();
  const undirected = new Map<string, number>();
  let degenerate = 0;
  const triangles = vertices.length / 9;
  for (let t = 0; t < triangles; t++) {
    const v = [id(t * 9), id(t * 9 + 3), id(t * 9 + 6)];
    if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2]) {
      degenerate++;
      continue;
    }
    for (let e = 0; e < 3; e++) {
      const a = v[e], b = v[(e + 1) % 3];
      const d = `${a}>${b}`;
      directed.set(d, (directed.get(d) ?? 0) + 1);
      const u = a < b ? `${a}-${b}` : `${b}-${a}`;
      undirected.set(u, (undirected.get(u) ?? 0) + 1);
    }
  }
  let open = 0, nonManifold = 0, misoriented = 0;
  for (const n of undirected.values()) {
    if (n === 1) open++;
    else if (n > 2) nonManifold++;
  }
  for (const n of directed.values()) if (n > 1) misoriented++;
  return { triangles, edges: undirected.size, open, nonManifold, misoriented, degenerate };
}

export const isClosedManifold = (r: EdgeReport) =>
  r.triangles > 0 && r.open === 0 && r.nonManifold === 0 && r.misoriented === 0 && r.degenerate === 0;
