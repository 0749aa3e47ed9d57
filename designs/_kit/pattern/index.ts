// The sewing-pattern engine: what a pattern design imports.
export { definePattern, isPattern, sizeKey, cutBox, ALLOWANCE, type PatternDesign, type Pattern, type PatternParams, type PatternValues, type PatternSheet, type PlacedPiece, type Supply } from './define';
export { rectSeam, cutShape, type PieceSpec, type PieceMark } from './piece';
export { fabricEstimate, pieceBoxes, sizeBoxes, parseQuantities, estimateMix, readWidth, readQuantity, FABRIC_LIMITS, CUT_GAP, FabricInputError, type FabricEstimate, type FabricOptions, type SizeBoxes } from './fabric';
export { assemblyFigure, figureProblems, placeFigure, edgeLine, actionLines, LEGEND_KEYS, type AssemblyFigure, type LegendKey, type PlacedLayer, type Matrix } from './assembly';
export type { AssemblyFigureSpec, FigureLayer, FigureAction } from './assemblyTerms';
export { chartCm, chartValue, chartOrigin, chartItems, DRAFTING, type SizeChart, type ChartRow, type ChartOrigin } from './chart';
export { fabricLayoutSvg, layoutKey, type LayoutSvgOptions } from './layoutSvg';
