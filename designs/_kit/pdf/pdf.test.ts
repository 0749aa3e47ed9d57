import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { encodable, planTiles, singleSheetPdf, tiledPdf, type Item, type Pt } from '.';
import { readPdf, type ReadPage } from './readBack';

const rect = (tag: string, x: number, y: number, w: number, h: number): Item => ({
  kind: 'path',
  tag,
  points: [[x, y], [x + w, y], [x + w, y + h], [x, y + h]],
  closed: true,
  stroke: { width: 0.4 },
});
// An L: the page over its empty corner must not be printed.
const lShape: Item[] = [rect('piece-a', 0, 0, 600, 150), rect('piece-b', 0, 150, 150, 450)];

const side = (pts: Pt[]) => Math.hypot(pts[1][0] - pts[0][0], pts[1][1] - pts[0][1]);
const boxOf = (pts: Pt[]) => ({
  minX: Math.min(...pts.map((p) => p[0])),
  maxX: Math.max(...pts.map((p) => p[0])),
  minY: Math.min(...pts.map((p) => p[1])),
  maxY: Math.max(...pts.map((p) => p[1])),
});

function calibration(page: ReadPage) {
  const sq = (tag: string) => page.paths.find((p) => p.tag === tag)!.page;
  return { mm: sq('calib-50mm'), inch: sq('calib-2in') };
}

describe('tiled PDF', () => {
  for (const [paper, w, h] of [['a4', 210, 297], ['letter', 215.9, 279.4]] as const) {
    it(`prints on ${paper} at true scale with the calibration squares on the first page`, async () => {
      const { bytes } = await tiledPdf(lShape, { paper, title: 'test', overlap: 15 });
      const pages = await readPdf(bytes);
      for (const p of pages) {
        expect(p.widthMm).toBeCloseTo(w, 2);
        expect(p.heightMm).toBeCloseTo(h, 2);
      }
      const { mm, inch } = calibration(pages[0]);
      for (let i = 0; i < 4; i++) {
        expect(Math.abs(side([mm[i], mm[(i + 1) % 4]]) - 50)).toBeLessThan(0.1);
        expect(Math.abs(side([inch[i], inch[(i + 1) % 4]]) - 50.8)).toBeLessThan(0.1);
      }
      expect(pages[0].texts.map((t) => t.text).join(' ')).toMatch(/100 %/);
    });
  }

  it('overlaps neighbouring windows by the declared width, at scale 1, and skips empty pages', async () => {
    const overlap = 15;
    const { bytes, plan } = await tiledPdf(lShape, { paper: 'a4', title: 'test', overlap });
    const pages = (await readPdf(bytes)).slice(1);
    expect(pages.length).toBe(plan!.tiles.filter((t) => t.printed).length);
    expect(plan!.tiles.some((t) => !t.printed)).toBe(true);
    const windows = pages.map((p) => {
      const win = p.paths.find((x) => x.tag === 'window')!;
      // Same size on the page as on the drawing: nothing is scaled.
      expect(boxOf(win.page).maxX - boxOf(win.page).minX).toBeCloseTo(boxOf(win.local).maxX - boxOf(win.local).minX, 6);
      expect(boxOf(win.page).maxY - boxOf(win.page).minY).toBeCloseTo(boxOf(win.local).maxY - boxOf(win.local).minY, 6);
      return boxOf(win.local);
    });
    let shared = 0;
    for (const a of windows) {
      for (const b of windows) {
        if (a === b) continue;
        if (Math.abs(a.minY - b.minY) < 1e-6 && a.minX < b.minX && b.minX < a.maxX) {
          expect(a.maxX - b.minX).toBeCloseTo(overlap, 6);
          shared++;
        }
        if (Math.abs(a.minX - b.minX) < 1e-6 && a.minY < b.minY && b.minY < a.maxY) {
          expect(a.maxY - b.minY).toBeCloseTo(overlap, 6);
          shared++;
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
    // Every page shows some of the pieces: sample their segments inside the window.
    pages.forEach((p, i) => {
      const w = windows[i];
      const ink = p.paths
        .filter((x) => x.tag.startsWith('piece'))
        .some((x) =>
          x.local.some((a, k) => {
            const b = x.local[(k + 1) % x.local.length];
            return Array.from({ length: 200 }, (_, s) => s / 199).some((t) => {
              const [px, py] = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
              return px > w.minX && px < w.maxX && py > w.minY && py < w.maxY;
            });
          }),
        );
      expect(ink, `page ${i + 2} carries nothing`).toBe(true);
    });
    // The pieces come back at their size.
    for (const [tag, size] of [['piece-a', [600, 150]], ['piece-b', [150, 450]]] as const) {
      const pts = pages.flatMap((p) => p.paths.filter((x) => x.tag === tag).flatMap((x) => x.local));
      const b = boxOf(pts);
      expect(Math.abs(b.maxX - b.minX - size[0])).toBeLessThan(0.2);
      expect(Math.abs(b.maxY - b.minY - size[1])).toBeLessThan(0.2);
    }
  });

  it('rejects an overlap wider than half a page', () => {
    expect(() => planTiles(lShape, { paper: 'a4', title: 't', overlap: 120 })).toThrow(/overlap/);
  });
});

describe('single sheet', () => {
  it('is exactly A0, with the pieces and squares at true scale', async () => {
    const pages = await readPdf(await singleSheetPdf(lShape, { paper: 'a0', title: 'test' }));
    expect(pages).toHaveLength(1);
    const [p] = pages;
    expect([p.widthMm, p.heightMm].sort((a, b) => a - b)).toEqual([expect.closeTo(841, 2), expect.closeTo(1189, 2)]);
    const { mm } = calibration(p);
    expect(Math.abs(side([mm[0], mm[1]]) - 50)).toBeLessThan(0.1);
    for (const [tag, size] of [['piece-a', [600, 150]], ['piece-b', [150, 450]]] as const) {
      const b = boxOf(p.paths.find((x) => x.tag === tag)!.page);
      expect(Math.abs(b.maxX - b.minX - size[0])).toBeLessThan(0.2);
      expect(Math.abs(b.maxY - b.minY - size[1])).toBeLessThan(0.2);
      expect(b.minX).toBeGreaterThan(0);
      expect(b.maxY).toBeLessThan(p.heightMm);
    }
  });

  it('refuses a layout larger than the sheet instead of shrinking it', async () => {
    await expect(singleSheetPdf([rect('big', 0, 0, 1300, 900)], { paper: 'a0', title: 't' })).rejects.toThrow(/does not fit.*A0/);
  });
});

it('replaces what the standard font cannot encode', () => {
  expect(encodable('longueur ≥ 1,20 m, coupez ×2, à l’endroit')).toBe("longueur >= 1,20 m, coupez ×2, à l'endroit");
});

describe('tiled PDF headers', () => {
  type Text = Extract<Item, { kind: 'text' }>;
  const titles = ['test', 'Masque à plis (AFNOR S76-001) — Adulte / Adult, Enfant (7 ans et +) / Child — tailles / sizes S, M, L, XL, XXL', 'W'.repeat(200)];
  // Boxes of header texts as printed: measured with the font, from the baseline to the cap height and descender.
  const box = async (items: Item[]) => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const { textWidth } = await import('.');
    return items
      .filter((it): it is Text => it.kind === 'text')
      .map((t) => {
        const w = textWidth(font, t.text, t.size);
        const x0 = t.align === 'right' ? t.at[0] - w : t.align === 'center' ? t.at[0] - w / 2 : t.at[0];
        return { text: t.text, size: t.size, minX: x0, maxX: x0 + w, minY: t.at[1] - 0.25 * t.size, maxY: t.at[1] + 0.75 * t.size };
      });
  };
  for (const paper of ['a4', 'letter'] as const) {
    for (const title of titles) {
      it(`keeps header texts inside the margins and apart (${paper}, title of ${title.length} characters)`, async () => {
        const { tileHeaderItems, assemblyHeaderItems, PAPER_MM } = await import('.');
        const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
        const big: Item[] = [rect('piece', 0, 0, 1900, 1400)];
        const plan = planTiles(big, { paper, title });
        const { width, height } = PAPER_MM[paper];
        const m = plan.margin;
        const headers = [assemblyHeaderItems(font, plan, title, plan.tiles.length), ...plan.tiles.map((t, i) => tileHeaderItems(font, plan, t, i + 2, plan.tiles.length + 1, title))];
        for (const items of headers) {
          const boxes = await box(items);
          for (const b of boxes) {
            expect(b.minX, b.text).toBeGreaterThanOrEqual(m - 1e-6);
            expect(b.maxX, b.text).toBeLessThanOrEqual(width - m + 1e-6);
            expect(b.maxY, b.text).toBeLessThanOrEqual(height - m);
            expect(b.size, b.text).toBeGreaterThanOrEqual(2.8);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, c] = [boxes[i], boxes[j]];
              const overlap = a.minX < c.maxX && c.minX < a.maxX && a.minY < c.maxY && c.minY < a.maxY;
              expect(overlap, `${a.text} / ${c.text}`).toBe(false);
            }
          }
        }
        // The page's own name and number are never cut.
        for (const items of headers.slice(1)) expect((items[0] as Text).text).toMatch(/^[A-Z]+\d+  \(rangée\/row [A-Z]+, colonne\/column \d+\)   page \d+\/\d+/);
        expect(headers[1][0].kind === 'text' && headers[1][0].text.startsWith('A1  (rangée/row A, colonne/column 1)   page 2/')).toBe(true);
        if (title === 'test') expect(headers[0][0].kind === 'text' && headers[0][0].text).toBe('test');
      });
    }
  }
});

describe('tiles never cut a text', () => {
  type Text = Extract<Item, { kind: 'text' }>;
  const inside = (b: { minX: number; minY: number; maxX: number; maxY: number }, w: typeof b) => b.minX >= w.minX && b.maxX <= w.maxX && b.minY >= w.minY && b.maxY <= w.maxY;

  it('moves a label lying across a page edge onto one page, whole, and prints no page a piece of it', async () => {
    const { keepTextsWhole, tileItems, textBox } = { ...(await import('.')), ...(await import('./drawing')) };
    const plan = planTiles(lShape, { paper: 'a4', title: 't', overlap: 12 });
    // Straddling the edge between the first two columns, well outside their shared strip.
    const edge = plan.tiles[1].window.minX + plan.overlap;
    const label: Text = { kind: 'text', tag: 'label:across', at: [edge - 30, 60], text: 'ACROSS THE PAGE EDGE', size: 5 };
    const items = [...lShape, label];
    const whole = keepTextsWhole(items, plan);
    const printed = plan.tiles.filter((t) => t.printed);
    const moved = whole.find((it): it is Text => it.kind === 'text')!;
    expect(printed.some((t) => inside(textBox(moved), t.window))).toBe(true);
    for (const t of printed) for (const it of tileItems(whole, t.window)) if (it.kind === 'text') expect(inside(textBox(it), t.window)).toBe(true);
    // In the file: the label is written on one page only, where it is whole.
    const pages = (await readPdf((await tiledPdf(items, { paper: 'a4', title: 't', overlap: 12 })).bytes)).slice(1);
    expect(pages.filter((p) => p.texts.some((x) => x.text === label.text))).toHaveLength(1);
  });

  it('every text of every tiled pattern lies whole on a printed page', async () => {
    const { keepTextsWhole, tileItems, textBox } = { ...(await import('.')), ...(await import('./drawing')) };
    const { designs } = await import('../../index');
    const { isPattern, definePattern } = await import('../pattern');
    // Every published piece is cut by measure now (the cap by its radius): a free shape, large
    // enough to span pages, with its notches and a labelled mark, stands for the traced ones.
    const ellipse = Array.from({ length: 72 }, (_, i) => [300 * Math.cos((i * Math.PI) / 36), 200 * Math.sin((i * Math.PI) / 36)] as Pt);
    const freeShape = definePattern({
      slug: 'forme-libre',
      title: { fr: 'Forme libre', en: 'Free shape' },
      sizes: { unique: { fr: 'Unique', en: 'One size' } },
      formats: ['pdf-a4', 'pdf-letter'],
      pieces: () => [{ name: 'forme', label: { fr: 'Forme libre', en: 'Free shape' }, seam: ellipse, grain: [[0, -100], [0, 100]], notches: [ellipse[0], ellipse[18]], marks: [{ points: [[-200, 0], [200, 0]], style: 'fold', label: { fr: 'pli', en: 'fold' } }], cut: { count: 1, fabric: { fr: 'coton', en: 'cotton' } } }],
      supplies: () => [],
      chart: () => ({ body: [], finished: [] }),
    });
    const { shapedItems } = await import('../pattern/formats');
    const { loadKernel } = await import('../kernel');
    const { evaluateModel } = await import('../export');
    const k = await loadKernel();
    let texts = 0;
    for (const design of [...designs.filter(isPattern), freeShape]) {
      const run = design.run({});
      if (!run.ok) throw new Error('must run');
      const items = shapedItems(evaluateModel(k, design, run.values, run.model));
      if (items.length === 0) continue;
      for (const paper of ['a4', 'letter'] as const) {
        const plan = planTiles(items, { paper, title: 't', margin: 8 });
        const whole = keepTextsWhole(items, plan);
        const printed = plan.tiles.filter((t) => t.printed);
        for (const it of whole) {
          if (it.kind !== 'text') continue;
          texts++;
          expect(printed.some((t) => tileItems(whole, t.window).includes(it)), `${design.slug} ${paper}: "${it.text}"`).toBe(true);
          expect(printed.some((t) => inside(textBox(it), t.window))).toBe(true);
        }
      }
    }
    expect(texts).toBeGreaterThan(0);
  });
});
