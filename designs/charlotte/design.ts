import { definePattern, type PieceSpec, type SizeChart } from '../_kit/pattern';
import type { Pt } from '../_kit/pdf';

/**
 * Fabric bouffant cap (charlotte) after the hospital pattern published by MHP in March 2020
 * (mymhp.org, "MHP is in need of caps"): one circle 20 in across, a ¾ in casing folded up all
 * round, ¼ in elastic 17½ in long. That pattern is a child's cap; for an adult the hospital adds
 * 1½ in to the circle and 1 in to the elastic. Nothing else is ours but the layout: the circle is
 * drawn as a half on the fold (less paper), and the casing is the pattern's allowance.
 */
const INCH = 25.4;
/** Circle as cut, mm: 20 in (child) and 21½ in (adult). */
export const CUT_DIAMETER = { child: 20 * INCH, adult: 21.5 * INCH } as const;
/** Elastic, mm: 17½ in (child) and 18½ in (adult), ¼ in wide. */
export const ELASTIC = { child: 17.5 * INCH, adult: 18.5 * INCH } as const;
export const ELASTIC_WIDTH = 0.25 * INCH;
/** The source's ¾ in casing, to the millimetre (the allowance moves by whole millimetres). */
export const CASING = 19;
/** Opening left in the casing to thread the elastic: the source says 1 to 1½ in. */
export const OPENING = 1.5 * INCH;
/** Segments of the seam circle, per full turn: the chord sags 0.07 mm on an adult cap. */
const SEGMENTS = 128;

export const sizes = {
  child: { fr: 'Enfant', en: 'Child' },
  adult: { fr: 'Adulte', en: 'Adult' },
};

const MHP = { source: { fr: 'MHP (mars 2020)', en: 'MHP (March 2020)' } };
const perSize = (f: (size: keyof typeof CUT_DIAMETER) => number) => ({ child: f('child'), adult: f('adult') });

/**
 * Every figure is the source's but the casing, which is the pattern's allowance: the seam line
 * (the casing's fold) stays the source's circle less ¾ in, and the cut grows with the casing.
 */
export const chart = (allowance: number): SizeChart => ({
  body: [{ label: { fr: 'Pour', en: 'For' }, values: { child: { fr: 'enfant', en: 'child' }, adult: { fr: 'adulte', en: 'adult' } }, origin: MHP }],
  finished: [
    { label: { fr: 'Cercle coupé, diamètre', en: 'Circle as cut, across' }, values: perSize((s) => CUT_DIAMETER[s] - 2 * CASING + 2 * allowance), origin: MHP },
    { label: { fr: 'Coulisse', en: 'Casing' }, values: perSize(() => allowance), origin: { source: { fr: 'MHP : ¾ po, réglable', en: 'MHP: ¾ in, adjustable' } } },
    { label: { fr: 'Cercle, coulisse repliée', en: 'Circle, casing folded' }, values: perSize((s) => CUT_DIAMETER[s] - 2 * CASING), origin: MHP },
    { label: { fr: 'Élastique', en: 'Elastic' }, values: perSize((s) => ELASTIC[s]), origin: MHP },
  ],
});

/** A circle arc of radius r from angle a0 to a1 (radians), counter-clockwise. */
function arc(r: number, a0: number, a1: number): Pt[] {
  const n = Math.max(2, Math.round((SEGMENTS * (a1 - a0)) / (2 * Math.PI)));
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / n;
    return [r * Math.cos(a), r * Math.sin(a)] as Pt;
  });
}

export default definePattern({
  slug: 'charlotte',
  title: { fr: 'Charlotte en tissu', en: 'Fabric bouffant cap' },
  sizes,
  formats: ['pdf-a4', 'pdf-letter', 'pdf-a0', 'pdf-projector', 'svg-pattern'],
  // The cap has no seam: its only edge is the casing, folded up by the allowance.
  allowance: {
    label: { fr: 'Coulisse (rempli)', en: 'Casing depth' },
    help: {
      fr: 'Bande repliée tout autour pour passer l’élastique ; la source replie ¾ po (19 mm). Au moins 10 mm pour un élastique de 6 mm.',
      en: 'Band folded up all round to take the elastic; the source folds ¾ in (19 mm). At least 10 mm for a 6 mm elastic.',
    },
    min: 10,
    max: 25,
    default: CASING,
  },
  pieces(v, size) {
    // The seam line is the finished edge, the fold of the casing: the source's circle less its
    // casing, so the default allowance cuts exactly the source's circle.
    const r = CUT_DIAMETER[size as keyof typeof CUT_DIAMETER] / 2 - CASING;
    const half = Math.PI / 2;
    // Centre front at (0, r), centre back at (0, -r): the fold runs front to back.
    const seam = arc(r, -half, half);
    const opening = OPENING / r;
    const cap: PieceSpec = {
      name: 'calotte',
      label: { fr: 'Charlotte', en: 'Bouffant cap' },
      seam,
      // Last edge, from the centre front back down to the centre back, lies on the fold.
      foldEdge: seam.length - 1,
      grain: [[r * 0.5, -r * 0.45], [r * 0.5, r * 0.25]],
      // Clear of the arcs, which crowd the seam box's corner.
      labelAt: [r * 0.06, r * 0.5],
      // The elastic opening, from the centre back along the edge.
      notches: [[0, -r], [r * Math.cos(-half + opening), r * Math.sin(-half + opening)]],
      // Where the raw edge lands once the casing is folded up: stitch just inside it.
      marks: [{ points: arc(r - v.allowance, -half, half), style: 'stitch', label: { fr: 'piqûre de la coulisse', en: 'casing stitch line' } }],
      cut: { count: 1, fabric: { fr: 'coton', en: 'cotton' } },
    };
    return [cap];
  },
  supplies: (_v, size) => [{ name: 'elastic', count: 1, length: ELASTIC[size as keyof typeof ELASTIC] }],
  chart: (v) => chart(v.allowance),
});
