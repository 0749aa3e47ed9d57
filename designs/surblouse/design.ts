import { definePattern, rectSeam, type PieceSpec } from '../_kit/pattern';
import type { Pt } from '../_kit/pdf';

/**
 * Gown (surblouse) after the Saint-Malo / Dinan / Cancale hospitals' request (francebleu.fr,
 * April 2020): cotton, length at least 1.20 m, washable at 60 °C, back closure (neck ties and a
 * sewn belt), elastic cuffs. Construction after the bed-sheet pattern (over-the-blues.com): the
 * body in one piece on the fold at the shoulders, 28 cm armhole slits, 1 cm seams, elastic
 * 2 × 20 cm. Widths, sleeve lengths and strips per size are drafting choices (see the guide).
 */
export const MIN_LENGTH = 1200;
export const ARMHOLE_SLIT = 280;
export const CUFF_ELASTIC = 200;

/** [body half-width (front width), length shoulder to hem, sleeve length], mm. */
export const SIZES_MM = {
  S: [600, 1200, 520],
  M: [650, 1220, 540],
  L: [700, 1240, 560],
  XL: [750, 1260, 580],
  XXL: [800, 1280, 600],
} as const;
/** Wrist width before the elastic gathers it, and the casing depth, mm (drafting choice). */
const CUFF = { width: 320, casing: 25 } as const;
const NECK = { halfWidth: 90, depth: 100 } as const;
const STRIPS = { belt: [40, 900], neckTie: [30, 400] } as const;

export const sizes = Object.fromEntries(Object.keys(SIZES_MM).map((s) => [s, { fr: s, en: s }])) as Record<keyof typeof SIZES_MM, { fr: string; en: string }>;

const cotton = { fr: 'coton (drap)', en: 'cotton (bed sheet)' };

export default definePattern({
  slug: 'surblouse',
  title: { fr: 'Surblouse en coton', en: 'Cotton gown' },
  sizes,
  params: {},
  groups: {},
  // The body is longer than an A0 sheet: tiled pages and SVG only.
  formats: ['pdf-a4', 'pdf-letter', 'svg-pattern'],
  pieces(_v, size) {
    const [w, len, sleeve] = SIZES_MM[size as keyof typeof SIZES_MM];
    const neck: Pt[] = Array.from({ length: 17 }, (_, i) => {
      const t = Math.PI * (i / 16);
      return [w / 2 - NECK.halfWidth * Math.cos(t), -NECK.depth * Math.sin(t)];
    });
    const body: PieceSpec = {
      name: 'corps',
      label: { fr: 'Surblouse, corps (devant et dos)', en: 'Gown, body (front and back)' },
      // Shoulders on the fold at y = 0, so every size shares it; hem at y = -len.
      seam: rectSeam(w, len, [0, -len]),
      foldEdge: 2,
      grain: [[w * 0.25, -len * 0.7], [w * 0.25, -len * 0.3]],
      // Side seams stop here: the rest is the armhole slit the sleeve is sewn into.
      notches: [[0, -ARMHOLE_SLIT], [w, -ARMHOLE_SLIT], [w / 2, 0]],
      marks: [
        { points: neck, style: 'slit', label: { fr: 'encolure', en: 'neckline' } },
        { points: [[w / 2, -len], [w / 2, -NECK.depth]], style: 'slit', label: { fr: 'ouverture dos (couche du dos seulement)', en: 'back opening (back layer only)' } },
      ],
      cut: { count: 1, fabric: cotton },
    };
    const half = ARMHOLE_SLIT;
    const cuffHalf = CUFF.width / 2;
    const sleevePiece: PieceSpec = {
      name: 'manche',
      label: { fr: 'Surblouse, manche', en: 'Gown, sleeve' },
      // Folded along the top of the arm (x = 0); armhole at the top (y = 0), cuff at the bottom.
      seam: [[0, -sleeve], [cuffHalf, -sleeve], [half, 0], [0, 0]],
      foldEdge: 3,
      grain: [[cuffHalf * 0.4, -sleeve * 0.75], [cuffHalf * 0.4, -sleeve * 0.25]],
      notches: [[half, 0]],
      marks: [{ points: [[0, CUFF.casing - sleeve], [cuffHalf + ((half - cuffHalf) * CUFF.casing) / sleeve, CUFF.casing - sleeve]], style: 'fold', label: { fr: 'coulisse élastique', en: 'elastic casing' } }],
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
});
