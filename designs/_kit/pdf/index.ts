// True-scale PDF primitives: paper sizes, calibration squares, tiled pages and single sheets.
export { PAPER_MM, PT_PER_MM, mmToPt, ptToMm, paperPt, type PaperId } from './units';
export { boxOfPoints, drawingBox, boxWidth, boxHeight, type Box, type Item, type Pt, type Stroke } from './drawing';
export { calibrationItems, CALIBRATION_MM, CALIBRATION_IN_MM, CALIBRATION_BLOCK } from './calibration';
export { planTiles, tiledPdf, keepTextsWhole, tileItems, tileLabel, tileHeaderItems, assemblyHeaderItems, textWidth, fitText, type Block, type Tile, type TilePlan, type TileOptions } from './tile';
export { singleSheetPdf } from './sheet';
export { projectorPdf, PROJECTOR_GRID, PROJECTOR_CROSS_MM, type ProjectorGrid } from './projector';
export { drawItems, encodable } from './render';
