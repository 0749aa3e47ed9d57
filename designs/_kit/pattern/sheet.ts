import type { Localized } from '../params';
import type { Pt } from '../pdf/drawing';
import type { SizeChart } from './chart';

/*
 * The data a sewing pattern's files draw, as types only: the model carries a PatternSheet, so
 * the writers (formats.ts) read the evaluated model and never the design. Kept free of the
 * model's code, so model.ts can name it without an import cycle.
 */

/** A line drawn inside a piece: a pleat to fold, a line to stitch, a slit to cut. */
export interface PieceMark {
  points: Pt[];
  style: 'fold' | 'stitch' | 'slit';
  label?: Localized;
}

/**
 * One pattern piece of one size, drawn along its seam line (the finished edge), in mm,
 * counter-clockwise, the grain along +y. The cut line is derived from it by offsetting.
 */
export interface PieceSpec {
  name: string;
  label: Localized;
  seam: Pt[];
  /** Index i of the seam edge seam[i] → seam[i+1] laid on the fold: no allowance is added there. */
  foldEdge?: number;
  /** Grain line, parallel to the selvage when cutting. */
  grain: [Pt, Pt];
  /** Notches, as points on the seam line: matched when sewing. */
  notches?: Pt[];
  marks?: PieceMark[];
  /** Where the piece's name and cutting texts start (top left of the text block); default: inside the seam box's top-left corner. */
  labelAt?: Pt;
  cut: { count: number; fabric: Localized };
}

/** A piece of one size, placed in the pattern layout. */
export interface PlacedPiece {
  size: string;
  sizeIndex: number;
  piece: PieceSpec;
  /** Name of the model part carrying its cut line. */
  part: string;
}

/** The pieces of the sizes asked for, as drafted: what the layout and the cutting table start from. */
export interface DraftedPieces {
  /** Every size of the pattern, smallest first, with its name. */
  sizes: Record<string, Localized>;
  /** The sizes ticked, smallest first. */
  selected: string[];
  /** Each selected size's pieces along their seam lines, anchored at the origin so sizes layer. */
  pieces: Record<string, PieceSpec[]>;
  /** Seam allowance, mm. */
  allowance: number;
}

/** What a pattern's files show besides the cut lines, for one set of values. */
export interface PatternSheet extends DraftedPieces {
  /** Every piece of every selected size, placed: the model's parts are their cut lines. */
  placed: PlacedPiece[];
  /** Body and finished measurements of every size. */
  chart: SizeChart;
  /** The projector file's grid pitch. */
  projectorGrid: 'cm' | 'in';
}
