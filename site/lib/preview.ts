import { deflateSync } from 'node:zlib';
import type { Mesh } from '../../designs/_kit/mesh';
import type { Outline } from '../../designs/_kit/kernel';
import type { Design, ParamSpecs } from '../../designs/_kit';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel } from '../../designs/_kit/export';

/**
 * Static catalogue thumbnails, made at build time from the same geometry the downloads hold:
 * solids are drawn by a small z-buffer rasteriser (flat shading, three-quarter view) into a
 * PNG, so a card needs no WebGL and no JavaScript; outlines become a small inline SVG.
 */

type V3 = [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** RGB pixels to a PNG file (8-bit truecolour, no filtering). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1);
  const header = new Uint8Array(13);
  const h = new DataView(header.buffer);
  h.setUint32(0, width);
  h.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

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

/** An SVG thumbnail of flat outlines (even-odd fill keeps holes open), y up as in the design. */
export function outlineThumbnail(outlines: Outline[], label: string): string {
  const pts = outlines.flat(2);
  const minX = Math.min(...pts.map((p) => p[0])), maxX = Math.max(...pts.map((p) => p[0]));
  const minY = Math.min(...pts.map((p) => p[1])), maxY = Math.max(...pts.map((p) => p[1]));
  const pad = 0.04 * Math.max(maxX - minX, maxY - minY);
  const r = (v: number) => Math.round(v * 10) / 10;
  const d = outlines
    .flat()
    .map((ring) => `M${ring.map(([x, y]) => `${r(x - minX + pad)} ${r(maxY - y + pad)}`).join('L')}Z`)
    .join('');
  const w = r(maxX - minX + 2 * pad), h = r(maxY - minY + 2 * pad);
  const escaped = label.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escaped}"><path d="${d}" fill="#cfe3ee" fill-rule="evenodd" stroke="#005a85" stroke-width="${r(Math.max(w, h) / 300)}"/></svg>`;
}

// --- Build-time thumbnails of the registry's designs, at their default values. ---

export type Thumbnail = { kind: 'png'; href: string; bytes: Uint8Array } | { kind: 'svg'; svg: string };

export const thumbnailsBase = '/apercus/';
const cache = new Map<string, Promise<Thumbnail>>();

async function makeThumbnail(design: Design<ParamSpecs>): Promise<Thumbnail> {
  const run = design.run({});
  if (!run.ok) throw new Error(`${design.slug}: defaults refused: ${run.errors.map((e) => e.message.en).join(' ')}`);
  const ctx = evaluateModel(await loadKernel(), design, run.values, run.model);
  if (ctx.meshes.length) return { kind: 'png', href: `${thumbnailsBase}${design.slug}.png`, bytes: meshThumbnail(ctx.meshes.map((m) => m.mesh)) };
  return { kind: 'svg', svg: outlineThumbnail(ctx.outlines.map((o) => o.outline), design.title.fr) };
}

/** The catalogue card image of a design; computed once per build. */
export function thumbnailOf(design: Design<ParamSpecs>): Promise<Thumbnail> {
  let p = cache.get(design.slug);
  if (!p) cache.set(design.slug, (p = makeThumbnail(design)));
  return p;
}
