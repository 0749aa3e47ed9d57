import type { Localized } from '../params';
import { shelfNest, type Nesting } from './nest';

/** Bounds of the calculator's inputs: beyond them the answer would be meaningless. */
export const FABRIC_LIMITS = { quantity: { min: 1, max: 1000 }, width: { min: 300, max: 3200 } } as const;
/** Space left between pieces on the fabric for the scissors, mm. */
export const CUT_GAP = 10;

/** One piece as the calculator sees it: its bounding box as cut, opened out if cut on the fold. */
export interface PieceBox {
  name: string;
  label: Localized;
  fabric: Localized;
  count: number;
  w: number;
  h: number;
}

export interface SupplyNeed {
  name: 'elastic' | 'ties' | 'noseWire' | 'velcro';
  count: number;
  length: number;
}

export interface FabricEstimate {
  quantity: number;
  width: number;
  /** One entry per fabric named by the pieces (outer, lining…). */
  fabrics: { fabric: Localized; length: number; nesting: Nesting }[];
  supplies: (SupplyNeed & { total: number })[];
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
 * Fabric, elastic and ties for `quantity` items on fabric `width` mm wide. Each piece counts as
 * its bounding box as cut plus `CUT_GAP`, and the boxes are shelf-packed across the width, grain
 * along the length (see shelfNest): an honest upper bound, not an optimised marker. Pure and
 * small, so the page runs the same function as the CLI and the tests.
 */
export function estimateFromBoxes(pieces: PieceBox[], supplies: SupplyNeed[], quantity: number, width: number): FabricEstimate {
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
  const byFabric = new Map<string, { fabric: Localized; rects: { id: string; w: number; h: number }[] }>();
  for (const p of pieces) {
    if (p.w > width) {
      throw new FabricInputError('width', {
        fr: `Laize ${fr(width)} mm : la pièce « ${p.label.fr} » mesure ${Math.ceil(p.w)} mm de large une fois dépliée ; il faut au moins cette laize.`,
        en: `Fabric width ${width} mm: the piece "${p.label.en}" is ${Math.ceil(p.w)} mm wide opened out; the fabric must be at least that wide.`,
      });
    }
    const entry = byFabric.get(p.fabric.en) ?? { fabric: p.fabric, rects: [] };
    for (let i = 0; i < quantity * p.count; i++) entry.rects.push({ id: `${p.name}#${i}`, w: p.w + CUT_GAP, h: p.h + CUT_GAP });
    byFabric.set(p.fabric.en, entry);
  }
  // The gap is inside each box already; the last box of a row may put its gap past the selvage.
  const fabrics = [...byFabric.values()].map(({ fabric, rects }) => {
    const nesting = shelfNest(rects, width + CUT_GAP, 0);
    return { fabric, length: nesting.length, nesting };
  });
  return { quantity, width, fabrics, supplies: supplies.map((s) => ({ ...s, total: s.count * s.length * quantity })) };
}
