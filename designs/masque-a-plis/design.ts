import { choice } from '../_kit';
import { ALLOWANCE, definePattern, rectSeam, type PieceSpec, type SizeChart } from '../_kit/pattern';
import type { Pt } from '../_kit/pdf';

/**
 * AFNOR SPEC S76-001 pleated barrier mask. The three layers are squares cut 20 × 20 cm for an
 * adult (brindecousette.com tutorial after AFNOR), elastic 2 × 18 cm. The seam square is the cut
 * square less the default 10 mm allowance, so a larger allowance grows the cut, not the mask.
 * Annex C is reported internally inconsistent (pleat positions vs the stated seam spacings), so
 * the pleats here are computed, not measured from the annex drawing: see the guide.
 */
export const CUT_SQUARE = { adult: 200, child: 170 } as const;
/** Pleat depth and visible gap between pleats, mm (drafting choice for the adult size). */
const PLEAT = { count: 3, depth: 15, gap: 20, top: 45 } as const;
export const ELASTIC = { adult: 180, child: 160 } as const;
/** Ties: the AFNOR duck-bill's 2 × 80 cm, used for the tie option of this mask too. */
export const TIE = 800;

export const sizes = {
  child: { fr: 'Enfant (7 ans et +)', en: 'Child (7 and over)' },
  adult: { fr: 'Adulte', en: 'Adult' },
};

const AFNOR = { source: { fr: 'AFNOR SPEC S76-001', en: 'AFNOR SPEC S76-001' } };
/** The tutorial gives the adult figures; the child's are ours (see the design's page). */
const ADULT_TUTORIAL = { source: { fr: 'adulte : brindecousette.com ; enfant : choix de tracé', en: 'adult: brindecousette.com; child: drafting choice' } };
const seamSide = (size: keyof typeof CUT_SQUARE) => CUT_SQUARE[size] - 2 * ALLOWANCE.default;
const perSize = (f: (size: keyof typeof CUT_SQUARE) => number) => ({ child: f('child'), adult: f('adult') });

export const chart = (): SizeChart => ({
  body: [{ label: { fr: 'Âge', en: 'Age' }, values: { child: { fr: '7 ans et plus', en: '7 and over' }, adult: { fr: 'adulte', en: 'adult' } }, origin: AFNOR }],
  finished: [
    { label: { fr: 'Carré coupé (marge de 1 cm)', en: 'Square as cut (1 cm allowance)' }, values: perSize((s) => CUT_SQUARE[s]), origin: ADULT_TUTORIAL },
    { label: { fr: 'Largeur finie', en: 'Finished width' }, values: perSize(seamSide), origin: ADULT_TUTORIAL },
    // Each pleat folds away twice its depth.
    { label: { fr: 'Hauteur plissée', en: 'Pleated height' }, values: perSize((s) => { const k = seamSide(s) / seamSide('adult'); return seamSide(s) - PLEAT.count * 2 * PLEAT.depth * k; }), origin: 'drafting' },
    { label: { fr: 'Élastique (chacun)', en: 'Elastic (each)' }, values: perSize((s) => ELASTIC[s]), origin: ADULT_TUTORIAL },
  ],
});

const layers = [
  { name: 'exterieur', label: { fr: 'Masque à plis, couche extérieure', en: 'Pleated mask, outer layer' }, fabric: { fr: 'tissu extérieur', en: 'outer fabric' } },
  { name: 'intercalaire', label: { fr: 'Masque à plis, intercalaire', en: 'Pleated mask, middle layer' }, fabric: { fr: 'tissu intercalaire', en: 'middle-layer fabric' } },
  { name: 'doublure', label: { fr: 'Masque à plis, doublure', en: 'Pleated mask, lining' }, fabric: { fr: 'doublure', en: 'lining' } },
] as const;

/** Pleat fold and placement lines from the top edge, scaled to the size: [fold y, placement y]. */
export function pleatLines(seam: number): [number, number][] {
  const k = seam / (CUT_SQUARE.adult - 2 * ALLOWANCE.default);
  return Array.from({ length: PLEAT.count }, (_, i) => {
    const fold = seam - k * (PLEAT.top + i * (2 * PLEAT.depth + PLEAT.gap));
    return [fold, fold - k * PLEAT.depth];
  });
}

export default definePattern({
  slug: 'masque-a-plis',
  title: { fr: 'Masque barrière à plis (AFNOR S76-001)', en: 'Pleated barrier mask (AFNOR S76-001)' },
  sizes,
  params: {
    closure: choice({
      label: { fr: 'Attaches', en: 'Straps' },
      group: 'closure',
      options: { elastic: { fr: 'Élastiques derrière les oreilles', en: 'Ear elastics' }, ties: { fr: 'Liens à nouer', en: 'Ties' } },
      default: 'elastic',
    }),
  },
  groups: { closure: { fr: 'Attaches', en: 'Straps' } },
  formats: ['pdf-a4', 'pdf-letter', 'pdf-a0', 'pdf-projector', 'svg-pattern'],
  pieces(_v, size) {
    const seam = CUT_SQUARE[size as keyof typeof CUT_SQUARE] - 2 * ALLOWANCE.default;
    const pleats = pleatLines(seam);
    return layers.map((l): PieceSpec => ({
      name: l.name,
      label: l.label,
      seam: rectSeam(seam, seam),
      grain: [[seam * 0.8, seam * 0.15], [seam * 0.8, seam * 0.55]],
      // Notches on both sides at every pleat line, so the three layers are pleated together.
      notches: pleats.flatMap(([f, p]) => [[0, f], [seam, f], [0, p], [seam, p]] as Pt[]),
      marks: pleats.flatMap(([f, p]) => [
        { points: [[0, f], [seam, f]] as Pt[], style: 'fold' as const, label: { fr: 'pli', en: 'fold' } },
        { points: [[0, p], [seam, p]] as Pt[], style: 'stitch' as const, label: { fr: 'repère', en: 'placement' } },
      ]),
      cut: { count: 1, fabric: l.fabric },
    }));
  },
  supplies: (v, size) => [
    v.closure === 'elastic'
      ? { name: 'elastic', count: 2, length: ELASTIC[size as keyof typeof ELASTIC] }
      : { name: 'ties', count: 2, length: TIE },
  ],
  chart,
});
