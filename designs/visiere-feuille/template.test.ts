import { describe, it, expect, beforeAll } from 'vitest';
import sheet from './design';
import { SHEET_FORMATS } from '../sheet-formats';
import { loadKernel, type Kernel } from '../_kit/kernel';
import { evaluateModel, formatOf } from '../_kit/export';
import { readPdf } from '../_kit/pdf/readBack';

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

async function template(format: 'gabarit-a4' | 'gabarit-letter', input: Record<string, unknown>) {
  const run = sheet.run(input);
  if (!run.ok) throw new Error(run.errors.map((e) => e.message.en).join(' '));
  const ctx = evaluateModel(kernel, sheet, run.values, run.model);
  return readPdf(await formatOf(format).write(ctx));
}

const dist = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('punching template PDF', () => {
  it.each([
    ['gabarit-a4', 210, 297, 'a4-4'],
    ['gabarit-letter', 215.9, 279.4, 'letter-3'],
    ['gabarit-a4', 210, 297, 'a4-2'],
  ] as const)('%s: exact page size, 50 mm calibration square, holes at the format pitch (%s)', async (format, w, h, pattern) => {
    const pages = await template(format, { sheetPattern: pattern });
    for (const p of pages) {
      expect(Math.abs(p.widthMm - w)).toBeLessThan(0.01);
      expect(Math.abs(p.heightMm - h)).toBeLessThan(0.01);
    }
    const square = pages[0].paths.find((p) => p.tag === 'calib-50mm')!.page;
    for (let i = 0; i < 4; i++) expect(Math.abs(dist(square[i], square[(i + 1) % 4]) - 50)).toBeLessThan(0.1);
    expect(pages[0].texts.map((t) => t.text).join(' ')).toMatch(/IMPRIMER À 100 %|PRINT AT 100 %/);

    // Each hole is marked by a cross whose two arms meet at its centre. On every printed page
    // (scale 1), two crosses are as far apart as the holes of the format.
    const f = SHEET_FORMATS[pattern];
    const expected = f.holes.flatMap((a, i) => f.holes.slice(i + 1).map((b) => Math.abs(b - a)));
    let measured = 0;
    const seen = new Set<number>();
    for (const page of pages.slice(1)) {
      const arms = page.paths.filter((p) => p.tag === 'hole-feuille');
      const centres = arms
        .filter((a) => a.page[0][1] === a.page[1][1])
        .map((a) => [(a.page[0][0] + a.page[1][0]) / 2, a.page[0][1]] as [number, number]);
      // Local coordinates identify a hole across pages (the overlap repeats it).
      arms.filter((a) => a.local[0][1] === a.local[1][1]).forEach((a) => seen.add(Math.round((a.local[0][0] + a.local[1][0]) / 2)));
      for (let i = 0; i < centres.length; i++) {
        for (let j = i + 1; j < centres.length; j++) {
          const d = dist(centres[i], centres[j]);
          expect(expected.some((e) => Math.abs(e - d) < 0.1), `cross distance ${d}`).toBe(true);
          measured++;
        }
      }
    }
    expect(seen.size).toBe(f.holes.length);
    if (pattern !== 'a4-2') expect(measured).toBeGreaterThan(0);
  });
});
