import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { loadKernel, outlineOf } from '../kernel';
import { evaluateModel, formatOf } from '../export';
import { readPdf } from '../pdf/readBack';
import { boxOfPoints, textBox, type Item, type Pt } from '../pdf/drawing';
import { designs } from '../../index';
import blouse from '../../surblouse/design';
import cap from '../../charlotte/design';
import { isPattern, sizeKey, type PatternDesign } from './define';
import { chartCm, chartItems } from './chart';
import { cuttingRows, cuttingTableBlocks, DIAGRAM_SCALES } from './cutting';
import { dimensions, measuredCut, measuredShape } from './measure';
import { cutShape } from './piece';
import type { NumberSpec } from '../params';

const patterns: PatternDesign[] = designs.filter(isPattern);
const only = (d: PatternDesign, size: string) => Object.fromEntries(Object.keys(d.pattern.sizes).map((s) => [sizeKey(s), s === size]));

async function pdfOf(d: PatternDesign, format: 'pdf-a4' | 'pdf-letter' | 'pdf-a0' | 'pdf-projector', input: Record<string, unknown>) {
  const k = await loadKernel();
  const run = d.run(input);
  if (!run.ok) throw new Error('must run');
  return readPdf(await formatOf(format).write(evaluateModel(k, d, run.values, run.model)));
}

describe('size charts', () => {
  it.each(patterns.map((d) => [d.slug, d] as const))('%s: a value for every size, each figure sourced or a drafting choice, lengths never shrinking with the size', (_, d) => {
    const chart = d.pattern.chart(d.defaults);
    const ids = Object.keys(d.pattern.sizes);
    expect(chart.body.length).toBeGreaterThan(0);
    expect(chart.finished.length).toBeGreaterThan(0);
    let grows = false;
    for (const row of [...chart.body, ...chart.finished]) {
      expect(Object.keys(row.values).sort(), row.label.en).toEqual([...ids].sort());
      if (row.origin !== 'drafting') expect(row.origin.source.fr.length * row.origin.source.en.length).toBeGreaterThan(0);
      const numbers = ids.map((s) => row.values[s]);
      if (!numbers.every((v) => typeof v === 'number')) continue;
      for (let i = 1; i < numbers.length; i++) expect(numbers[i] as number, `${row.label.en}, ${ids[i]}`).toBeGreaterThanOrEqual(numbers[i - 1] as number);
      grows ||= (numbers[numbers.length - 1] as number) > (numbers[0] as number);
    }
    expect(grows, 'some measurement grows with the size').toBe(true);
  });

  it('the gown chart is the pattern: its length and round are the body piece, its slit the piece’s slit', () => {
    const chart = blouse.pattern.chart(blouse.defaults);
    const row = (en: string) => chart.finished.find((r) => r.label.en === en)!;
    for (const s of Object.keys(blouse.pattern.sizes)) {
      const body = boxOfPoints(blouse.pattern.pieces(blouse.defaults, s).find((p) => p.name === 'corps')!.seam);
      expect(row('Length, shoulder to hem').values[s]).toBe(body.maxY - body.minY);
      expect(row('Round, back closed').values[s]).toBe(2 * (body.maxX - body.minX));
      expect(row('Length asked for, at least').values[s]).toBeLessThanOrEqual(body.maxY - body.minY);
    }
  });

  it('the cap chart follows the casing: the cut circle grows with it, the finished one does not', () => {
    const at = (allowance: number) => cap.pattern.chart({ ...cap.defaults, allowance }).finished.map((r) => r.values.adult);
    const [cut10, , folded10] = at(10);
    const [cut25, casing25, folded25] = at(25);
    expect((cut25 as number) - (cut10 as number)).toBeCloseTo(30, 9);
    expect(folded25).toBe(folded10);
    expect(casing25).toBe(25);
    // The cut circle is the kernel's: twice the cut outline's reach from the fold.
    const piece = cap.pattern.pieces({ ...cap.defaults, allowance: 25 }, 'adult')[0];
    const b = boxOfPoints(piece.seam);
    expect(cut25 as number).toBeCloseTo(2 * (b.maxX - b.minX + 25), 6);
  });

  it.each(patterns.flatMap((d) => d.formats.filter((f) => f.startsWith('pdf')).map((f) => [d.slug, f, d] as const)))('%s %s: the first page carries the whole chart, every size', async (_, format, d) => {
    const [first] = await pdfOf(d, format as 'pdf-a4', {});
    const texts = first.texts.filter((t) => t.tag === 'chart' || t.tag === 'chart-head').map((t) => t.text);
    const chart = d.pattern.chart(d.defaults);
    // As Helvetica's encoding prints them.
    const printed = (t: string) => t.replace(/’/g, "'").replace(/–/g, '-');
    for (const row of [...chart.body, ...chart.finished]) {
      expect(texts, row.label.fr).toContain(printed(row.label.fr));
      for (const v of Object.values(row.values)) expect(texts).toContain(printed(typeof v === 'number' ? chartCm(v, 'fr') : v.fr));
    }
  });

  it.each(patterns.map((d) => [d.slug, d] as const))('%s: the chart and the cutting table stay within the page width', (_, d) => {
    const width = 194;
    const inside = (items: Item[]) => {
      for (const it of items) if (it.kind === 'text') expect(textBox(it).maxX, it.text).toBeLessThanOrEqual(8 + width + 1e-6);
    };
    inside(chartItems(d.pattern.chart(d.defaults), d.pattern.sizes, [8, 280], width).items);
    for (const block of cuttingTableBlocks(d.pattern.sheet(d.defaults), (s) => s)) inside(block([8, 280], width).items);
  });
});

describe('cut by measure', () => {
  it('rectangles, symmetric trapezoids and half circles on the fold are measured; other curves are traced', () => {
    const kinds = (d: PatternDesign) => d.pattern.pieces(d.defaults, Object.keys(d.pattern.sizes)[0]).map((p) => measuredShape(p)?.kind ?? 'shaped');
    expect(kinds(blouse)).toEqual(['rect', 'trapezoid', 'rect', 'rect']);
    expect(kinds(cap)).toEqual(['disc']);
    const [circle] = cap.pattern.pieces(cap.defaults, 'adult');
    expect(measuredShape({ ...circle, seam: circle.seam.map(([x, y], i) => [i === 9 ? x + 2 : x, y] as Pt) })).toBeUndefined();
    const [sleeve] = blouse.pattern.pieces(blouse.defaults, 'M').filter((p) => p.name === 'manche');
    expect(measuredShape({ ...sleeve, seam: sleeve.seam.map(([x, y], i) => [i === 2 ? x + 5 : x, y] as Pt) })).toBeUndefined();
  });

  it.each(patterns.map((d) => [d.slug, d] as const))('%s: every dimension as cut is the seam dimension plus the allowance, and the kernel’s cut line lies inside the chalked one', async (_, d) => {
    const k = await loadKernel();
    const bounds = d.params.allowance as NumberSpec;
    for (const allowance of [bounds.min, bounds.default, bounds.max]) {
      const values = { ...d.defaults, allowance };
      for (const size of Object.keys(d.pattern.sizes)) {
        for (const piece of d.pattern.pieces(values, size)) {
          const shape = measuredShape(piece);
          if (!shape) continue;
          const dims = new Map(dimensions(piece, shape, allowance).map((x) => [x.letter, x]));
          const seam = boxOfPoints(piece.seam);
          const kernel = boxOfPoints(outlineOf(k, cutShape(piece, allowance)).flat() as Pt[]);
          const where = `${size} ${piece.name} at ${allowance} mm`;
          if (shape.kind === 'disc') {
            // A half circle on the fold: the radius from the fold's middle, plus the allowance.
            expect(dims.get('A')!.seam, where).toBeCloseTo(seam.maxX - seam.minX, 9);
            // (The kernel's round joins are polygons a few thousandths of a millimetre inside the circle.)
            expect(dims.get('A')!.cut, where).toBeCloseTo(kernel.maxX - kernel.minX, 1);
            expect(dims.get('A')!.cut, where).toBeCloseTo((kernel.maxY - kernel.minY) / 2, 1);
          } else if (shape.kind === 'rect') {
            // The bounding box of the seam line plus the allowance, except along the fold: the kernel's box.
            expect(dims.get('A')!.seam, where).toBeCloseTo(seam.maxX - seam.minX, 9);
            expect(dims.get('B')!.seam, where).toBeCloseTo(seam.maxY - seam.minY, 9);
            expect(dims.get('A')!.cut, where).toBeCloseTo(kernel.maxX - kernel.minX, 2);
            expect(dims.get('B')!.cut, where).toBeCloseTo(kernel.maxY - kernel.minY, 2);
          } else {
            // Height: box plus allowance. Top and bottom: each slanted side moved out by the allowance, by hand.
            const { top, bottom, height } = shape;
            const d0 = (top - bottom) / 2;
            const slant = Math.hypot(d0, height);
            expect(dims.get('C')!.cut, where).toBeCloseTo(kernel.maxY - kernel.minY, 2);
            expect(dims.get('C')!.cut, where).toBeCloseTo(height + 2 * allowance, 9);
            expect(dims.get('A')!.cut, where).toBeCloseTo(top + (2 * allowance * (slant + d0)) / height, 9);
            expect(dims.get('B')!.cut, where).toBeCloseTo(bottom + (2 * allowance * (slant - d0)) / height, 9);
          }
          // Chalking the measured line never cuts into the allowance the kernel keeps.
          const chalk = measuredCut(piece, allowance);
          for (const p of outlineOf(k, cutShape(piece, allowance)).flat() as Pt[]) expect(insideConvex(p, chalk, 1e-3), `${where}: ${p}`).toBe(true);
        }
      }
    }
  });

  it.each(patterns.flatMap((d) => (['pdf-a4', 'pdf-letter'] as const).filter((f) => d.formats.includes(f)).map((f) => [d.slug, f, d] as const)))('%s %s: the cutting diagram is to scale, read back from the file', async (_, format, d) => {
    const sizes = Object.keys(d.pattern.sizes);
    const largest = sizes[sizes.length - 1];
    const rows = cuttingRows(d.pattern.sheet({ ...d.defaults, ...only(d, largest) }));
    const pages = await pdfOf(d, format, {});
    const diagram = pages.filter((p) => p.paths.some((x) => x.tag === 'diagram-scale'));
    if (rows.length === 0) {
      expect(diagram).toHaveLength(0);
      return;
    }
    expect(diagram).toHaveLength(1);
    const bar = boxOfPoints(diagram[0].paths.find((x) => x.tag === 'diagram-scale')!.page);
    // The bar is 10 cm of fabric: its printed length is the scale.
    const scale = (bar.maxX - bar.minX) / 100;
    expect(DIAGRAM_SCALES.some((s) => Math.abs(s - scale) < 1e-4), `scale ${scale}`).toBe(true);
    for (const r of rows) {
      const drawn = boxOfPoints(diagram[0].paths.find((x) => x.tag === `diagram-cut:${r.size}--${r.piece.name}`)!.page);
      const [w, h] = r.shape.kind === 'disc' ? [r.dims[0].cut, 2 * r.dims[0].cut] : r.shape.kind === 'rect' ? [r.dims[0].cut, r.dims[1].cut] : [Math.max(r.dims[0].cut, r.dims[1].cut), r.dims[2].cut];
      expect(Math.abs(drawn.maxX - drawn.minX - w * scale), r.piece.name).toBeLessThan(0.1);
      expect(Math.abs(drawn.maxY - drawn.minY - h * scale), r.piece.name).toBeLessThan(0.1);
      expect(drawn.minX).toBeGreaterThan(0);
      expect(drawn.maxX).toBeLessThan(diagram[0].widthMm);
    }
    // Every size's dimensions are in the table, as cut.
    const table = pages.flatMap((p) => p.texts.filter((t) => t.tag === 'cut-table').map((t) => t.text));
    for (const r of cuttingRows(d.pattern.sheet(d.defaults))) expect(table).toContain(`${r.dims.map((x) => `${x.letter} ${String(Math.round(x.cut) / 10).replace('.', ',')}`).join(' · ')} cm`);
  });

  it('prints little: a gown of any size on at most 6 pages, A4 or Letter; a mask or a cap on 1 or 2, every cap size at once on at most 6', async () => {
    const count = async (d: PatternDesign, format: 'pdf-a4' | 'pdf-letter', size?: string) => {
      const k = await loadKernel();
      const run = d.run(size ? only(d, size) : {});
      if (!run.ok) throw new Error('must run');
      return (await PDFDocument.load(await formatOf(format).write(evaluateModel(k, d, run.values, run.model)))).getPageCount();
    };
    for (const format of ['pdf-a4', 'pdf-letter'] as const) {
      for (const size of Object.keys(blouse.pattern.sizes)) expect(await count(blouse, format, size), `${format} ${size}`).toBeLessThanOrEqual(6);
      for (const d of patterns.filter((x) => x.slug.startsWith('masque'))) {
        for (const size of Object.keys(d.pattern.sizes)) expect(await count(d, format, size), `${d.slug} ${format} ${size}`).toBeLessThanOrEqual(2);
      }
      for (const size of Object.keys(cap.pattern.sizes)) expect(await count(cap, format, size), `cap ${format} ${size}`).toBeLessThanOrEqual(2);
      expect(await count(cap, format), `cap ${format}, every size`).toBeLessThanOrEqual(6);
    }
  });
});

/** Whether a point is inside (or within `tol` of) a convex counter-clockwise polygon. */
function insideConvex([x, y]: Pt, poly: Pt[], tol: number): boolean {
  return poly.every((a, i) => {
    const b = poly[(i + 1) % poly.length];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return ((b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0])) / len >= -tol;
  });
}
