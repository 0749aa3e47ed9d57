// Stacked printing: copies of the frame one above the other, parted by air and break-away posts.
import { union, union2, extrude, translateSolid, type Solid } from '../_kit';
import { offsetPoint, type Layout } from './layout';
import { strut } from './plan';

/**
 * Stacked printing, after the Brussels band's stackable version: copies start on a layer
 * boundary (0.3 mm layers, this design's print setting) with at least two layers of air
 * between them, bridged by 0.8 mm posts every 6 mm along the band and the holder, which
 * snap off by hand.
 */
export const STACK = { layer: 0.3, gapLayers: 2, postWidth: 0.8, postPitch: 6, maxHeight: 210 };

/** Distance between the bottoms of two stacked copies: a whole number of layers. */
export const stackPitch = (bandHeight: number) =>
  Math.ceil((bandHeight + STACK.gapLayers * STACK.layer) / STACK.layer - 1e-9) * STACK.layer;

/** Height of `count` stacked bands of `bandHeight` mm. */
export const stackHeight = (count: number, bandHeight: number) => (count - 1) * stackPitch(bandHeight) + bandHeight;

/** What stacking reads of the design's values. */
export interface StackInput {
  stack: number;
  bandHeight: number;
  bandThickness: number;
  standoff: number;
}

/** Angles along the offset curve at `d`, one every `pitch` mm of arc, between ±phiMax. */
function anglesEvery(L: Layout, d: number, phiMax: number, pitch: number): number[] {
  const speed = (phi: number) => {
    const a = offsetPoint(L.head, phi, d);
    const b = offsetPoint(L.head, phi + 1e-4, d);
    return Math.hypot(b[0] - a[0], b[1] - a[1]) / 1e-4;
  };
  const out: number[] = [0];
  for (let phi = pitch / speed(0); phi < phiMax; phi += pitch / speed(phi)) out.push(phi, -phi);
  return out;
}

/** `p.stack` copies of the frame with break-away posts in the gaps, as one closed solid. */
export function stacked(p: StackInput, L: Layout, frame: Solid) {
  const t = p.bandThickness;
  const pitch = stackPitch(p.bandHeight);
  const gap = pitch - p.bandHeight;
  // Posts stop short of the rounded ends of band and holder, where the walls turn.
  const posts = union2(
    ...anglesEvery(L, t / 2, L.bandPhi - 0.02, STACK.postPitch).map((phi) => strut(L, phi, 0, t, STACK.postWidth)),
    ...anglesEvery(L, p.standoff - t / 2, L.holderPhi - 0.02, STACK.postPitch).map((phi) => strut(L, phi, p.standoff - t, p.standoff, STACK.postWidth)),
  );
  // Posts reach 0.05 mm into the bands above and below so the union is one body, not faces that merely touch.
  const post = extrude(gap + 0.1, posts);
  const copies = Array.from({ length: p.stack }, (_, i) => translateSolid([0, 0, i * pitch], frame));
  const separators = Array.from({ length: p.stack - 1 }, (_, i) => translateSolid([0, 0, i * pitch + p.bandHeight - 0.05], post));
  return union(...copies, ...separators);
}
