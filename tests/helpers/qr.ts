// Reads a QR code drawn in a PDF back, independently of the code that drew it: the module
// rectangles (readBack.ts) are rasterised and decoded by jsQR.
import jsQR from 'jsqr';
import type { ReadPath } from '../../designs/_kit/pdf/readBack';

/** Rasterises the QR modules drawn in one label (rectangles, mm) and decodes them with jsQR. */
export function decodeQr(paths: ReadPath[]): string | undefined {
  const xs = paths.flatMap((p) => p.page.map(([x]) => x));
  const ys = paths.flatMap((p) => p.page.map(([, y]) => y));
  const [x0, y1] = [Math.min(...xs), Math.max(...ys)];
  const side = Math.max(...xs) - x0;
  const scale = 8; // pixels per mm
  const quiet = 8 * scale;
  const n = Math.round(side * scale) + 2 * quiet;
  const rgba = new Uint8ClampedArray(n * n * 4).fill(255);
  for (const p of paths) {
    const px = p.page.map(([x, y]) => [Math.round((x - x0) * scale) + quiet, Math.round((y1 - y) * scale) + quiet]);
    const [ax, bx] = [Math.min(...px.map((q) => q[0])), Math.max(...px.map((q) => q[0]))];
    const [ay, by] = [Math.min(...px.map((q) => q[1])), Math.max(...px.map((q) => q[1]))];
    for (let y = ay; y < by; y++) for (let x = ax; x < bx; x++) rgba.fill(0, (y * n + x) * 4, (y * n + x) * 4 + 3);
  }
  return jsQR(rgba, n, n)?.data;
}
