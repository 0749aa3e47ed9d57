import { describe, expect, it } from 'vitest';
import { loadKernel } from '../kernel';
import { evaluateModel, formatOf } from '../export';
import { isPattern, type PatternDesign } from '../pattern';
import { designs } from '../../index';
import { boxOfPoints, type Pt } from './drawing';
import { readPdf } from './readBack';

const patterns: PatternDesign[] = designs.filter(isPattern);

/** Positions of the grid lines of one direction, sorted, page mm. */
const positions = (paths: { tag: string; page: Pt[] }[], tag: string, axis: 0 | 1) =>
  paths.filter((p) => p.tag === tag).map((p) => p.page[0][axis]).sort((a, b) => a - b);

describe('projector PDF', () => {
  const cases = patterns.flatMap((d) => (['cm', 'in'] as const).map((grid) => [d.slug, grid, d] as const));
  it.each(cases)('%s, %s grid: one page at 1:1, the grid at its exact pitch, a 10 cm cross, every piece at its size', async (_, grid, design) => {
    expect(design.formats).toContain('pdf-projector');
    const k = await loadKernel();
    const run = design.run({ projectorGrid: grid });
    if (!run.ok) throw new Error('must run');
    const ctx = evaluateModel(k, design, run.values, run.model);
    const pages = await readPdf(await formatOf('pdf-projector').write(ctx));
    expect(pages).toHaveLength(1);
    const [page] = pages;
    const pitch = grid === 'cm' ? 10 : 25.4;
    for (const [tag, axis] of [['grid-x', 0], ['grid-y', 1]] as const) {
      const at = positions(page.paths, tag, axis);
      expect(at.length).toBeGreaterThan(5);
      // Anchored at the page's corner, one pitch apart, to the hundredth of a millimetre.
      at.forEach((v, i) => expect(Math.abs(v - (i + 1) * pitch), `${tag} ${i}`).toBeLessThan(0.01));
    }
    const arms = page.paths.filter((p) => p.tag === 'projector-cross').map((p) => boxOfPoints(p.page));
    expect(arms.map((b) => Math.max(b.maxX - b.minX, b.maxY - b.minY))).toEqual([expect.closeTo(100, 2), expect.closeTo(100, 2)]);
    for (const part of ctx.outlines) {
      const model = boxOfPoints(part.outline.flat() as Pt[]);
      const drawn = boxOfPoints(page.paths.filter((p) => p.tag === `cut:${part.name}`).flatMap((p) => p.page));
      expect(Math.abs(drawn.maxX - drawn.minX - (model.maxX - model.minX)), part.name).toBeLessThan(0.2);
      expect(Math.abs(drawn.maxY - drawn.minY - (model.maxY - model.minY)), part.name).toBeLessThan(0.2);
      expect(drawn.minX).toBeGreaterThan(0);
      expect(drawn.maxY).toBeLessThan(page.heightMm);
    }
  });
});
