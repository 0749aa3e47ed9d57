import { definePattern, rectSeam, type PieceSpec, type SizeChart } from '../_kit/pattern';
import type { Pt } from '../_kit/pdf';

/**
 * Gown (surblouse) after the Saint-Malo / Dinan / Cancale hospitals' request (francebleu.fr,
 * April 2020): cotton, length at least 1.20 m, washable at 60 °C, back closure (neck ties and a
 * sewn belt), elastic cuffs. Construction after the over-the-blues.com bed-sheet gown: front and
 * back in one piece, cut on the fold at the centre front and open at the back; the armholes are
 * 28 cm slits; 1 cm seams; sleeves seamed along the top of the arm and joined with the
 * shoulder; 2 cm cuff hem with 2 × 20 cm elastic; a belt and two ties. Widths, lengths, sleeve
 * shape, shoulder length and strip sizes per size are drafting choices (see the guide).
 */
export const MIN_LENGTH = 1200;
export const ARMHOLE_SLIT = 280;
export const CUFF_ELASTIC = 200;
/** Finished cuff hem that takes the elastic (over-the-blues.com). */
export const CUFF_HEM = 20;

/** [half circumference (centre front to centre back), length shoulder to hem, sleeve length], mm. */
export const SIZES_MM = {
  S: [600, 1200, 520],
  M: [650, 1220, 540],
  L: [700, 1240, 560],
  XL: [750, 1260, 580],
  XXL: [800, 1280, 600],
} as const;
/** Wrist width before the elastic gathers it; shoulder seam length each side of the slit (drafting choices). */
const CUFF_WIDTH = 320;
const SHOULDER = 110;
const STRIPS = { belt: [40, 900], neckTie: [30, 400] } as const;

export const sizes = Object.fromEntries(Object.keys(SIZES_MM).map((s) => [s, { fr: s, en: s }])) as Record<keyof typeof SIZES_MM, { fr: string; en: string }>;

/** Room between the body and the gown closed at the back, round the chest (drafting choice). */
const CHEST_EASE = 200;
const HOSPITALS = { source: { fr: 'hôpitaux de Saint-Malo, Dinan, Cancale', en: 'Saint-Malo, Dinan, Cancale hospitals' } };
const BED_SHEET_GOWN = { source: { fr: 'over-the-blues.com', en: 'over-the-blues.com' } };

const perSize = (f: (dims: readonly [number, number, number]) => number) =>
  Object.fromEntries(Object.entries(SIZES_MM).map(([s, d]) => [s, f(d)]));

/** The gown's size chart: the requested length and the source's slit and elastic; the rest is ours. */
export const chart = (): SizeChart => ({
  body: [{ label: { fr: 'Tour de poitrine, au plus', en: 'Chest, at most' }, values: perSize(([w]) => 2 * w - CHEST_EASE), origin: 'drafting' }],
  finished: [
    { label: { fr: 'Tour, dos fermé', en: 'Round, back closed' }, values: perSize(([w]) => 2 * w), origin: 'drafting' },
    { label: { fr: 'Longueur, épaule à ourlet', en: 'Length, shoulder to hem' }, values: perSize(([, len]) => len), origin: 'drafting' },
    { label: { fr: 'Longueur demandée, au moins', en: 'Length asked for, at least' }, values: perSize(() => MIN_LENGTH), origin: HOSPITALS },
    { label: { fr: 'Manche, emmanchure à poignet', en: 'Sleeve, armhole to wrist' }, values: perSize(([, , sleeve]) => sleeve), origin: 'drafting' },
    { label: { fr: 'Fente d’emmanchure', en: 'Armhole slit' }, values: perSize(() => ARMHOLE_SLIT), origin: BED_SHEET_GOWN },
    { label: { fr: 'Poignet avant élastique', en: 'Cuff before the elastic' }, values: perSize(() => CUFF_WIDTH), origin: 'drafting' },
    { label: { fr: 'Élastique de poignet', en: 'Cuff elastic' }, values: perSize(() => CUFF_ELASTIC), origin: BED_SHEET_GOWN },
  ],
});

const cotton = { fr: 'coton (drap)', en: 'cotton (bed sheet)' };

export default definePattern({
  slug: 'surblouse',
  title: { fr: 'Surblouse en coton', en: 'Cotton gown' },
  sizes,
  // The body is longer than an A0 sheet: tiled pages and SVG only.
  formats: ['pdf-a4', 'pdf-letter', 'pdf-projector', 'svg-pattern'],
  pieces(_v, size) {
    const [w, len, sleeve] = SIZES_MM[size as keyof typeof SIZES_MM];
    const side = w / 2;
    const body: PieceSpec = {
      name: 'corps',
      label: { fr: 'Surblouse, corps (devant et dos)', en: 'Gown, body (front and back)' },
      // Centre front on the fold at x = 0, centre back (the opening) at x = w; shoulders at
      // y = 0 so every size shares them, hem at y = -len.
      seam: rectSeam(w, len, [0, -len]),
      foldEdge: 3,
      grain: [[w * 0.2, -len * 0.7], [w * 0.2, -len * 0.3]],
      // Bottom of the armhole slit, and the ends of the shoulder seam on either side of it.
      notches: [[side, -ARMHOLE_SLIT], [side - SHOULDER, 0], [side + SHOULDER, 0]],
      marks: [{ points: [[side, 0], [side, -ARMHOLE_SLIT]], style: 'slit', label: { fr: 'fente d’emmanchure', en: 'armhole slit' } }],
      cut: { count: 1, fabric: cotton },
    };
    const top = ARMHOLE_SLIT;
    const cuff = CUFF_WIDTH / 2;
    // Symmetric about x = 0: the armhole (front slit + back slit) at the top, the cuff at the bottom.
    const sleevePiece: PieceSpec = {
      name: 'manche',
      label: { fr: 'Surblouse, manche', en: 'Gown, sleeve' },
      seam: [[-cuff, -sleeve], [cuff, -sleeve], [top, 0], [-top, 0]],
      grain: [[0, -sleeve * 0.75], [0, -sleeve * 0.25]],
      // Middle of the armhole edge: it meets the bottom of the slit.
      notches: [[0, 0]],
      marks: [{ points: [[-cuff - ((top - cuff) * CUFF_HEM) / sleeve, CUFF_HEM - sleeve], [cuff + ((top - cuff) * CUFF_HEM) / sleeve, CUFF_HEM - sleeve]], style: 'fold', label: { fr: 'ourlet élastique', en: 'elastic hem' } }],
      cut: { count: 2, fabric: cotton },
    };
    const strip = (name: string, label: PieceSpec['label'], [sw, sh]: readonly [number, number], count: number): PieceSpec => ({
      name,
      label,
      seam: rectSeam(sw, sh),
      grain: [[sw / 2, sh * 0.3], [sw / 2, sh * 0.7]],
      marks: [{ points: [[sw / 2, 0], [sw / 2, sh]], style: 'fold', label: { fr: 'plier en deux', en: 'fold in half' } }],
      cut: { count, fabric: cotton },
    });
    return [
      body,
      sleevePiece,
      strip('ceinture', { fr: 'Surblouse, ceinture', en: 'Gown, belt' }, STRIPS.belt, 2),
      strip('lien-encolure', { fr: "Surblouse, lien d'encolure", en: 'Gown, neck tie' }, STRIPS.neckTie, 2),
    ];
  },
  supplies: () => [{ name: 'elastic', count: 2, length: CUFF_ELASTIC }],
  chart,
});
