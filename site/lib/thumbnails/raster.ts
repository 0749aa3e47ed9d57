// A small z-buffer rasteriser for catalogue cards: flat shading, three-quarter view, so a
// card shows the solid with no WebGL and no JavaScript.
import type { Mesh } from '../../../designs/_kit/mesh';
import { encodePng } from './png';

type V3 = [number, number, number];

const BACKGROUND: V3 = [238, 242, 245];
const BASE: V3 = [0, 110, 160];

/** Rasterises meshes seen from the front-right and above; returns RGB pixels. */
export function renderMeshes(meshes: Mesh[], width: number, height: number): Uint8Array {
  // View: turn 35° about Z, then tilt 55° about X (looking down on the part lying on the bed).
  const yaw = (-35 * Math.PI) / 180, tilt = (-55 * Math.PI) / 180;
  const view = (x: number, y: number, z: number): V3 => {
    const x1 = x * Math.cos(yaw) - y * Math.sin(yaw);
    const y1 = x * Math.sin(yaw) + y * Math.cos(yaw);
    return [x1, y1 * Math.cos(tilt) - z * Math.sin(tilt), y1 * Math.sin(tilt) + z * Math.cos(tilt)];
  };
  const projected = meshes.map((m) => {
    const out = new Float64Array(m.positions.length);
    for (let i = 0; i < m.positions.length; i += 3) out.set(view(m.positions[i], m.positions[i + 1], m.positions[i + 2]), i);
    return out;
  });
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of projected) {
    for (let i = 0; i < p.length; i += 3) {
      minX = Math.min(minX, p[i]), maxX = Math.max(maxX, p[i]);
      minY = Math.min(minY, p[i + 1]), maxY = Math.max(maxY, p[i + 1]);
    }
  }
  const margin = 0.06;
  const scale = Math.min((width * (1 - 2 * margin)) / (maxX - minX || 1), (height * (1 - 2 * margin)) / (maxY - minY || 1));
  const ox = (width - (maxX - minX) * scale) / 2, oy = (height - (maxY - minY) * scale) / 2;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(BACKGROUND, i * 3);
  const depth = new Float64Array(width * height).fill(-Infinity);
  const light = (() => {
    const l: V3 = [-0.4, 0.5, 0.75];
    const n = Math.hypot(...l);
    return l.map((v) => v / n) as V3;
  })();
  meshes.forEach((m, mi) => {
    const p = projected[mi];
    const t = m.indices;
    for (let f = 0; f < t.length; f += 3) {
      const a = t[f] * 3, b = t[f + 1] * 3, c = t[f + 2] * 3;
      // Screen coordinates: y down.
      const sx = [a, b, c].map((i) => ox + (p[i] - minX) * scale);
      const sy = [a, b, c].map((i) => height - (oy + (p[i + 1] - minY) * scale));
      const sz = [p[a + 2], p[b + 2], p[c + 2]];
      const ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
      const vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
      let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
      const len = Math.hypot(nx, ny, nz) || 1;
      (nx /= len), (ny /= len), (nz /= len);
      if (nz <= 0) continue; // facing away
      const shade = 0.35 + 0.65 * Math.max(0, nx * light[0] + ny * light[1] + nz * light[2]);
      const colour = BASE.map((v) => Math.min(255, Math.round(v * shade + 90 * (1 - shade) * 0.3 + 60 * shade))) as V3;
      const x0 = Math.max(0, Math.floor(Math.min(...sx))), x1 = Math.min(width - 1, Math.ceil(Math.max(...sx)));
      const y0 = Math.max(0, Math.floor(Math.min(...sy))), y1 = Math.min(height - 1, Math.ceil(Math.max(...sy)));
      const area = (sx[1] - sx[0]) * (sy[2] - sy[0]) - (sx[2] - sx[0]) * (sy[1] - sy[0]);
      if (area === 0) continue;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const px = x + 0.5, py = y + 0.5;
          const w0 = ((sx[1] - px) * (sy[2] - py) - (sx[2] - px) * (sy[1] - py)) / area;
          const w1 = ((sx[2] - px) * (sy[0] - py) - (sx[0] - px) * (sy[2] - py)) / area;
          const w2 = 1 - w0 - w1;
          if (w0 < 0 || w1 < 0 || w2 < 0) continue;
          const z = w0 * sz[0] + w1 * sz[1] + w2 * sz[2];
          const k = y * width + x;
          if (z <= depth[k]) continue;
          depth[k] = z;
          rgb.set(colour, k * 3);
        }
      }
    }
  });
  return rgb;
}

/** A PNG thumbnail of the meshes. */
export const meshThumbnail = (meshes: Mesh[], width = 480, height = 320) => encodePng(width, height, renderMeshes(meshes, width, height));
