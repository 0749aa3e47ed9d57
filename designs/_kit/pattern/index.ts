// The sewing-pattern engine: what a pattern design imports.
export { definePattern, isPattern, sizeKey, cutBox, ALLOWANCE, type PatternDesign, type Pattern, type PatternParams, type PatternValues, type PatternSheet, type PlacedPiece, type Supply } from './define';
export { rectSeam, cutShape, type PieceSpec, type PieceMark } from './piece';
export { fabricEstimate, pieceBoxes, sizeBoxes, parseQuantities, estimateMix, readWidth, readQuantity, FABRIC_LIMITS, CUT_GAP, FabricInputError, type FabricEstimate, type FabricOptions, type SizeBoxes } from './fabric';
export { figureSvg, type FigureOptions, type FigureLine } from './figure';
export { chartCm, chartValue, chartOrigin, chartItems, DRAFTING, type SizeChart, type ChartRow, type ChartOrigin } from './chart';
export { fabricLayoutSvg, layoutKey, type LayoutSvgOptions } from './layoutSvg';
