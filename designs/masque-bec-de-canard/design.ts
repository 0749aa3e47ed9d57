import { ALLOWANCE, definePattern, type PieceSpec, type SizeChart } from '../_kit/pattern';

/**
 * AFNOR duck-bill barrier mask, as adapted by sewing tutorials (location-costumes.com): each
 * layer is a rectangle, cut on the fold, of 21 × 25 cm (adult), 22 × 27 (large), 20 × 20
 * (child 8–14) or 18 × 18 (child 4–8); ties 2 × 80 cm, nose wire 6 cm. The seam line is the cut
 * rectangle less the default allowance on the three sewn sides.
 */
export const CUT = {
  child48: [180, 180],
  child814: [200, 200],
  adult: [210, 250],
  large: [220, 270],
} as const;
export const TIE = 800;
export const NOSE_WIRE = 60;
/** Channel for the nose wire, under the top edge (drafting choice). */
const WIRE_CHANNEL = 12;

export const sizes = {
  child48: { fr: 'Enfant 4–8 ans', en: 'Child 4–8' },
  child814: { fr: 'Enfant 8–14 ans', en: 'Child 8–14' },
  adult: { fr: 'Adulte', en: 'Adult' },
  large: { fr: 'Adulte grand', en: 'Adult large' },
};

const TUTORIAL = { source: { fr: 'location-costumes.com', en: 'location-costumes.com' } };
const perSize = (f: (cut: readonly [number, number]) => number) => Object.fromEntries(Object.entries(CUT).map(([s, c]) => [s, f(c)]));

export const chart = (): SizeChart => ({
  body: [
    {
      label: { fr: 'Pour', en: 'For' },
      values: Object.fromEntries(Object.entries(sizes).map(([s, l]) => [s, l])),
      origin: TUTORIAL,
    },
  ],
  finished: [
    { label: { fr: 'Rectangle coupé, largeur', en: 'Rectangle as cut, width' }, values: perSize(([w]) => w), origin: TUTORIAL },
    { label: { fr: 'Rectangle coupé, hauteur', en: 'Rectangle as cut, height' }, values: perSize(([, h]) => h), origin: TUTORIAL },
    // The seam line is the cut less the default allowance on each sewn side.
    { label: { fr: 'Largeur finie, à plat', en: 'Finished width, flat' }, values: perSize(([w]) => w - 2 * ALLOWANCE.default), origin: TUTORIAL },
    { label: { fr: 'Hauteur finie, à plat', en: 'Finished height, flat' }, values: perSize(([, h]) => h - 2 * ALLOWANCE.default), origin: TUTORIAL },
    { label: { fr: 'Liens (chacun)', en: 'Ties (each)' }, values: perSize(() => TIE), origin: TUTORIAL },
  ],
});

const layers = [
  { name: 'exterieur', label: { fr: 'Bec de canard, couche extérieure', en: 'Duck-bill, outer layer' }, fabric: { fr: 'tissu extérieur', en: 'outer fabric' } },
  { name: 'intercalaire', label: { fr: 'Bec de canard, intercalaire', en: 'Duck-bill, middle layer' }, fabric: { fr: 'tissu intercalaire', en: 'middle-layer fabric' } },
  { name: 'doublure', label: { fr: 'Bec de canard, doublure', en: 'Duck-bill, lining' }, fabric: { fr: 'doublure', en: 'lining' } },
] as const;

export default definePattern({
  slug: 'masque-bec-de-canard',
  title: { fr: 'Masque barrière bec de canard (AFNOR S76-001)', en: 'Duck-bill barrier mask (AFNOR S76-001)' },
  sizes,
  formats: ['pdf-a4', 'pdf-letter', 'pdf-a0', 'pdf-projector', 'svg-pattern'],
  pieces(_v, size) {
    const [cw, ch] = CUT[size as keyof typeof CUT];
    const w = cw - 2 * ALLOWANCE.default;
    // Cut on the fold along the bottom edge: half the height, allowance on the top only.
    const h = ch / 2 - ALLOWANCE.default;
    return layers.map(
      (l, i): PieceSpec => ({
        name: l.name,
        label: l.label,
        seam: [[0, 0], [w, 0], [w, h], [0, h]],
        foldEdge: 0,
        grain: [[w * 0.8, h * 0.2], [w * 0.8, h * 0.75]],
        notches: [[w / 2, h], [0, h / 2], [w, h / 2]],
        marks: i === 0 ? [{ points: [[w / 2 - NOSE_WIRE / 2, h - WIRE_CHANNEL], [w / 2 + NOSE_WIRE / 2, h - WIRE_CHANNEL]], style: 'stitch', label: { fr: 'barrette nasale', en: 'nose wire' } }] : [],
        cut: { count: 1, fabric: l.fabric },
      }),
    );
  },
  supplies: () => [
    { name: 'ties', count: 2, length: TIE },
    { name: 'noseWire', count: 1, length: NOSE_WIRE },
  ],
  chart,
});
