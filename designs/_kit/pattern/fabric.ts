import type { Localized } from '../params';
import { cutBox, type Pattern, type Supply } from './define';
import { shelfNest, type Nesting } from './nest';

/** Bounds of the calculator's inputs: beyond them the answer would be meaningless. */
export const FABRIC_LIMITS = { quantity: { min: 1, max: 1000 }, width: { min: 300, max: 3200 } } as const;
/** Space left between pieces on the fabric for the scissors, mm. */
export const CUT_GAP = 10;

export interface FabricEstimate {
  quantity: number;
  width: number;
  /** One entry per fabric named by the pieces (outer, lining…). */
  fabrics: { fabric: Localized; length: number; nesting: Nesting }[];
  supplies: (Supply & { total: number })[];
}

export class FabricInputError extends Error {
  constructor(
    public readonly field: 'quantity' | 'width',
    public readonly messages: Localized,
  ) {
    super(messages.en);
  }
}

const fr = (n: number) => String(n).replace('.', ',');

/**
 * Fabric, elastic and ties for `quantity` items of one size on fabric `width` mm wide. Each
 * piece is counted as its bounding box as cut (opened out if cut on the fold), plus `CUT_GAP`,
 * and the boxes are shelf-packed across the width, grain along the length (see shelfNest):
 * an honest upper bound, not an optimised marker.
 */
export function fabricEstimate(pattern: Pattern, values: Record<string, unknown>, size: string, quantity: number, width: number): FabricEstimate {
  const q = FABRIC_LIMITS.quantity;
  if (!Number.isInteger(quantity) || quantity < q.min || quantity > q.max) {
    throw new FabricInputError('quantity', {
      fr: `Quantité ${fr(quantity)} : indiquez un nombre entier de ${q.min} à ${q.max}.`,
      en: `Quantity ${quantity}: give a whole number from ${q.min} to ${q.max}.`,
    });
  }
  const wl = FABRIC_LIMITS.width;
  if (!Number.isFinite(width) || width < wl.min || width > wl.max) {
    throw new FabricInputError('width', {
      fr: `Laize ${fr(width)} mm : indiquez une largeur de tissu de ${wl.min} à ${wl.max} mm.`,
      en: `Fabric width ${width} mm: give a width from ${wl.min} to ${wl.max} mm.`,
    });
  }
  const a = pattern.allowance(values);
  const pieces = pattern.pieces(values, size);
  const byFabric = new Map<string, { fabric: Localized; rects: { id: string; w: number; h: number }[] }>();
  for (const p of pieces) {
    const b = cutBox(p, a);
    const [w, h] = [b.maxX - b.minX, b.maxY - b.minY];
    if (w > width) {
      throw new FabricInputError('width', {
        fr: `Laize ${fr(width)} mm : la pièce « ${p.label.fr} » mesure ${Math.ceil(w)} mm de large une fois dépliée ; il faut au moins cette laize.`,
        en: `Fabric width ${width} mm: the piece "${p.label.en}" is ${Math.ceil(w)} mm wide opened out; the fabric must be at least that wide.`,
      });
    }
    const entry = byFabric.get(p.cut.fabric.en) ?? { fabric: p.cut.fabric, rects: [] };
    for (let i = 0; i < quantity * p.cut.count; i++) entry.rects.push({ id: `${p.name}#${i}`, w: w + CUT_GAP, h: h + CUT_GAP });
    byFabric.set(p.cut.fabric.en, entry);
  }
  // The gap is inside each box already; the fabric edge may take the last box's gap.
  const fabrics = [...byFabric.values()].map(({ fabric, rects }) => {
    const nesting = shelfNest(rects, width + CUT_GAP, 0);
    return { fabric, length: nesting.length, nesting };
  });
  const supplies = pattern.supplies(values, size).map((s) => ({ ...s, total: s.count * s.length * quantity }));
  return { quantity, width, fabrics, supplies };
}
