import { primitives } from '../_kit/jscad';
import { defineDesign, num, choice, paramError, subtract2, offset2, type Values } from '../_kit';
import { SHEET_FORMATS, sheetFormatOptions, type SheetFormatId } from '../sheet-formats';

/**
 * The transparent screen of a face shield, as a flat outline: width and holes come from the
 * sheet format (the same definitions that place the headband's pins), the maker chooses the
 * height, the rounding of the lower corners and how far the centre drops below the sides.
 */
const params = {
  sheetPattern: choice({
    label: { fr: 'Format et perforation', en: 'Format and hole pattern' },
    help: {
      fr: 'Largeur de la feuille et position des trous ; le serre-tête du même format a ses picots au même pas.',
      en: 'Sheet width and hole positions; the headband of the same format has its pins at the same pitch.',
    },
    options: sheetFormatOptions, default: 'a4-4' as SheetFormatId, group: 'sheet',
  }),
  height: num({
    label: { fr: 'Hauteur au centre', en: 'Height at the centre' },
    help: {
      fr: 'Du bord perforé au bas de la feuille, sous le menton. Une recommandation de prévention du BTP demande que l’écran descende au moins 3 cm sous le menton : vérifiez sur la personne qui le portera.',
      en: 'From the punched edge to the bottom of the sheet, under the chin. A construction-industry prevention guideline asks for the screen to reach at least 3 cm below the chin: check on the wearer.',
    },
    unit: 'mm', min: 120, max: 300, step: 1, default: 210, group: 'shape',
  }),
  chinCoverage: num({
    label: { fr: 'Descente du bas au centre', en: 'Extra drop at the centre' },
    help: {
      fr: 'Le bas de la feuille suit une courbe : le centre descend de cette valeur plus bas que les côtés, qui gênent ainsi moins aux épaules. 0 = bas droit.',
      en: 'The bottom edge follows a curve: the centre reaches this much lower than the sides, which then catch less on the shoulders. 0 = straight bottom.',
    },
    unit: 'mm', min: 0, max: 80, step: 1, default: 0, group: 'shape',
  }),
  cornerRadius: num({
    label: { fr: 'Rayon des coins inférieurs', en: 'Lower corner radius' },
    help: {
      fr: 'Des coins arrondis ne piquent pas le cou et se déchirent moins.',
      en: 'Rounded corners do not dig into the neck and tear less.',
    },
    unit: 'mm', min: 0, max: 60, step: 1, default: 20, group: 'shape',
  }),
};

type P = Values<typeof params>;

export const sideHeight = (p: P) => p.height - p.chinCoverage;
/**
 * Shortest side allowed: below the holes there must be a hole diameter of sheet, then the
 * rounded corner, then 10 mm of straight edge, or the rounding would eat into the holes.
 */
export const minSideHeight = (p: P) => {
  const f = SHEET_FORMATS[p.sheetPattern];
  return f.edgeDistance + f.holeDiameter + p.cornerRadius + 10;
};

/** Points of the sheet's outline before corner rounding, y up, top edge at y = height, centred on x = 0. */
function sharpOutline(p: P, extraTop: number): [number, number][] {
  const half = SHEET_FORMATS[p.sheetPattern].size[0] / 2;
  const bottom: [number, number][] = [];
  const n = 64;
  for (let i = 0; i <= n; i++) {
    const x = -half + (2 * half * i) / n;
    // A parabola: 0 at the centre, chinCoverage at both sides.
    bottom.push([x, p.chinCoverage * (x / half) ** 2]);
  }
  return [...bottom, [half, p.height + extraTop], [-half, p.height + extraTop]];
}

/** The sheet with its lower corners rounded (an opening: shrink then grow by the radius) and its holes. */
export function sheetShape(p: P) {
  const f = SHEET_FORMATS[p.sheetPattern];
  const half = f.size[0] / 2;
  // The outline is drawn taller than the sheet, rounded, then cut at the top edge, so only the
  // lower corners are rounded and the punched edge stays straight.
  const margin = p.cornerRadius + 1;
  const tall = primitives.polygon({ points: sharpOutline(p, margin) });
  const rounded = p.cornerRadius > 0 ? offset2(p.cornerRadius, offset2(-p.cornerRadius, tall)) : tall;
  const aboveTop = primitives.rectangle({ size: [f.size[0] + 4 * margin, 2 * margin], center: [0, p.height + margin] });
  const holes = f.holes.map((x) =>
    primitives.circle({ radius: f.holeDiameter / 2, center: [x, p.height - f.edgeDistance], segments: 48 }),
  );
  return { outline: subtract2(rounded, aboveTop, ...holes), width: 2 * half };
}

export default defineDesign({
  slug: 'visiere-feuille',
  title: { fr: 'Feuille de visière', en: 'Face-shield sheet' },
  params,
  groups: {
    sheet: { fr: 'Format', en: 'Format' },
    shape: { fr: 'Forme', en: 'Shape' },
  },
  presets: {
    'a4-4': { label: { fr: 'A4 · 4 trous « 888 », coins de 20 mm', en: 'A4 · 4 holes "888", 20 mm corners' }, values: {} },
    'a4-2': { label: { fr: 'A4 · 2 trous (277 mm)', en: 'A4 · 2 holes (277 mm)' }, values: { sheetPattern: 'a4-2' } },
    'letter-3-8in': {
      label: { fr: 'US Letter · 3 trous · 8 po de haut', en: 'US Letter · 3 holes · 8 in tall' },
      values: { sheetPattern: 'letter-3', height: 203 },
    },
    menton: {
      label: { fr: 'A4 · bas galbé (centre 4 cm plus bas)', en: 'A4 · curved bottom (centre 4 cm lower)' },
      values: { chinCoverage: 40, cornerRadius: 30 },
    },
  },
  formats: ['svg', 'dxf', 'gabarit-a4', 'gabarit-letter'],
  check(p) {
    const min = minSideHeight(p);
    if (sideHeight(p) >= min) return [];
    const detail = {
      fr: `avec ${p.height} mm de hauteur et ${p.chinCoverage} mm d’avancée, les côtés ne mesurent plus que ${sideHeight(p)} mm ; avec des coins de ${p.cornerRadius} mm il en faut au moins ${min}, sinon l’arrondi entame les trous. Réduisez l’avancée ou le rayon, ou augmentez la hauteur.`,
      en: `with a ${p.height} mm height and a ${p.chinCoverage} mm drop, the sides are only ${sideHeight(p)} mm tall; with ${p.cornerRadius} mm corners they need at least ${min} mm, or the rounding cuts into the holes. Reduce the drop or the radius, or increase the height.`,
    };
    return [paramError('chinCoverage', params.chinCoverage, 'constraint', p.chinCoverage, { detail })];
  },
  build(p) {
    return { parts: [{ name: 'feuille', label: { fr: 'Feuille', en: 'Sheet' }, outline: sheetShape(p).outline }] };
  },
});
