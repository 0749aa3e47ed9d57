import { cutBox, type Pattern } from './define';
import { estimateFromBoxes, type FabricEstimate, type PieceBox } from './estimate';

export { FABRIC_LIMITS, CUT_GAP, FabricInputError, type FabricEstimate } from './estimate';

/** The calculator's view of one size: each piece's box as cut from opened fabric. */
export function pieceBoxes(pattern: Pattern, values: Record<string, unknown>, size: string): PieceBox[] {
  const a = pattern.allowance(values);
  return pattern.pieces(values, size).map((p) => {
    const b = cutBox(p, a);
    return { name: p.name, label: p.label, fabric: p.cut.fabric, count: p.cut.count, w: b.maxX - b.minX, h: b.maxY - b.minY };
  });
}

/** Fabric, elastic and ties for `quantity` items of one size (see estimateFromBoxes). */
export function fabricEstimate(pattern: Pattern, values: Record<string, unknown>, size: string, quantity: number, width: number): FabricEstimate {
  return estimateFromBoxes(pieceBoxes(pattern, values, size), pattern.supplies(values, size), quantity, width);
}
