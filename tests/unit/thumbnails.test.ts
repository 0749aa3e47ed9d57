// Catalogue thumbnails: a valid PNG drawn from the mesh, and an SVG of the outline.
import { describe, it, expect, beforeAll } from 'vitest';
import { inflateSync } from 'node:zlib';
import { primitives } from '../../designs/_kit/jscad';
import { loadKernel, meshSolid, type Kernel } from '../../designs/_kit/kernel';
import { toSolid } from '../../designs/_kit/model';
import { encodePng } from '../../site/lib/thumbnails/png';
import { renderMeshes, meshThumbnail } from '../../site/lib/thumbnails/raster';
import { outlineThumbnail } from '../../site/lib/thumbnails/outlineSvg';

let k: Kernel;
beforeAll(async () => {
  k = await loadKernel();
});

/** CRC-32 as the PNG specification gives it (bitwise), to check each chunk independently of the writer. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Minimal PNG reader, independent of the writer: signature, chunk checksums, header, inflated pixel rows. */
function readPng(bytes: Uint8Array) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let at = 8;
  const chunks: Record<string, Uint8Array> = {};
  while (at < bytes.length) {
    const len = view.getUint32(at);
    const type = new TextDecoder().decode(bytes.subarray(at + 4, at + 8));
    chunks[type] = bytes.subarray(at + 8, at + 8 + len);
    expect(view.getUint32(at + 8 + len), `${type} checksum`).toBe(crc32(bytes.subarray(at + 4, at + 8 + len)));
    at += 12 + len;
  }
  const h = new DataView(chunks.IHDR.buffer, chunks.IHDR.byteOffset);
  const width = h.getUint32(0), height = h.getUint32(4);
  const raw = inflateSync(chunks.IDAT);
  expect(raw.length).toBe(height * (1 + 3 * width));
  return { width, height, pixel: (x: number, y: number) => [...raw.subarray(y * (1 + 3 * width) + 1 + 3 * x, y * (1 + 3 * width) + 4 + 3 * x)] };
}

describe('catalogue thumbnails', () => {
  it('encodes pixels as a PNG that decodes back to the same pixels', () => {
    const rgb = new Uint8Array(4 * 3 * 3).map((_, i) => (i * 37) % 256);
    const png = readPng(encodePng(4, 3, rgb));
    expect([png.width, png.height]).toEqual([4, 3]);
    expect(png.pixel(2, 1)).toEqual([...rgb.subarray((1 * 4 + 2) * 3, (1 * 4 + 2) * 3 + 3)]);
  });

  it('draws the part in the middle of the picture and leaves the corners as background', () => {
    const cube = meshSolid(k, toSolid(primitives.cuboid({ size: [40, 40, 40] })));
    const png = readPng(meshThumbnail([cube], 120, 80));
    const background = [238, 242, 245];
    expect(png.pixel(0, 0)).toEqual(background);
    expect(png.pixel(119, 79)).toEqual(background);
    expect(png.pixel(60, 40)).not.toEqual(background);
    // Shading tells the faces apart: the three faces a corner view shows do not share one shade.
    const rgb = renderMeshes([cube], 120, 80);
    const shades = new Set<string>();
    for (let i = 0; i < rgb.length; i += 3) shades.add(`${rgb[i]},${rgb[i + 1]},${rgb[i + 2]}`);
    shades.delete(background.join(','));
    expect(shades.size).toBeGreaterThanOrEqual(3);
  });

  it('outlines keep their holes (even-odd) and carry a label', () => {
    const svg = outlineThumbnail([[[[0, 0], [10, 0], [10, 10], [0, 10]], [[2, 2], [2, 4], [4, 4], [4, 2]]]], 'Plaque <1>');
    expect(svg).toContain('fill-rule="evenodd"');
    expect(svg.match(/M/g)).toHaveLength(2);
    expect(svg).toContain('aria-label="Plaque &#60;1&#62;"');
  });
});
