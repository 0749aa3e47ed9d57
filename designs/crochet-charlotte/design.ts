import { primitives } from '../_kit/jscad';
import { defineDesign, num, union2, subtract2, offset2, extrude, union, translateSolid, type Values } from '../_kit';

/**
 * Clip-on hook for a bouffant cap: a C-clip that pushes onto the top edge of a face-shield
 * headband, with a hook above it that the cap's elastic edge stretches over. The GliaX
 * headband had such hooks built in at clinicians' request; this clip adds them to a headband
 * without. Printed lying on its profile, so the hook needs no support.
 */
const params = {
  bandThickness: num({
    label: { fr: 'Épaisseur du bandeau à pincer', en: 'Thickness of the band it grips' },
    help: {
      fr: 'Mesurez la paroi du serre-tête (2,5 mm pour le serre-tête d’Usinette par défaut).',
      en: 'Measure the headband wall (2.5 mm for Usinette’s headband by default).',
    },
    unit: 'mm', min: 1.2, max: 4, step: 0.1, default: 2.5, group: 'fit',
  }),
  clearance: num({
    label: { fr: 'Jeu de serrage', en: 'Fit clearance' },
    help: {
      fr: 'Ajouté à l’épaisseur du bandeau : 0,2 mm serre bien sur la plupart des imprimantes ; augmentez si la pince ne rentre pas.',
      en: 'Added to the band thickness: 0.2 mm grips well on most printers; increase it if the clip will not go on.',
    },
    unit: 'mm', min: 0, max: 0.6, step: 0.05, default: 0.2, group: 'fit',
  }),
  gripDepth: num({
    label: { fr: 'Profondeur de la pince', en: 'Grip depth' },
    help: { fr: 'Hauteur de bandeau prise dans la pince ; moins que la hauteur du bandeau.', en: 'How much of the band the clip covers; less than the band height.' },
    unit: 'mm', min: 4, max: 15, step: 0.5, default: 8, group: 'fit',
  }),
  wall: num({
    label: { fr: 'Épaisseur de la pince', en: 'Clip wall' },
    unit: 'mm', min: 1.2, max: 3, step: 0.1, default: 1.6, group: 'hook',
  }),
  hookHeight: num({
    label: { fr: 'Hauteur du crochet', en: 'Hook height' },
    help: { fr: 'Au-dessus du bandeau.', en: 'Above the band.' },
    unit: 'mm', min: 4, max: 15, step: 0.5, default: 8, group: 'hook',
  }),
  hookReach: num({
    label: { fr: 'Avancée du bec', en: 'Hook lip' },
    help: {
      fr: 'Longueur du bec qui retient l’élastique de la charlotte.',
      en: 'Length of the lip that keeps the cap’s elastic on.',
    },
    unit: 'mm', min: 1.5, max: 6, step: 0.5, default: 3, group: 'hook',
  }),
  width: num({
    label: { fr: 'Largeur', en: 'Width' },
    help: { fr: 'Le long du bandeau.', en: 'Along the band.' },
    unit: 'mm', min: 6, max: 20, step: 0.5, default: 10, group: 'hook',
  }),
  count: num({
    label: { fr: 'Nombre de crochets', en: 'Number of hooks' },
    help: { fr: 'Imprimés côte à côte en une fois.', en: 'Printed side by side in one go.' },
    unit: 'count', min: 1, max: 8, step: 1, integer: true, default: 2, group: 'print',
  }),
};

type P = Values<typeof params>;
const STEM = 2.4;
const SPACING = 5;

/** Width of the slot that takes the band. */
export const slotWidth = (p: P) => p.bandThickness + p.clearance;

/**
 * The clip's profile, u across the band, v up; the band's top edge is at v = 0 and its wall
 * fills 0 ≤ u ≤ slot width below it.
 */
export function profile(p: P) {
  const s = slotWidth(p);
  const body = primitives.rectangle({ size: [s + 2 * p.wall, p.gripDepth + p.wall], center: [s / 2, (p.wall - p.gripDepth) / 2] });
  const slot = primitives.rectangle({ size: [s, p.gripDepth + 1], center: [s / 2, -(p.gripDepth + 1) / 2] });
  // A bevel at the slot's mouth guides the band in.
  const lead = primitives.polygon({ points: [[-0.6, -p.gripDepth - 0.01], [s + 0.6, -p.gripDepth - 0.01], [s, -p.gripDepth + 0.6], [0, -p.gripDepth + 0.6]] });
  const stemX = s / 2;
  const top = p.wall + p.hookHeight;
  const stem = primitives.rectangle({ size: [STEM, p.hookHeight + 0.5], center: [stemX, p.wall + (p.hookHeight - 0.5) / 2] });
  const lip = primitives.rectangle({ size: [STEM + p.hookReach, STEM], center: [stemX + p.hookReach / 2, top - STEM / 2] });
  // Rounded outside corners (an opening by 0.5 mm): no edge to tear the cap.
  return offset2(0.5, offset2(-0.5, subtract2(union2(body, stem, lip), slot, lead)));
}

export default defineDesign({
  slug: 'crochet-charlotte',
  title: { fr: 'Crochet de charlotte pour visière', en: 'Bouffant-cap hook for face shields' },
  params,
  groups: {
    fit: { fr: 'Serrage sur le bandeau', en: 'Fit on the band' },
    hook: { fr: 'Crochet', en: 'Hook' },
    print: { fr: 'Impression', en: 'Printing' },
  },
  presets: {
    'usinette-2': {
      label: { fr: 'Serre-tête Usinette par défaut (paroi 2,5 mm), 2 crochets pour les côtés', en: 'Default Usinette headband (2.5 mm wall), 2 hooks for the sides' },
      values: {},
    },
    'leger-4': {
      label: { fr: 'Pour le serre-tête léger (paroi 2 mm), 4 crochets', en: 'For the light headband (2 mm wall), 4 hooks' },
      values: { bandThickness: 2, gripDepth: 6, count: 4 },
    },
  },
  formats: ['stl', '3mf'],
  build(p) {
    const one = extrude(p.width, profile(p));
    // Laid on the bed side by side along X, each profile face down.
    const pitch = slotWidth(p) + 2 * p.wall + p.hookReach + SPACING;
    const copies = Array.from({ length: p.count }, (_, i) => translateSolid([i * pitch, 0, 0], one));
    return {
      parts: [{ name: 'crochets', label: { fr: 'Crochets de charlotte', en: 'Bouffant-cap hooks' }, solid: union(...copies) }],
    };
  },
});
