import type { Geom2, Geom3 } from './jscad';
import type { Localized } from './params';
import type { PatternSheet } from './pattern/sheet';

/**
 * 2D and 3D geometry as small CSG trees whose leaves are JSCAD geometries. The trees are
 * evaluated by the kernel (manifold-3d, with Clipper2 for 2D): its booleans and extrusions
 * give closed meshes fast, where JSCAD's 3D booleans leave T-junction cracks and its 2D
 * booleans are slow (see README, "Geometry kernel").
 */
export type Shape =
  | { op: 'shape'; geom: Geom2 }
  /** A simple polygon's corners, in either winding: read by the kernel as they are, without JSCAD. */
  | { op: 'polygon'; points: [number, number][] }
  | { op: 'union2'; children: Shape[] }
  | { op: 'subtract2'; children: Shape[] }
  /** Grows (delta > 0) or shrinks the outline; round joins keep a constant distance. */
  | { op: 'offset'; delta: number; join: 'round' | 'miter' | 'square'; children: [Shape] };

export type Solid =
  | { op: 'leaf'; geom: Geom3 }
  | { op: 'extrude'; height: number; shape: Shape }
  | { op: 'union'; children: Solid[] }
  | { op: 'subtract'; children: Solid[] }
  | { op: 'translate'; offset: [number, number, number]; children: [Solid] }
  /** An affine transform as a JSCAD mat4 (column-major, as `maths.mat4` builds it). */
  | { op: 'transform'; matrix: number[]; children: [Solid] };

export type ShapeInput = Shape | Geom2;
export type SolidInput = Solid | Geom3;

// JSCAD geometries have no `op`: anything without one is a leaf.
export const toShape = (s: ShapeInput): Shape => ('op' in s ? s : { op: 'shape', geom: s });
export const toSolid = (s: SolidInput): Solid => ('op' in s ? s : { op: 'leaf', geom: s });

/** A polygon from its corners (a strip, a strut, a profile): cheaper to evaluate than JSCAD's `primitives.polygon`. */
export const polygon2 = (points: [number, number][]): Shape => ({ op: 'polygon', points });
/** Union of 2D shapes. */
export const union2 = (...items: ShapeInput[]): Shape => ({ op: 'union2', children: items.map(toShape) });
/** The first 2D shape minus the others. */
export const subtract2 = (base: ShapeInput, ...cutters: ShapeInput[]): Shape => ({
  op: 'subtract2',
  children: [toShape(base), ...cutters.map(toShape)],
});
/** Offsets an outline by `delta` mm (Clipper2): seam allowances, clearances, roundings. */
export const offset2 = (delta: number, shape: ShapeInput, join: 'round' | 'miter' | 'square' = 'round'): Shape => ({
  op: 'offset',
  delta,
  join,
  children: [toShape(shape)],
});

/** Extrudes the union of 2D shapes along +Z from z = 0 to `height`. */
export const extrude = (height: number, ...shapes: ShapeInput[]): Solid => ({
  op: 'extrude',
  height,
  shape: shapes.length === 1 ? toShape(shapes[0]) : union2(...shapes),
});
/** Union of solids or JSCAD geometries. */
export const union = (...items: SolidInput[]): Solid => ({ op: 'union', children: items.map(toSolid) });
/** The first solid minus all the others. */
export const subtract = (base: SolidInput, ...cutters: SolidInput[]): Solid => ({
  op: 'subtract',
  children: [toSolid(base), ...cutters.map(toSolid)],
});
/** Moves a whole solid (e.g. copies in a stack) without touching its leaves. */
export const translateSolid = (offset: [number, number, number], s: SolidInput): Solid => ({
  op: 'translate',
  offset,
  children: [toSolid(s)],
});

/** Applies a JSCAD `maths.mat4` to a whole solid (rotations, placements of repeated features). */
export const transformSolid = (matrix: ArrayLike<number>, s: SolidInput): Solid => ({
  op: 'transform',
  matrix: Array.from(matrix),
  children: [toSolid(s)],
});

/** One named piece of a design: a 3D solid to print, or a closed 2D outline to cut. */
export type Part =
  | { name: string; label: Localized; solid: SolidInput }
  | { name: string; label: Localized; outline: ShapeInput };

export interface Model {
  parts: Part[];
  /** A sewing pattern's pieces, layout and chart: what its files draw besides the cut lines. */
  pattern?: PatternSheet;
}

export const is3d = (p: Part): p is Extract<Part, { solid: SolidInput }> => 'solid' in p;
export const is2d = (p: Part): p is Extract<Part, { outline: ShapeInput }> => 'outline' in p;
