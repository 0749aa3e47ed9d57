import type { Localized } from '../params';
import { cutBox, type Pattern, type PatternValues } from './define';
import { estimateMix, FabricInputError, readQuantity, type FabricEstimate, type FabricOptions, type PieceBox, type SizeBoxes } from './estimate';

export { FABRIC_LIMITS, CUT_GAP, FabricInputError, estimateMix, readWidth, readQuantity, type FabricEstimate, type FabricOptions, type SizeBoxes } from './estimate';

/** The calculator's view of one size: each piece's box as cut from opened fabric. */
export function pieceBoxes(pattern: Pattern, values: PatternValues, size: string): PieceBox[] {
  const a = pattern.allowance(values);
  return pattern.pieces(values, size).map((p) => {
    const b = cutBox(p, a);
    return { name: p.name, label: p.label, fabric: p.cut.fabric, count: p.cut.count, w: b.maxX - b.minX, h: b.maxY - b.minY };
  });
}

/** Every size of a pattern as the calculator sees it (what the page ships to the browser). */
export function sizeBoxes(pattern: Pattern, values: PatternValues): SizeBoxes[] {
  return Object.entries(pattern.sizes).map(([size, label]: [string, Localized]) => ({
    size,
    label,
    pieces: pieceBoxes(pattern, values, size),
    supplies: pattern.supplies(values, size),
  }));
}

/** Fabric, elastic and ties for a number of items per size (see estimateMix). */
export function fabricEstimate(pattern: Pattern, values: PatternValues, quantities: Record<string, number>, width: number, options: FabricOptions = {}): FabricEstimate {
  return estimateMix(sizeBoxes(pattern, values), quantities, width, options);
}

/**
 * Quantities per size from text, as the CLI takes them: `M=10,L=5` (sizes as the pattern names
 * them), or a bare count for `single` (the size given apart). Empty and non-numeric values
 * are errors quoting the value; a decimal count is read, then refused as not whole.
 */
export function parseQuantities(text: string, sizes: string[], single?: string): Record<string, number> {
  if (!text.includes('=')) {
    const size = single ?? sizes[0];
    return { [size]: readQuantity(text, size) };
  }
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new FabricInputError('quantity', {
        fr: `Quantités « ${text} » : écrivez taille=nombre, séparés par des virgules (par exemple ${sizes[0]}=10).`,
        en: `Quantities "${text}": write size=count, separated by commas (for example ${sizes[0]}=10).`,
      });
    }
    const size = part.slice(0, eq).trim();
    if (!sizes.includes(size)) {
      throw new FabricInputError('quantity', { fr: `Taille « ${size} » inconnue : tailles possibles ${sizes.join(', ')}.`, en: `Unknown size "${size}": sizes are ${sizes.join(', ')}.` }, size);
    }
    if (size in out) {
      throw new FabricInputError('quantity', { fr: `Taille ${size} donnée deux fois dans « ${text} ».`, en: `Size ${size} given twice in "${text}".` }, size);
    }
    out[size] = readQuantity(part.slice(eq + 1), size);
  }
  return out;
}
