import { maths, primitives, transforms } from '../_kit/jscad';
import { defineDesign, num, choice, bool, paramError, union, subtract, extrude, polygon2, translateSolid, transformSolid, type Values } from '../_kit';
import { sheetFormatOptions, type SheetFormatId } from '../sheet-formats';
import { PRINT_BED_MM } from '../_kit/printVolume';
import { layout, offsetPoint, normalAt, CAP_LIP, CAP_THICKNESS, type Layout, type Vec2 } from './layout';
import { planOutline, strip } from './plan';
import { STACK, stackHeight, stacked } from './stack';

/** Print bed the model must fit (mm). */
export const BED: Vec2 = [...PRINT_BED_MM];

const params = {
  headCircumference: num({
    label: { fr: 'Tour de tête', en: 'Head circumference' },
    help: {
      fr: 'Mesuré au-dessus des sourcils. L’élastique rattrape l’écart avec la tête réelle.',
      en: 'Measured just above the eyebrows. The elastic takes up the difference with the real head.',
    },
    unit: 'mm', min: 500, max: 640, step: 5, default: 570, group: 'fit',
  }),
  headShape: num({
    label: { fr: 'Forme de la tête (largeur ÷ longueur)', en: 'Head shape (breadth ÷ length)' },
    help: {
      fr: 'Le bandeau suit une ellipse de ce rapport : une approximation de modélisation, pas une donnée anthropométrique.',
      en: 'The band follows an ellipse of this ratio: a modelling approximation, not anthropometric data.',
    },
    unit: 'ratio', min: 0.7, max: 0.95, step: 0.01, default: 0.8, group: 'fit',
  }),
  standoff: num({
    label: { fr: 'Distance front–écran', en: 'Forehead-to-shield distance' },
    help: {
      fr: 'De la peau du front à la face avant du support d’écran. Les soignants ont demandé environ 40 mm pour garder leurs lunettes.',
      en: 'From the skin of the forehead to the front face of the shield holder. Carers asked for about 40 mm to keep their glasses on.',
    },
    unit: 'mm', min: 15, max: 50, step: 1, default: 40, group: 'fit',
  }),
  bandHeight: num({
    label: { fr: 'Hauteur du bandeau', en: 'Band height' },
    help: { fr: 'Épaisseur imprimée, en Z.', en: 'Printed height, along Z.' },
    unit: 'mm', min: 10, max: 30, step: 0.5, default: 20, group: 'band',
  }),
  bandThickness: num({
    label: { fr: 'Épaisseur des parois', en: 'Wall thickness' },
    help: { fr: 'Bandeau, support d’écran et entretoises.', en: 'Band, shield holder and struts.' },
    unit: 'mm', min: 1.2, max: 4, step: 0.1, default: 2.5, group: 'band',
  }),
  reinforcement: bool({
    label: { fr: 'Renfort inférieur', en: 'Lower reinforcement' },
    help: {
      fr: 'Une semelle de 1,2 mm relie le bandeau au support d’écran : plus rigide, et protège des projections venant du dessus.',
      en: 'A 1.2 mm web joins the band to the shield holder: stiffer, and shields from splashes from above.',
    },
    default: true, group: 'band',
  }),
  smoothing: num({
    label: { fr: 'Rayon des congés', en: 'Fillet radius' },
    help: {
      fr: 'Arrondit les angles intérieurs des entretoises : de grands rayons se nettoient mieux. Limité à la moitié de l’espace entre bandeau et support.',
      en: 'Rounds the inner corners of the struts: large radii are easier to clean. Capped at half the gap between band and holder.',
    },
    unit: 'mm', min: 0, max: 8, step: 0.5, default: 4, group: 'band',
  }),
  sheetPattern: choice({
    label: { fr: 'Perforation de la feuille', en: 'Sheet hole pattern' },
    help: {
      fr: 'Les picots sont placés au pas des trous, mesuré le long de la courbe de la feuille.',
      en: 'Pins sit at the hole pitch, measured along the curve of the sheet.',
    },
    options: sheetFormatOptions, default: 'a4-4' as SheetFormatId, group: 'sheet',
  }),
  sheetThickness: num({
    label: { fr: 'Épaisseur de la feuille', en: 'Sheet thickness' },
    help: {
      fr: 'Feuilles de 140 à 500 µm utilisées en 2020 ; 200 µm recommandés par Visière solidaire Rhône-Alpes.',
      en: 'Sheets of 140 to 500 µm were used in 2020; Visière solidaire Rhône-Alpes recommended 200 µm.',
    },
    unit: 'µm', min: 140, max: 500, step: 10, default: 200, group: 'sheet',
  }),
  pinDiameter: num({
    label: { fr: 'Diamètre des picots', en: 'Pin diameter' },
    help: {
      fr: 'Pour des trous de 6 mm (perforatrice de bureau). Une collerette de 0,6 mm retient la feuille.',
      en: 'For 6 mm holes (office punch). A 0.6 mm lip holds the sheet on.',
    },
    unit: 'mm', min: 2.5, max: 5.5, step: 0.1, default: 3.5, group: 'sheet',
  }),
  pinLength: num({
    label: { fr: 'Longueur des picots', en: 'Pin length' },
    unit: 'mm', min: 3, max: 8, step: 0.5, default: 4.5, group: 'sheet',
  }),
  stack: num({
    label: { fr: 'Serre-têtes empilés', en: 'Stacked headbands' },
    help: {
      fr: 'Imprime plusieurs serre-têtes l’un sur l’autre en une fois, séparés par un jour d’au moins deux couches de 0,3 mm et de fins plots à casser. Sans renfort inférieur.',
      en: 'Prints several headbands on top of each other in one go, parted by a gap of at least two 0.3 mm layers and thin break-away posts. Without the lower reinforcement.',
    },
    unit: 'count', min: 1, max: 8, step: 1, integer: true, default: 1, group: 'print',
  }),
};

type P = Values<typeof params>;

/** Teardrop profile (point down, 45°): a horizontal pin that prints without support. */
function teardrop(radius: number) {
  const points: Vec2[] = [];
  for (let i = 0; i <= 18; i++) {
    const a = -Math.PI / 4 + ((3 * Math.PI) / 2) * (i / 18);
    points.push([radius * Math.cos(a), radius * Math.sin(a)]);
  }
  points.push([0, -radius * Math.SQRT2]);
  return polygon2(points);
}

/** One pin with its cap, standing out of the holder along the normal at `phi`. */
function pin(p: P, L: Layout, phi: number, z: number) {
  const r = p.pinDiameter / 2;
  const embed = Math.min(0.5, p.bandThickness / 2);
  const shank = extrude(p.pinLength + embed, teardrop(r));
  const cap = translateSolid([0, 0, embed + p.pinLength - CAP_THICKNESS], extrude(CAP_THICKNESS, teardrop(r + CAP_LIP)));
  const [nx, ny] = normalAt(L.head, phi);
  const base = offsetPoint(L.head, phi, p.standoff - embed);
  // Local +Z (the pin axis) becomes the normal; local −Y (the teardrop's point) becomes −Z.
  const { mat4 } = maths;
  const place = mat4.multiply(
    mat4.create(),
    mat4.fromTranslation(mat4.create(), [base[0], base[1], z]),
    mat4.multiply(mat4.create(), mat4.fromZRotation(mat4.create(), Math.atan2(nx, -ny)), mat4.fromXRotation(mat4.create(), Math.PI / 2)),
  );
  return transformSolid(place, union(shank, cap));
}

/** A window through the band near each end, for the elastic strap. */
function strapWindow(p: P, L: Layout, phi: number) {
  const [nx, ny] = normalAt(L.head, phi);
  const c = offsetPoint(L.head, phi, p.bandThickness / 2);
  const height = p.bandHeight - 2 * STRAP_WINDOW_RIM;
  const box = primitives.cuboid({ size: [STRAP_WINDOW_WIDTH, p.bandThickness + 2, height] });
  return transforms.translate([c[0], c[1], p.bandHeight / 2], transforms.rotateZ(Math.atan2(ny, nx) - Math.PI / 2, box));
}

const STRAP_WINDOW_WIDTH = 3;
const STRAP_WINDOW_RIM = 2.5;
const STRAP_WINDOW_FROM_END = 7;
const WEB_THICKNESS = 1.2;
const BED_MARGIN = 2;

function checkStack(p: P) {
  if (p.stack === 1) return [];
  if (p.reinforcement) {
    const detail = {
      fr: 'dans une pile, le renfort inférieur serait imprimé dans le vide au-dessus du serre-tête du dessous ; décochez « Renfort inférieur » ou imprimez un seul serre-tête.',
      en: 'in a stack the lower reinforcement would be printed over thin air above the headband below; untick "Lower reinforcement" or print a single headband.',
    };
    return [paramError('stack', params.stack, 'constraint', p.stack, { detail })];
  }
  const height = stackHeight(p.stack, p.bandHeight);
  if (height <= STACK.maxHeight) return [];
  const detail = {
    fr: `${p.stack} serre-têtes de ${p.bandHeight} mm empilés mesurent ${height.toFixed(1).replace('.', ',')} mm de haut, plus que les ${STACK.maxHeight} mm du volume d’impression ; réduisez le nombre ou la hauteur du bandeau.`,
    en: `${p.stack} stacked ${p.bandHeight} mm headbands are ${height.toFixed(1)} mm tall, more than the ${STACK.maxHeight} mm print height; use fewer or lower bands.`,
  };
  return [paramError('stack', params.stack, 'constraint', p.stack, { detail })];
}

export default defineDesign({
  slug: 'visiere-serre-tete',
  title: { fr: 'Serre-tête de visière', en: 'Face-shield headband' },
  params,
  groups: {
    fit: { fr: 'Ajustement', en: 'Fit' },
    band: { fr: 'Bandeau', en: 'Band' },
    sheet: { fr: 'Feuille et picots', en: 'Sheet and pins' },
    print: { fr: 'Impression', en: 'Printing' },
  },
  presets: {
    'a4-4-s': { label: { fr: 'A4 · 4 trous · tête 54 cm', en: 'A4 · 4 holes · 54 cm head' }, values: { headCircumference: 540 } },
    'a4-4-l': { label: { fr: 'A4 · 4 trous · tête 60 cm', en: 'A4 · 4 holes · 60 cm head' }, values: { headCircumference: 600 } },
    'a4-2': { label: { fr: 'A4 · 2 trous (277 mm)', en: 'A4 · 2 holes (277 mm)' }, values: { sheetPattern: 'a4-2' } },
    'letter-3': { label: { fr: 'US Letter · 3 trous', en: 'US Letter · 3 holes' }, values: { sheetPattern: 'letter-3' } },
    leger: {
      label: { fr: 'Léger : bandeau de 15 mm', en: 'Light: 15 mm band' },
      values: { bandHeight: 15, bandThickness: 2, reinforcement: false },
    },
    'pile-6': {
      label: { fr: 'Pile de 6 serre-têtes légers', en: 'Stack of 6 light headbands' },
      values: { bandHeight: 15, bandThickness: 2, reinforcement: false, stack: 6 },
    },
  },
  formats: ['stl', '3mf'],
  // Stacked copies start on layer boundaries of STACK.layer: the slicer must use that height.
  printOverrides: (p) => (p.stack > 1 ? { layerHeight: STACK.layer } : {}),
  check(p) {
    const stackErrors = checkStack(p);
    if (stackErrors.length) return stackErrors;
    const L = layout(p);
    const size: Vec2 = [L.extent.max[0] - L.extent.min[0] + 2 * BED_MARGIN, L.extent.max[1] - L.extent.min[1] + 2 * BED_MARGIN];
    if (size[0] <= BED[0] && size[1] <= BED[1]) return [];
    const detail = {
      fr: `avec ${p.headCircumference} mm de tour de tête et ${p.standoff} mm de distance, la pièce mesure ${Math.ceil(size[0])} × ${Math.ceil(size[1])} mm et dépasse le plateau de ${BED[0]} × ${BED[1]} mm ; réduisez le tour de tête ou la distance front–écran.`,
      en: `with a ${p.headCircumference} mm head and a ${p.standoff} mm distance, the part measures ${Math.ceil(size[0])} × ${Math.ceil(size[1])} mm and exceeds the ${BED[0]} × ${BED[1]} mm bed; reduce the head circumference or the forehead-to-shield distance.`,
    };
    return [paramError('headCircumference', params.headCircumference, 'constraint', p.headCircumference, { detail })];
  },
  build(p) {
    const L = layout(p);
    const walls = extrude(p.bandHeight, planOutline(p, L));
    const web = p.reinforcement
      ? [extrude(WEB_THICKNESS, strip(L, -L.holderPhi, L.holderPhi, p.bandThickness / 2, p.standoff - p.bandThickness / 2))]
      : [];
    const pins = L.pinPhis.map((phi) => pin(p, L, phi, p.bandHeight / 2));
    const windowPhi = L.bandPhi - STRAP_WINDOW_FROM_END / Math.hypot(L.head.a, L.head.b) * Math.SQRT2;
    const windows = [windowPhi, -windowPhi].map((phi) => strapWindow(p, L, phi));
    const centre: [number, number, number] = [-(L.extent.min[0] + L.extent.max[0]) / 2, -(L.extent.min[1] + L.extent.max[1]) / 2, 0];
    // Grouped so that what a change leaves alone is reused (designs/_kit/kernel.ts keeps evaluated
    // subtrees): the windows cut the band's ends only, the web and the pins meet the walls only.
    const frame = union(subtract(walls, ...windows), ...web, ...pins);
    const solid = p.stack > 1 ? stacked(p, L, frame) : frame;
    return {
      parts: [{ name: 'serre-tete', label: { fr: 'Serre-tête', en: 'Headband' }, solid: translateSolid(centre, solid) }],
    };
  },
});
