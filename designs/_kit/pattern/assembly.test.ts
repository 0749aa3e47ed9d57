// Assembly figures: drawn from the pattern model itself (each piece's seam and kernel cut line,
// moved by a rotation and a shift only), and every guide step declares one that names real pieces.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { designBySlug } from '../../index';
import { loadKernel, outlineOf } from '../kernel';
import { guideSchema, stepsWithoutFigure } from '../../../site/schemas/guide';
import { assemblyFigure, figureProblems, type PatternDesign } from '.';
import { sizeKey } from './define';
import { cutShape } from './piece';
import type { Pt } from '../pdf/drawing';
import type { AssemblyFigureSpec } from './assemblyTerms';

const guides = readdirSync('guides').map((slug) => {
  const read = (file: string) => readFileSync(`guides/${slug}/${file}`, 'utf8').split(/^---$/m);
  const [, front, body] = read('index.mdx');
  const data = guideSchema.parse(parse(front));
  return { slug, data, design: designBySlug(data.design) as PatternDesign, bodies: { fr: body, en: read('en.mdx')[2] } };
});

/** Every sub-path of an SVG path's d (M…L…Z), as points. */
const pathsOf = (d: string): Pt[][] =>
  d.split('M').filter(Boolean).map((sub) => sub.replace(/Z$/, '').split('L').map((p) => p.trim().split(/\s+/).map(Number) as Pt));

/** The piece groups of a figure: name, transform, and the first seam and cut paths inside. */
function pieceGroups(svg: string) {
  return svg.split('<g class="piece"').slice(1).map((chunk) => ({
    piece: chunk.match(/data-piece="([^"]+)"/)![1],
    matrix: chunk.match(/transform="matrix\(([^)]+)\)"/)![1].split(' ').map(Number),
    seam: pathsOf(chunk.match(/class="seam-line" d="([^"]+)"/)![1]),
    cut: pathsOf(chunk.match(/class="cut" d="([^"]+)"/)![1]),
  }));
}

const closeTo = (a: Pt[][], b: Pt[][]) => {
  expect(a.length).toBe(b.length);
  a.forEach((poly, i) => {
    expect(poly.length).toBe(b[i].length);
    poly.forEach(([x, y], j) => {
      expect(x).toBeCloseTo(b[i][j][0], 3);
      expect(y).toBeCloseTo(b[i][j][1], 3);
    });
  });
};

describe('assembly figures', () => {
  it('every step of every guide, in French and in English, has a figure', () => {
    for (const g of guides) {
      const steps = g.data.figures.steps.map((f) => f.step);
      for (const [lang, body] of Object.entries(g.bodies)) {
        expect(stepsWithoutFigure(body, steps), `${g.slug} ${lang}`).toEqual([]);
        expect(body.match(/<Step /g)?.length, `${g.slug} ${lang}`).toBe(steps.length);
      }
    }
  });

  it('a step without a figure is named', () => {
    expect(stepsWithoutFigure('<Step n={1} title="a">x</Step>\n<Step n={2} title="b">y</Step>', [1])).toEqual([2]);
  });

  it('draw each piece as the pattern model has it: its seam line and its kernel cut line, only turned and moved', async () => {
    const k = await loadKernel();
    for (const g of guides) {
      const { pattern } = g.design;
      const size = g.data.figures.size;
      const values = { ...g.design.defaults, ...Object.fromEntries(Object.keys(pattern.sizes).map((s) => [sizeKey(s), s === size])) };
      const pieces = pattern.pieces(values, size);
      for (const f of g.data.figures.steps) {
        const { svg } = await assemblyFigure(g.design, size, f, { id: 'x' });
        const groups = pieceGroups(svg);
        expect(groups.map((p) => p.piece), `${g.slug} step ${f.step}`).toEqual(f.pieces.map((p) => p.piece));
        for (const drawn of groups) {
          const model = pieces.find((p) => p.name === drawn.piece)!;
          closeTo(drawn.seam, [model.seam]);
          closeTo(drawn.cut, outlineOf(k, cutShape(model, pattern.allowance(values))));
          // A rigid motion: the piece keeps its size and shape on the figure.
          const [a, b, c, d] = drawn.matrix;
          expect(Math.hypot(a, b)).toBeCloseTo(1, 9);
          expect(a * c + b * d).toBeCloseTo(0, 9);
          expect(a * d - b * c).toBeCloseTo(1, 9);
        }
      }
    }
  });

  it('lays a piece placed notch on notch with the two notches at one point, circled', async () => {
    const gown = guides.find((g) => g.slug === 'surblouse')!;
    const f = gown.data.figures.steps.find((s) => s.pieces.some((p) => p.onto?.notch !== undefined))!;
    const { svg, layers, legend } = await assemblyFigure(gown.design, gown.data.figures.size, f, { id: 'x' });
    const apply = (m: number[], [x, y]: Pt): Pt => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    const top = layers.find((l) => l.spec.onto?.notch !== undefined)!;
    const under = layers.find((l) => l.spec.piece === top.spec.onto!.piece)!;
    const [p, q] = [apply(top.matrix, top.piece.notches![top.spec.onto!.notch!]), apply(under.matrix, under.piece.notches![top.spec.onto!.onNotch!])];
    expect(p[0]).toBeCloseTo(q[0], 6);
    expect(p[1]).toBeCloseTo(q[1], 6);
    expect(svg).toContain(`class="match" cx="${Math.round(p[0] * 1000) / 1000}"`);
    expect(legend).toEqual(expect.arrayContaining(['right', 'wrong', 'sew', 'match']));
    // The piece seen from its wrong side is hatched, the other plain white.
    expect(svg).toMatch(new RegExp(`data-piece="${top.piece.name}" data-face="wrong"[^>]*><path class="face" d="[^"]+" fill="url\\(#hatch-x\\)"`));
    expect(svg).toMatch(new RegExp(`data-piece="${under.piece.name}" data-face="right"[^>]*><path class="face" d="[^"]+" fill="#fff"`));
  });

  it('names the field at fault for an unknown size, piece, edge, mark or notch', () => {
    const gown = guides.find((g) => g.slug === 'surblouse')!;
    const one = (f: Partial<AssemblyFigureSpec>): AssemblyFigureSpec[] => [{ step: 1, caption: { fr: 'a', en: 'a' }, pieces: [{ piece: 'corps', face: 'right' }], actions: [], ...f }];
    const problems = (f: Partial<AssemblyFigureSpec>, size = 'M') => figureProblems(gown.design, size, one(f)).map((p) => [p.path.join('.'), p.message]);
    expect(figureProblems(gown.design, 'M', gown.data.figures.steps)).toEqual([]);
    expect(problems({}, 'XS')).toEqual([['size', '"XS" is not a size of surblouse (S, M, L, XL, XXL)']]);
    expect(problems({ pieces: [{ piece: 'col', face: 'right' }] })).toEqual([['steps.0.pieces.0.piece', '"col" is not a piece of surblouse (corps, manche, ceinture, lien-encolure)']]);
    expect(problems({ actions: [{ do: 'sew', piece: 'manche', edge: 'top' }] })[0][0]).toBe('steps.0.actions.0.piece');
    expect(problems({ actions: [{ do: 'sew', piece: 'corps', mark: 'stitch' }] })).toEqual([['steps.0.actions.0.mark', 'corps has no "stitch" mark (slit)']]);
    expect(problems({ actions: [{ do: 'sew', piece: 'corps', edge: 'top', to: 7 }] })).toEqual([['steps.0.actions.0.to', 'corps has no notch 7 (it has 3, counted from 0)']]);
    expect(problems({ pieces: [{ piece: 'corps', face: 'right' }, { piece: 'manche', face: 'wrong', onto: { piece: 'corps', notch: 0, onNotch: 3 } }] })).toEqual([['steps.0.pieces.1.onto.onNotch', 'corps has no notch 3 (it has 3, counted from 0)']]);
    expect(problems({ pieces: [{ piece: 'manche', face: 'right', unfold: true }] })).toEqual([['steps.0.pieces.0.unfold', 'manche is not cut on the fold: nothing to unfold']]);
  });

  it('the guide schema refuses an edge it does not know, naming the field', () => {
    const gown = guides.find((g) => g.slug === 'surblouse')!;
    const front = parse(readFileSync('guides/surblouse/index.mdx', 'utf8').split(/^---$/m)[1]);
    front.figures.steps[3].actions[0].edge = 'middle';
    const result = guideSchema.safeParse(front);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['figures.steps.3.actions.0.edge']);
    expect(gown.data.figures.steps[3].actions[0].edge).toBe('top');
  });
});
