import type { Localized } from '../params';
import { bestNest, type Nesting } from './nest';

/** Bounds of the calculator's inputs: beyond them the answer would be meaningless. */
export const FABRIC_LIMITS = { quantity: { min: 0, max: 1000 }, total: { min: 1, max: 1000 }, width: { min: 300, max: 3200 } } as const;
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

/** What the calculator knows of one size: its name, its pieces' boxes and its supplies. */
export interface SizeBoxes {
  size: string;
  label: Localized;
  pieces: PieceBox[];
  supplies: SupplyNeed[];
}

export interface FabricOptions {
  /** Pieces may be turned a quarter turn, grain across the fabric (e.g. a bed sheet). */
  rotate?: boolean;
}

export interface FabricEstimate {
  /** Items asked for, by size; sizes asked for none are left out. */
  quantities: Record<string, number>;
  total: number;
  width: number;
  rotate: boolean;
  /** One entry per fabric named by the pieces (outer, lining…). */
  fabrics: { fabric: Localized; length: number; nesting: Nesting; rotated: number }[];
  /** Each supply in total, with its share per size. */
  supplies: { name: SupplyNeed['name']; total: number; bySize: (SupplyNeed & { size: string; quantity: number; total: number })[] }[];
}

export class FabricInputError extends Error {
  constructor(
    public readonly field: 'quantity' | 'width',
    public readonly messages: Localized,
    /** The size whose quantity is wrong, when it is one size's. */
    public readonly size?: string,
  ) {
    super(messages.en);
  }
}

const fr = (n: number) => String(n).replace('.', ',');

/** A number typed by a person: digits with an optional decimal point or comma, nothing else. */
export function readNumber(text: string): number {
  const t = text.trim();
  return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** The fabric width as typed (mm), or an error that quotes it. */
export function readWidth(text: string): number {
  const n = readNumber(text);
  if (Number.isNaN(n)) {
    const wl = FABRIC_LIMITS.width;
    throw new FabricInputError('width', {
      fr: `Laize « ${text} » : indiquez une largeur de tissu en mm, de ${wl.min} à ${wl.max}.`,
      en: `Fabric width "${text}": give a width in mm, from ${wl.min} to ${wl.max}.`,
    });
  }
  return n;
}

/** One size's quantity as typed, or an error that quotes it and names the size. */
export function readQuantity(text: string, size: string, label: Localized = { fr: size, en: size }): number {
  const n = readNumber(text);
  if (Number.isNaN(n)) {
    const q = FABRIC_LIMITS.quantity;
    throw new FabricInputError(
      'quantity',
      {
        fr: `Quantité « ${text} » en taille ${label.fr} : indiquez un nombre entier de ${q.min} à ${q.max}.`,
        en: `Quantity "${text}" in size ${label.en}: give a whole number from ${q.min} to ${q.max}.`,
      },
      size,
    );
  }
  return n;
}

/**
 * Fabric, elastic and ties for a mix of sizes (`quantities`: items per size) on fabric `width`
 * mm wide. Each piece counts as its bounding box as cut plus `CUT_GAP`; the boxes of every
 * item of every size share one layout per fabric, the shortest of shelf and skyline packings
 * (see bestNest), grain along the length unless `rotate` lets a piece turn a quarter turn. An
 * honest upper bound, not an optimised marker. Pure and small, so the page runs the same
 * function as the CLI and the tests.
 */
export function estimateMix(sizes: SizeBoxes[], quantities: Record<string, number>, width: number, options: FabricOptions = {}): FabricEstimate {
  const q = FABRIC_LIMITS.quantity;
  const known = new Map(sizes.map((s) => [s.size, s]));
  for (const [size, n] of Object.entries(quantities)) {
    const s = known.get(size);
    if (!s) {
      const list = sizes.map((x) => x.size).join(', ');
      throw new FabricInputError('quantity', { fr: `Taille « ${size} » inconnue : tailles possibles ${list}.`, en: `Unknown size "${size}": sizes are ${list}.` }, size);
    }
    if (!Number.isInteger(n) || n < q.min || n > q.max) {
      throw new FabricInputError(
        'quantity',
        {
          fr: `Quantité ${fr(n)} en taille ${s.label.fr} : indiquez un nombre entier de ${q.min} à ${q.max}.`,
          en: `Quantity ${n} in size ${s.label.en}: give a whole number from ${q.min} to ${q.max}.`,
        },
        size,
      );
    }
  }
  const total = Object.values(quantities).reduce((a, b) => a + b, 0);
  const t = FABRIC_LIMITS.total;
  if (total < t.min || total > t.max) {
    throw new FabricInputError('quantity', {
      fr: `${total} pièce${total > 1 ? 's' : ''} en tout : demandez de ${t.min} à ${t.max} pièces, toutes tailles confondues.`,
      en: `${total} item${total === 1 ? '' : 's'} in all: ask for ${t.min} to ${t.max} items, all sizes together.`,
    });
  }
  const wl = FABRIC_LIMITS.width;
  if (!Number.isFinite(width) || width < wl.min || width > wl.max) {
    throw new FabricInputError('width', {
      fr: `Laize ${fr(width)} mm : indiquez une largeur de tissu de ${wl.min} à ${wl.max} mm.`,
      en: `Fabric width ${width} mm: give a width from ${wl.min} to ${wl.max} mm.`,
    });
  }
  const rotate = options.rotate === true;
  const asked = sizes.filter((s) => (quantities[s.size] ?? 0) > 0);
  const byFabric = new Map<string, { fabric: Localized; rects: { id: string; w: number; h: number }[] }>();
  for (const s of asked) {
    for (const p of s.pieces) {
      const across = rotate ? Math.min(p.w, p.h) : p.w;
      if (across > width) {
        const how = rotate ? { fr: 'même tournée d’un quart de tour', en: 'even turned a quarter turn' } : { fr: 'une fois dépliée', en: 'opened out' };
        throw new FabricInputError('width', {
          fr: `Laize ${fr(width)} mm : la pièce « ${p.label.fr} » (taille ${s.label.fr}) mesure ${Math.ceil(across)} mm de large ${how.fr} ; il faut au moins cette laize.`,
          en: `Fabric width ${width} mm: the piece "${p.label.en}" (size ${s.label.en}) is ${Math.ceil(across)} mm wide ${how.en}; the fabric must be at least that wide.`,
        });
      }
      const entry = byFabric.get(p.fabric.en) ?? { fabric: p.fabric, rects: [] };
      for (let i = 0; i < quantities[s.size] * p.count; i++) entry.rects.push({ id: `${s.size}:${p.name}#${i}`, w: p.w + CUT_GAP, h: p.h + CUT_GAP });
      byFabric.set(p.fabric.en, entry);
    }
  }
  // The gap is inside each box already; the last box of a row may put its gap past the selvage.
  const fabrics = [...byFabric.values()].map(({ fabric, rects }) => {
    const nesting = bestNest(rects, width + CUT_GAP, rotate);
    return { fabric, length: nesting.length, nesting, rotated: nesting.placements.filter((p) => p.rotated).length };
  });
  const supplies: FabricEstimate['supplies'] = [];
  for (const s of asked) {
    const quantity = quantities[s.size];
    for (const need of s.supplies) {
      const line = { ...need, size: s.size, quantity, total: need.count * need.length * quantity };
      const entry = supplies.find((x) => x.name === need.name);
      if (entry) {
        entry.total += line.total;
        entry.bySize.push(line);
      } else supplies.push({ name: need.name, total: line.total, bySize: [line] });
    }
  }
  return {
    quantities: Object.fromEntries(asked.map((s) => [s.size, quantities[s.size]])),
    total,
    width,
    rotate,
    fabrics,
    supplies,
  };
}
