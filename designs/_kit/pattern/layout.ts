import { boxOfPoints, type Pt } from '../pdf/drawing';
import { shelfNest } from './nest';
import { movePiece } from './piece';
import type { DraftedPieces, PieceSpec, PlacedPiece } from './sheet';

const GAP = 40;
/** Width the piece groups are laid out in: fits a portrait A0 sheet less its margins. */
const LAYOUT_WIDTH = 800;

/**
 * Every selected size of every piece (or of those `keep` accepts), layered piece by piece, the
 * groups shelved side by side: the pattern's layout, and the tiled PDFs' layout of the shaped
 * pieces alone.
 */
export function layoutPieces(drafted: DraftedPieces, keep: (piece: PieceSpec) => boolean = () => true): PlacedPiece[] {
  const { selected, pieces, allowance: a } = drafted;
  const sizeIds = Object.keys(drafted.sizes);
  const names = [...new Set(selected.flatMap((s) => pieces[s].filter(keep).map((p) => p.name)))];
  // Each piece's sizes share its origin (layered); the groups are shelved side by side.
  const groups = names.map((name) => {
    const all = selected.flatMap((size) => pieces[size].filter((p) => p.name === name).map((piece) => ({ size, piece })));
    const box = boxOfPoints(all.flatMap(({ piece }) => piece.seam));
    return { name, all, box: { minX: box.minX - a, minY: box.minY - a, maxX: box.maxX + a, maxY: box.maxY + a } };
  });
  const nest = shelfNest(
    groups.map((g) => ({ id: g.name, w: g.box.maxX - g.box.minX, h: g.box.maxY - g.box.minY })),
    Math.max(LAYOUT_WIDTH, ...groups.map((g) => g.box.maxX - g.box.minX)),
    GAP,
  );
  return groups.flatMap((g) => {
    const at = nest.placements.find((p) => p.id === g.name)!;
    // Shelves grow downwards on paper: y is flipped so the first shelf is at the top.
    const d: Pt = [at.x - g.box.minX, -at.y - at.h - g.box.minY];
    return g.all.map(({ size, piece }) => ({
      size,
      sizeIndex: sizeIds.indexOf(size),
      piece: movePiece(piece, d),
      part: `${size}--${piece.name}`,
    }));
  });
}
