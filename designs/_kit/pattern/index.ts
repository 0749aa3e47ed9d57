// The sewing-pattern engine: what a pattern design imports.
export { definePattern, isPattern, sizeKey, cutBox, ALLOWANCE, type PatternDesign, type Pattern, type PlacedPiece, type Supply } from './define';
export { rectSeam, cutShape, type PieceSpec, type PieceMark } from './piece';
export { fabricEstimate, type FabricEstimate } from './fabric';
