import { primitives, text as jscadText } from '../_kit/jscad';
import { defineDesign, num, text, paramError, union2, offset2, extrude, union, type Values, type ParamError } from '../_kit';
import type { Lang } from '../_kit/lang';

/** Millimetres with one decimal, rounded up or down: a text rounded up and a free space rounded down never read equal. */
const mm = (n: number, lang: Lang, round: (x: number) => number) => {
  const s = (round(n * 10) / 10).toFixed(1);
  return lang === 'fr' ? s.replace('.', ',') : s;
};

/** Why the hooks leave too little strap: what is left, or by how much they overlap when nothing is. */
function hooksTooLong(p: { hookCount: number; hookPitch: number; length: number }, free: number) {
  const n = p.hookCount;
  const pitch = (lang: Lang) => (lang === 'fr' ? String(p.hookPitch).replace('.', ',') : String(p.hookPitch));
  const hooks = { fr: `${n} crochet${n > 1 ? 's' : ''} au pas de ${pitch('fr')} mm de chaque côté`, en: `${n} hook${n > 1 ? 's' : ''} at a ${pitch('en')} mm pitch at each end` };
  const left = Math.round(free);
  const what =
    left > 0
      ? { fr: `ne laisse${n > 1 ? 'nt' : ''} que ${left} mm au milieu`, en: `leave${n > 1 ? '' : 's'} only ${left} mm in the middle` }
      : left === 0
        ? { fr: `ne laisse${n > 1 ? 'nt' : ''} rien au milieu`, en: `leave${n > 1 ? '' : 's'} nothing in the middle` }
        : { fr: `se chevauche${n > 1 ? 'nt' : ''} de ${-left} mm au milieu`, en: `overlap${n > 1 ? '' : 's'} by ${-left} mm in the middle` };
  return {
    fr: `${hooks.fr} ${what.fr} d’une bande de ${p.length} mm (20 mm libres au moins). Réduisez le nombre ou le pas des crochets, ou allongez la bande.`,
    en: `${hooks.en} ${what.en} of a ${p.length} mm strap (at least 20 mm free). Use fewer or closer hooks, or a longer strap.`,
  };
}

/**
 * Ear saver: a flat strap worn behind the head; the mask's elastic loops catch on hooks at
 * both ends instead of on the ears. One plan outline serves the 3D print (extruded) and the
 * laser cut (SVG/DXF); an optional first name is embossed on the print only.
 */

/** Characters JSCAD's single-stroke font draws (plain ASCII letters, digits and a few marks). */
const TEXT_CHARS = /^[A-Za-z0-9 .'-]*$/;

const params = {
  length: num({
    label: { fr: 'Longueur', en: 'Length' },
    help: {
      fr: 'Longueur totale. Un modèle découpé au laser de 2020 mesure environ 170 mm ; le modèle revu par le NIH était imprimé à 85 % de sa taille pour une tête moyenne.',
      en: 'Overall length. A 2020 laser-cut design is about 170 mm long; the NIH-reviewed strap was printed at 85 % of its size for an average head.',
    },
    unit: 'mm', min: 100, max: 240, step: 1, default: 170, group: 'size',
  }),
  width: num({
    label: { fr: 'Largeur de la bande', en: 'Strap width' },
    help: { fr: 'Sans les crochets.', en: 'Without the hooks.' },
    unit: 'mm', min: 6, max: 20, step: 0.5, default: 8, group: 'size',
  }),
  thickness: num({
    label: { fr: 'Épaisseur', en: 'Thickness' },
    help: {
      fr: 'Épaisseur imprimée (ou celle de la plaque découpée). Plus fin, la bande épouse mieux la tête.',
      en: 'Printed thickness (or the thickness of the cut sheet). Thinner straps follow the head better.',
    },
    unit: 'mm', min: 0.8, max: 4, step: 0.1, default: 1.6, group: 'size',
  }),
  hookCount: num({
    label: { fr: 'Crochets de chaque côté', en: 'Hooks at each end' },
    help: {
      fr: 'Plusieurs crochets permettent de régler le serrage : 3 ou 4 par côté étaient courants.',
      en: 'Several hooks let the wearer choose the tension: 3 or 4 per end were common.',
    },
    unit: 'count', min: 1, max: 6, step: 1, integer: true, default: 3, group: 'hooks',
  }),
  hookPitch: num({
    label: { fr: 'Pas des crochets', en: 'Hook pitch' },
    help: { fr: 'Distance entre deux crochets voisins.', en: 'Distance between neighbouring hooks.' },
    unit: 'mm', min: 9, max: 25, step: 0.5, default: 14, group: 'hooks',
  }),
  label: text({
    label: { fr: 'Texte en relief (prénom)', en: 'Embossed text (first name)' },
    help: {
      fr: 'Imprimé en relief de 0,6 mm au milieu de la bande ; absent des fichiers de découpe. Lettres sans accent, chiffres, espace, point, tiret, apostrophe.',
      en: 'Printed 0.6 mm proud in the middle of the strap; left out of the cutting files. Unaccented letters, digits, space, full stop, hyphen, apostrophe.',
    },
    maxLength: 16,
    allowed: TEXT_CHARS,
    allowedLabel: {
      fr: 'lettres sans accent A–Z, chiffres, espace, point, tiret et apostrophe droite (la police ne dessine pas les accents)',
      en: "unaccented letters A–Z, digits, space, full stop, hyphen and straight apostrophe (the font has no accents)",
    },
    default: '', group: 'text',
  }),
};

type P = Values<typeof params>;

/** Hook proportions (mm): stem and tip of each claw, how far it stands out of the strap. */
export const HOOK = { stem: 2.5, tip: 2.5, depth: 5, fromEnd: 5 };
const EMBOSS = 0.6;
const STROKE = 0.9;
const TEXT_MARGIN = 4;

/** x positions of the hook stems on the positive side, outermost first. */
export const hookXs = (p: P) => Array.from({ length: p.hookCount }, (_, i) => p.length / 2 - HOOK.fromEnd - HOOK.stem / 2 - i * p.hookPitch);

/** Free length in the middle of the strap, between the innermost hooks' tips. */
export const freeLength = (p: P) => 2 * (hookXs(p).at(-1)! - HOOK.stem / 2 - HOOK.tip);

/**
 * One claw on one edge: a stem standing out of the strap, its tip turned towards the centre,
 * so an elastic loop pulled towards the middle cannot slip off.
 */
function claw(x: number, side: 1 | -1, half: number, towardCentre: 1 | -1) {
  const y0 = side * (half - 0.5);
  const y1 = side * (half + HOOK.depth);
  const yTip = side * (half + HOOK.depth - HOOK.stem);
  const xs = [x - HOOK.stem / 2, x + HOOK.stem / 2];
  const tipX = towardCentre < 0 ? xs[0] - HOOK.tip : xs[1] + HOOK.tip;
  const stem = primitives.rectangle({ size: [HOOK.stem, Math.abs(y1 - y0)], center: [x, (y0 + y1) / 2] });
  const tipMin = Math.min(tipX, towardCentre < 0 ? xs[1] : xs[0]);
  const tipMax = Math.max(tipX, towardCentre < 0 ? xs[1] : xs[0]);
  const tip = primitives.rectangle({ size: [tipMax - tipMin, HOOK.stem], center: [(tipMin + tipMax) / 2, (yTip + y1) / 2] });
  return [stem, tip];
}

/** The cut outline: strap with round ends and claws on both edges at both ends. */
export function strapOutline(p: P) {
  const half = p.width / 2;
  const straight = p.length - p.width;
  const strap = [
    primitives.rectangle({ size: [straight, p.width] }),
    primitives.circle({ radius: half, center: [-straight / 2, 0], segments: 32 }),
    primitives.circle({ radius: half, center: [straight / 2, 0], segments: 32 }),
  ];
  const claws = hookXs(p).flatMap((x) =>
    ([1, -1] as const).flatMap((side) => [...claw(x, side, half, -1), ...claw(-x, side, half, 1)]),
  );
  return union2(...strap, ...claws);
}

/** Letter height that fits the strap's width with a margin. */
const letterHeight = (p: P) => Math.max(2, p.width - 2 * STROKE - 2);

/** The text as strokes of constant width (each segment a quad with round joints), centred on the origin. */
export function textShape(p: P) {
  const segments = jscadText.vectorText({ height: letterHeight(p), input: p.label }) as [number, number][][];
  const pts = segments.flat();
  const minX = Math.min(...pts.map((q) => q[0])), maxX = Math.max(...pts.map((q) => q[0]));
  const minY = Math.min(...pts.map((q) => q[1])), maxY = Math.max(...pts.map((q) => q[1]));
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  // Strokes are drawn 0.05 mm thin, then the union grown by 0.05 mm: letters that touch at a
  // single point (as Y and W do) then overlap instead of pinching the mesh at that point.
  const grow = 0.05;
  const r = STROKE / 2 - grow;
  const shapes = segments.flatMap((seg) => {
    const s = seg.map(([x, y]) => [x - cx, y - cy] as [number, number]);
    const quads = s.slice(1).map((b, i) => {
      const a = s[i];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
      const nx = (-(b[1] - a[1]) / len) * r, ny = ((b[0] - a[0]) / len) * r;
      return primitives.polygon({ points: [[a[0] - nx, a[1] - ny], [b[0] - nx, b[1] - ny], [b[0] + nx, b[1] + ny], [a[0] + nx, a[1] + ny]] });
    });
    const dots = s.map((c) => primitives.circle({ radius: r, center: c, segments: 12 }));
    return [...quads, ...dots];
  });
  return { shape: offset2(grow, union2(...shapes)), width: maxX - minX + STROKE };
}

/** Text width for the current parameters, without building the geometry (for the check). */
export function textWidth(p: P): number {
  if (!p.label) return 0;
  const pts = (jscadText.vectorText({ height: letterHeight(p), input: p.label }) as [number, number][][]).flat();
  return pts.length ? Math.max(...pts.map((q) => q[0])) - Math.min(...pts.map((q) => q[0])) + STROKE : 0;
}

export default defineDesign({
  slug: 'attache-masque',
  title: { fr: 'Attache-masque', en: 'Ear saver' },
  params,
  groups: {
    size: { fr: 'Dimensions', en: 'Size' },
    hooks: { fr: 'Crochets', en: 'Hooks' },
    text: { fr: 'Personnalisation', en: 'Personalisation' },
  },
  presets: {
    'laser-3x14': {
      label: { fr: 'Découpe laser : 3 crochets au pas de 14 mm, 170 mm', en: 'Laser cut: 3 hooks at 14 mm pitch, 170 mm' },
      values: { width: 6, thickness: 3 },
    },
    '4-crochets': {
      label: { fr: 'Impression : 4 crochets par côté', en: 'Print: 4 hooks per end' },
      values: { hookCount: 4, hookPitch: 12 },
    },
    court: {
      label: { fr: 'Court : 145 mm (85 % de 170 mm)', en: 'Short: 145 mm (85 % of 170 mm)' },
      values: { length: 145, hookCount: 3, hookPitch: 12 },
    },
  },
  formats: ['stl', '3mf', 'svg', 'dxf'],
  check(p) {
    const errors: ParamError[] = [];
    const free = freeLength(p);
    if (free < 20) {
      errors.push(paramError('hookCount', params.hookCount, 'constraint', p.hookCount, { detail: hooksTooLong(p, free) }));
    } else if (p.label) {
      const w = textWidth(p);
      if (w > free - 2 * TEXT_MARGIN) {
        errors.push(paramError('label', params.label, 'constraint', p.label, {
          detail: {
            fr: `« ${p.label} » mesure ${mm(w, 'fr', Math.ceil)} mm à cette largeur de bande, mais seuls ${mm(free - 2 * TEXT_MARGIN, 'fr', Math.floor)} mm sont libres entre les crochets. Raccourcissez le texte ou allongez la bande.`,
            en: `"${p.label}" is ${mm(w, 'en', Math.ceil)} mm long at this strap width, but only ${mm(free - 2 * TEXT_MARGIN, 'en', Math.floor)} mm are free between the hooks. Shorten the text or lengthen the strap.`,
          },
        }));
      }
    }
    return errors;
  },
  build(p) {
    const outline = strapOutline(p);
    const body = extrude(p.thickness, outline);
    const solid = p.label.trim() ? union(body, extrude(p.thickness + EMBOSS, textShape(p).shape)) : body;
    return {
      parts: [
        { name: 'attache', label: { fr: 'Attache-masque', en: 'Ear saver' }, solid },
        { name: 'contour', label: { fr: 'Contour de découpe', en: 'Cutting outline' }, outline },
      ],
    };
  },
});
