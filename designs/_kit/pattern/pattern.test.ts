import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadKernel, outlineOf } from '../kernel';
import { evaluateModel, formatOf } from '../export';
import { readPdf } from '../pdf/readBack';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { approxTextWidth, boxOfPoints, boxesIntersect, textBox, type Item, type Pt } from '../pdf/drawing';
import { textWidth as pdfTextWidth } from '../pdf/tile';
import { LABEL_SIZE, labelLines } from './drawing';
import { contextItems } from './formats';
import { cutShape, foldLine, type PieceSpec } from './piece';
import { measuredShape } from './measure';
import { isPattern, sizeKey, type PatternDesign, type PatternValues } from './define';
import { fabricEstimate, parseQuantities, FabricInputError, CUT_GAP } from './fabric';
import { bestNest, shelfNest, skylineNest, type Nesting } from './nest';
import type { NumberSpec } from '../params';
import { designs } from '../../index';
import plis from '../../masque-a-plis/design';
import bec from '../../masque-bec-de-canard/design';
import blouse from '../../surblouse/design';

// Every registered pattern, so a new one is checked without being named here.
const patterns: PatternDesign[] = designs.filter(isPattern);

function distanceToPolyline(p: Pt, poly: Pt[], closed = true): number {
  let best = Infinity;
  const n = closed ? poly.length : poly.length - 1;
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

/** The piece a model part (`<size>--<name>`) carries. */
function pieceOf(design: PatternDesign, values: PatternValues, part: string): PieceSpec {
  const [size, name] = part.split('--');
  return design.pattern.pieces(values, size).find((p) => p.name === name)!;
}

/** Distance to the infinite line through a and b. */
function distanceToLine(p: Pt, [a, b]: [Pt, Pt]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.hypot(dx, dy);
}

/** Whether a polyline passes inside a box, sampling its segments. */
function passesInside(points: Pt[], w: { minX: number; minY: number; maxX: number; maxY: number }): boolean {
  return points.some((a, i) => {
    const b = points[(i + 1) % points.length];
    return Array.from({ length: 101 }, (_, s) => s / 100).some((t) => {
      const [x, y] = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      return x > w.minX && x < w.maxX && y > w.minY && y < w.maxY;
    });
  });
}

/** Vertices and edge midpoints of a ring: where an offset is exact and where its chords sag most. */
const samples = (ring: Pt[]): Pt[] => ring.flatMap((p, i) => {
  const q = ring[(i + 1) % ring.length];
  return [p, [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] as Pt];
});

describe('seam allowance', () => {
  it.each(patterns.map((d) => [d.slug, d] as const))('%s: the cut line lies exactly the allowance outside the seam line, flat on the fold', async (_, design) => {
    const k = await loadKernel();
    const bounds = design.params.allowance as NumberSpec;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: bounds.min, max: bounds.max }), async (allowance) => {
        const values = { ...design.defaults, allowance };
        for (const size of design.pattern.selectedSizes(values)) {
          for (const piece of design.pattern.pieces(values, size)) {
            const cut = outlineOf(k, cutShape(piece, allowance));
            expect(cut).toHaveLength(1);
            const fold = foldLine(piece);
            for (const p of samples(cut[0] as Pt[])) {
              if (fold && distanceToLine(p, fold) < 1e-3) continue;
              // Round joins are polygons of 64 segments a turn: chords sag 0.12 % of the allowance.
              expect(Math.abs(distanceToPolyline(p, piece.seam) - allowance)).toBeLessThan(0.03);
            }
            if (fold) {
              const onFold = (cut[0] as Pt[]).filter((p) => distanceToLine(p, fold) < 1e-3);
              expect(onFold.length).toBeGreaterThanOrEqual(2);
            }
          }
        }
      }),
      { numRuns: 4 },
    );
  });
});

describe('sizes', () => {
  it.each(patterns.map((d) => [d.slug, d] as const))('%s: each larger size is at least as large, piece by piece, and larger somewhere', (_, design) => {
    const ids = Object.keys(design.pattern.sizes);
    const boxes = ids.map((s) => design.pattern.pieces(design.defaults, s).map((p) => boxOfPoints(p.seam)));
    for (let i = 1; i < ids.length; i++) {
      let grew = false;
      boxes[i].forEach((b, j) => {
        const a = boxes[i - 1][j];
        expect(b.maxX - b.minX).toBeGreaterThanOrEqual(a.maxX - a.minX);
        expect(b.maxY - b.minY).toBeGreaterThanOrEqual(a.maxY - a.minY);
        grew ||= b.maxX - b.minX > a.maxX - a.minX || b.maxY - b.minY > a.maxY - a.minY;
      });
      expect(grew, `${ids[i]} is not larger than ${ids[i - 1]}`).toBe(true);
    }
  });

  it('gowns are at least 1.20 m long in every size, as the hospitals asked', () => {
    for (const s of Object.keys(blouse.pattern.sizes)) {
      const body = blouse.pattern.pieces(blouse.defaults, s).find((p) => p.name === 'corps')!;
      const b = boxOfPoints(body.seam);
      expect(b.maxY - b.minY).toBeGreaterThanOrEqual(1200);
    }
  });

  it('refuses a pattern with no size ticked, naming the parameter', () => {
    const none = Object.fromEntries(Object.keys(plis.pattern.sizes).map((s) => [sizeKey(s), false]));
    const r = plis.parse(none);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].param).toBe(sizeKey('child'));
  });

  it('refuses an allowance out of range', () => {
    const r = plis.parse({ allowance: 40 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message.fr).toMatch(/Marge de couture.*40.*5 et 20/);
  });
});

describe('pattern PDFs read back', () => {
  // The projector's page is sized to its drawing: its own test reads it back (pdf/projector.test.ts).
  const cases = patterns.flatMap((d) => d.formats.filter((f) => f.startsWith('pdf') && f !== 'pdf-projector').map((f) => [d.slug, f, d] as const));
  it.each(cases)('%s %s: true-scale pages, calibration square and every piece at its size', async (_, format, design) => {
    expect(isPattern(design)).toBe(true);
    const k = await loadKernel();
    const run = design.run({});
    if (!run.ok) throw new Error('defaults must run');
    const ctx = evaluateModel(k, design, run.values, run.model);
    const pages = await readPdf(await formatOf(format).write(ctx));
    const paper = { 'pdf-a4': [210, 297], 'pdf-letter': [215.9, 279.4], 'pdf-a0': [841, 1189] }[format as 'pdf-a4'];
    for (const p of pages) expect([p.widthMm, p.heightMm].sort((a, b) => a - b)).toEqual([expect.closeTo(paper[0], 2), expect.closeTo(paper[1], 2)]);
    const square = pages[0].paths.find((x) => x.tag === 'calib-50mm')!.page;
    expect(Math.abs(Math.hypot(square[1][0] - square[0][0], square[1][1] - square[0][1]) - 50)).toBeLessThan(0.1);
    expect(Math.abs(Math.hypot(square[2][0] - square[1][0], square[2][1] - square[1][1]) - 50)).toBeLessThan(0.1);
    // Tiled pages trace the shaped pieces only; the single sheet traces every piece.
    const traced = format === 'pdf-a0' ? ctx.outlines : ctx.outlines.filter((o) => !measuredShape(pieceOf(design, run.values, o.name)));
    for (const part of traced) {
      const model = boxOfPoints(part.outline.flat() as Pt[]);
      // Tiled: the drawing's own coordinates (pages are checked at scale 1 in the PDF kit tests);
      // single sheet: measured on the page itself.
      const pts = pages.flatMap((p) => p.paths.filter((x) => x.tag === `cut:${part.name}`).flatMap((x) => (format === 'pdf-a0' ? x.page : x.local)));
      expect(pts.length, `${part.name} is missing`).toBeGreaterThan(0);
      const b = boxOfPoints(pts);
      expect(Math.abs(b.maxX - b.minX - (model.maxX - model.minX))).toBeLessThan(0.2);
      expect(Math.abs(b.maxY - b.minY - (model.maxY - model.minY))).toBeLessThan(0.2);
    }
    const tags = new Set(pages.flatMap((p) => p.paths.map((x) => x.tag)));
    for (const part of ctx.outlines.filter((o) => !traced.includes(o))) expect(tags.has(`cut:${part.name}`), `${part.name} is tiled`).toBe(false);
    if (format !== 'pdf-a0') {
      // Every tiled page has pattern lines of its own inside its window.
      for (const p of pages.filter((x) => x.paths.some((y) => y.tag === 'window'))) {
        const win = boxOfPoints(p.paths.find((x) => x.tag === 'window')!.local);
        const inside = p.paths.some((x) => /^(cut|seam|mark|fold|grain):/.test(x.tag) && passesInside(x.local, win));
        expect(inside).toBe(true);
      }
    }
  });
});

describe('layered sizes stay readable', () => {
  it.each(patterns.map((d) => [d.slug, d] as const))('%s, every size: no two size names overlap, and the piece texts name every size drawn', async (_, design) => {
    const k = await loadKernel();
    const run = design.run({});
    if (!run.ok) throw new Error('defaults must run');
    const ctx = evaluateModel(k, design, run.values, run.model);
    const items = contextItems(ctx);
    const sizes = design.pattern.selectedSizes(run.values);
    expect(sizes.length).toBeGreaterThan(1);
    type Text = Extract<Item, { kind: 'text' }>;
    const texts = items.filter((it): it is Text => it.kind === 'text');
    const tags = texts.filter((t) => t.tag.startsWith('size:'));
    expect(tags.length).toBe(ctx.outlines.length);
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        expect(boxesIntersect(textBox(tags[i]), textBox(tags[j])), `${tags[i].tag} / ${tags[j].tag}`).toBe(false);
      }
    }
    // One label per piece, naming every size drawn (its lines may wrap); size names do not sit on the piece texts.
    const pieces = [...new Set(ctx.outlines.map((o) => o.name.split('--')[1]))];
    for (const piece of pieces) {
      const label = texts.filter((t) => t.tag.startsWith('label:') && t.tag.endsWith(`--${piece}`));
      expect(label.length, piece).toBeGreaterThan(0);
      const sizeLine = `Tailles / sizes: ${sizes.map((s) => `${design.pattern.sizes[s].fr} / ${design.pattern.sizes[s].en}`.replace(/^(.+) \/ \1$/, '$1')).join(', ')}`;
      expect(label.map((t) => t.text).join(' '), piece).toContain(sizeLine);
      for (const t of label) for (const tag of tags) expect(boxesIntersect(textBox(t), textBox(tag)), `${t.text} / ${tag.text}`).toBe(false);
    }
    // Texts come after every inner line and carry a white ground, so no other size's seam or mark
    // crosses them; cut lines come last, never hidden.
    const firstText = items.findIndex((it) => it.kind === 'text');
    const lastText = items.length - 1 - [...items].reverse().findIndex((it) => it.kind === 'text');
    expect(items.slice(firstText, lastText + 1).every((it) => it.kind === 'text')).toBe(true);
    expect(items.slice(lastText + 1).every((it) => it.kind === 'path' && it.tag.startsWith('cut:'))).toBe(true);
    expect(items.slice(0, firstText).every((it) => it.kind === 'path' && !it.tag.startsWith('cut:'))).toBe(true);
    expect(texts.every((t) => t.halo)).toBe(true);
  });
});

describe('piece labels fit their pieces', () => {
  // Every pattern with all its sizes layered, and each size alone.
  const cases = patterns.flatMap((d) => {
    const ids = Object.keys(d.pattern.sizes);
    return [ids, ...ids.map((s) => [s])].map((sel) => [d.slug, sel.join('+'), d, sel] as const);
  });
  it.each(cases)('%s, %s: every line of every piece label, as printed in Helvetica, is inside the piece', async (_, __, design, sel) => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const k = await loadKernel();
    const run = design.run(Object.fromEntries(Object.keys(design.pattern.sizes).map((s) => [sizeKey(s), sel.includes(s)])));
    if (!run.ok) throw new Error('the sizes must run');
    const items = contextItems(evaluateModel(k, design, run.values, run.model));
    type Text = Extract<Item, { kind: 'text' }>;
    const labelled = new Set<string>();
    for (const { piece, part } of design.pattern.layout(run.values)) {
      const lines = items.filter((it): it is Text => it.kind === 'text' && it.tag === `label:${part}`);
      if (lines.length > 0) labelled.add(piece.name);
      const box = boxOfPoints(piece.seam);
      for (const t of lines) {
        // As printed: the font's own width, from the descenders to the cap height.
        const w = pdfTextWidth(font, t.text, t.size);
        const ink = { minX: t.at[0], maxX: t.at[0] + w, minY: t.at[1] - 0.25 * t.size, maxY: t.at[1] + 0.75 * t.size };
        const where = `${part}: "${t.text}" spans x ${ink.minX.toFixed(1)}–${ink.maxX.toFixed(1)}, y ${ink.minY.toFixed(1)}–${ink.maxY.toFixed(1)}; the piece x ${box.minX.toFixed(1)}–${box.maxX.toFixed(1)}, y ${box.minY.toFixed(1)}–${box.maxY.toFixed(1)}`;
        expect(ink.minX >= box.minX && ink.maxX <= box.maxX && ink.minY >= box.minY && ink.maxY <= box.maxY, where).toBe(true);
        // And inside the outline itself (a sleeve narrows, a cap is round), by the layout's own generous estimate.
        const est = textBox(t);
        for (const corner of [[est.minX, est.minY], [est.maxX, est.minY], [est.maxX, est.maxY], [est.minX, est.maxY]] as Pt[]) {
          expect(insidePolygon(corner, piece.seam), `${where}: corner ${corner.map((v) => v.toFixed(1))} outside the seam line`).toBe(true);
        }
        expect(t.size, where).toBeGreaterThanOrEqual(LABEL_SIZE.min);
      }
    }
    // Every piece is labelled (once, on its smallest size).
    expect([...labelled].sort()).toEqual([...new Set(design.pattern.layout(run.values).map((p) => p.piece.name))].sort());
  });

  it('wraps at spaces to the room, shrinks a word too wide down to the floor, and cuts one wider still', () => {
    const width = (t: string, s: number) => approxTextWidth(t, s);
    const wrapped = labelLines([['Surblouse, ceinture / Gown, belt', 4.5]], 0, () => 32);
    expect(wrapped.map((l) => l.text)).toEqual(['Surblouse,', 'ceinture /', 'Gown, belt']);
    for (const l of wrapped) expect(width(l.text, l.size)).toBeLessThanOrEqual(32);
    expect(wrapped[0].size).toBeLessThan(4.5);
    // Lines go down, a line height apart.
    expect(wrapped.map((l) => l.y)).toEqual([0, -wrapped[0].size * 5 / 3, -wrapped[0].size * 10 / 3].map((y) => expect.closeTo(y, 9)));
    const long = 'W'.repeat(40);
    const cut = labelLines([[long, 3.6]], 0, () => 20);
    expect(cut.every((l) => l.size === LABEL_SIZE.min && width(l.text, l.size) <= 20)).toBe(true);
    expect(cut.map((l) => l.text).join('')).toBe(long);
    // Room that narrows going down (a sleeve, a cap) is read at each line's height.
    const narrowing = labelLines([['aaaa bbbb cccc dddd', 3.6]], 0, (y0) => (y0 > -2 ? 100 : 20));
    expect(narrowing.map((l) => l.text)).toEqual(['aaaa bbbb cccc dddd']);
    const tight = labelLines([['aaaa bbbb cccc dddd', 3.6], ['eeee ffff', 3.6]], 0, (y0) => (y0 > -2 ? 100 : 20));
    expect(tight.map((l) => l.text)).toEqual(['aaaa bbbb cccc dddd', 'eeee', 'ffff']);
  });
});

/** Even–odd rule: whether a point is inside a closed polygon. */
function insidePolygon([x, y]: Pt, poly: Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Placements inside the strip and pairwise apart (touching edges allowed). */
function expectValidNesting(n: Nesting, width: number) {
  for (const p of n.placements) {
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.x + p.w).toBeLessThanOrEqual(width + 1e-9);
    expect(p.y + p.h).toBeLessThanOrEqual(n.length + 1e-9);
  }
  const sorted = [...n.placements].sort((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].y < a.y + a.h; j++) {
      const b = sorted[j];
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
}

describe('fabric calculator', () => {
  it('pleated mask, 10 adults on 90 cm: 4 squares of 21 cm a row, 3 rows = 63 cm of each fabric', () => {
    const e = fabricEstimate(plis.pattern, plis.defaults, { adult: 10 }, 900);
    expect(e.fabrics).toHaveLength(3);
    for (const f of e.fabrics) expect(f.length).toBe(630);
    expect(e.supplies).toEqual([{ name: 'elastic', total: 3600, bySize: [{ name: 'elastic', size: 'adult', quantity: 10, count: 2, length: 180, total: 3600 }] }]);
  });

  it('pleated mask, 10 adults and 5 children on 90 cm: 3 rows of 21 cm and one of 18 cm = 81 cm; 10 × 2 × 18 + 5 × 2 × 16 cm of elastic', () => {
    // By hand: 21 cm squares (20 + 1 for the scissors), 4 a row, 10 adults = 2 full rows and
    // 2 squares; 2 children beside them in row 3; the other 3 children in a 18 cm row.
    const e = fabricEstimate(plis.pattern, plis.defaults, { adult: 10, child: 5 }, 900);
    for (const f of e.fabrics) {
      expect(f.length).toBe(810);
      expect(f.nesting.placements.filter((p) => p.id.startsWith('child:'))).toHaveLength(5);
    }
    expect(e.total).toBe(15);
    expect(e.supplies[0].total).toBe(10 * 2 * 180 + 5 * 2 * 160);
    expect(e.supplies[0].bySize.map((l) => [l.size, l.total])).toEqual([['child', 1600], ['adult', 3600]]);
  });

  it('duck-bill, 1 adult on 140 cm: one 21 × 25 cm rectangle (plus the scissors gap) per fabric; 2 × 80 cm ties', () => {
    const e = fabricEstimate(bec.pattern, bec.defaults, { adult: 1 }, 1400);
    for (const f of e.fabrics) expect(f.length).toBe(250 + CUT_GAP);
    expect(e.supplies.find((s) => s.name === 'ties')!.total).toBe(1600);
  });

  it('two gowns from a 180 × 290 cm sheet: size S only with sleeves and strips turned a quarter turn (2.74 m); M needs 3.64 m either way', () => {
    // By hand, boxes with the 10 mm gap: S body 1230 × 1230, two stacked = 2460; the strip
    // beside is 1810 - 1230 = 580 wide: a sleeve (590 × 550) only fits it turned (550 wide),
    // four stacked = 2360; the four belts (930 × 70) turned, one a row with two ties, = 280.
    const s = fabricEstimate(blouse.pattern, blouse.defaults, { S: 2 }, 1800, { rotate: true });
    expect(s.fabrics[0].length).toBe(2460 + 4 * 70);
    expect(s.fabrics[0].rotated).toBeGreaterThan(0);
    // Unturned, three sleeves a row after the bodies: 2460 + 2 × 550.
    expect(fabricEstimate(blouse.pattern, blouse.defaults, { S: 2 }, 1800).fabrics[0].length).toBe(2460 + 2 * 550);
    // M: bodies 1330 wide leave a 480 strip, narrower than a sleeve either way: 2500 + 2 × 570.
    for (const rotate of [false, true]) expect(fabricEstimate(blouse.pattern, blouse.defaults, { M: 2 }, 1800, { rotate }).fabrics[0].length).toBe(2500 + 2 * 570);
  });

  it('says why when the fabric is narrower than the largest piece, or a quantity is absurd, naming the size', () => {
    // XXL body: 800 mm from centre front to centre back, opened out 2 × 800 + 2 × 10 mm allowance.
    expect(() => fabricEstimate(blouse.pattern, blouse.defaults, { XXL: 1 }, 1500)).toThrow(/body.*\(size XXL\).*1620 mm wide/);
    for (const q of [-3, 1.5, 5000, Number.NaN]) {
      try {
        fabricEstimate(plis.pattern, plis.defaults, { adult: 2, child: q }, 1400);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FabricInputError);
        expect((e as FabricInputError).size).toBe('child');
        expect((e as FabricInputError).messages.fr).toMatch(/en taille Enfant.*de 0 à 1000/);
      }
    }
    expect(() => fabricEstimate(plis.pattern, plis.defaults, { adult: 0, child: 0 }, 1400)).toThrow(/0 items in all: ask for 1 to 1000/);
    expect(() => fabricEstimate(plis.pattern, plis.defaults, { adult: 600, child: 600 }, 1400)).toThrow(/1200 items in all/);
    expect(() => fabricEstimate(plis.pattern, plis.defaults, { XL: 1 }, 1400)).toThrow(/Unknown size "XL": sizes are child, adult/);
    for (const w of [0, 100, 99999, Number.NaN]) {
      expect(() => fabricEstimate(plis.pattern, plis.defaults, { adult: 1 }, w)).toThrow(FabricInputError);
    }
  });

  it('reads quantities per size as the CLI writes them, and refuses what it cannot read', () => {
    const sizes = ['S', 'M', 'L'];
    expect(parseQuantities('M=10,L=5', sizes)).toEqual({ M: 10, L: 5 });
    expect(parseQuantities(' 12 ', sizes, 'L')).toEqual({ L: 12 });
    for (const [text, message] of [
      ['M=10,XL=2', /Unknown size "XL": sizes are S, M, L/],
      ['M=', /Quantity "" in size M: give a whole number from 0 to 1000/],
      ['M=5e2', /Quantity "5e2"/],
      ['M=1,M=2', /Size M given twice/],
      ['10,L=5', /write size=count/],
      ['0x10', /Quantity "0x10"/],
    ] as const) {
      expect(() => parseQuantities(text, sizes)).toThrow(message);
    }
  });

  it('every registered pattern, any mix of sizes, turned or not: pieces never overlap nor cross the selvage', () => {
    const mixes = patterns.flatMap((d) => [false, true].map((rotate) => [d, rotate] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...mixes),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1700, max: 3000 }),
        ([design, rotate], counts, width) => {
          const sizes = Object.keys(design.pattern.sizes);
          const quantities = Object.fromEntries(sizes.map((s, i) => [s, counts[i]]));
          fc.pre(Object.values(quantities).some((n) => n > 0));
          const e = fabricEstimate(design.pattern, design.defaults, quantities, width, { rotate });
          for (const f of e.fabrics) {
            expectValidNesting(f.nesting, width + CUT_GAP);
            if (!rotate) expect(f.rotated).toBe(0);
          }
          const placed = e.fabrics.reduce((n, f) => n + f.nesting.placements.length, 0);
          const expected = sizes.reduce((n, s) => n + quantities[s] * design.pattern.pieces(design.defaults, s).reduce((m, p) => m + p.cut.count, 0), 0);
          expect(placed).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('nests boxes inside the width without overlap, whichever packing wins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 600 }), h: fc.integer({ min: 1, max: 900 }) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 600, max: 2000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (rects, width, gap, rotate) => {
          const boxes = rects.map((r, i) => ({ id: String(i), ...r }));
          for (const n of [shelfNest(boxes, width, gap), skylineNest(boxes, width, rotate), bestNest(boxes, width, rotate)]) {
            expect(n.placements).toHaveLength(rects.length);
            expectValidNesting(n, width);
            for (const p of n.placements) {
              const r = rects[Number(p.id)];
              expect([p.w, p.h]).toEqual(p.rotated ? [r.h, r.w] : [r.w, r.h]);
            }
          }
          // Shelves are one of the candidates, so the best is never longer.
          expect(bestNest(boxes, width, rotate).length).toBeLessThanOrEqual(shelfNest(boxes, width, 0).length);
        },
      ),
    );
  });
});
