// The words a guide uses to declare a step's assembly figure (which pieces, how they lie, what is
// done to which edge). A module of its own, without the kernel, so the guide schema (also run by
// the editor in the browser) takes the words without the drawing code.
import type { Localized } from '../lang';

/** A piece's edges, named by where their outside faces; `outline` is every edge but the fold. */
export const EDGES = ['top', 'bottom', 'left', 'right', 'outline'] as const;
/** What a step does to a line: each has its own symbol, explained in the figure's legend. */
export const ACTIONS = ['cut', 'mark', 'sew', 'fold', 'hem', 'turn', 'thread', 'check'] as const;
/** Folding a piece in half, right sides together: the first half is laid over the second. */
export const FOLDS = ['left-over-right', 'right-over-left', 'bottom-over-top', 'top-over-bottom'] as const;
export const MARK_STYLES = ['fold', 'stitch', 'slit'] as const;
export const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

export type EdgeName = (typeof EDGES)[number];
export type Action = (typeof ACTIONS)[number];
export type Fold = (typeof FOLDS)[number];
export type MarkStyle = (typeof MARK_STYLES)[number];
export type Direction = (typeof DIRECTIONS)[number];

/** One piece in a figure, as it lies on the table. */
export interface FigureLayer {
  piece: string;
  /** The side of the fabric seen: `wrong` is hatched. */
  face: 'right' | 'wrong';
  /** Drawn opened out from its fold (a piece cut on the fold). */
  unfold?: boolean;
  /** Folded in half, right sides together. */
  fold?: Fold;
  /** Quarter turns clockwise. */
  quarterTurns?: number;
  /** Laid on another piece: its notch `notch` on the other's `onNotch`, or stacked slightly offset. */
  onto?: { piece: string; notch?: number; onNotch?: number };
}

/** What the step does to a line of a piece: an edge, or the piece's marks of one style. */
export interface FigureAction {
  do: Action;
  piece: string;
  edge?: EdgeName;
  mark?: MarkStyle;
  /** Only the part of the line between these notches (their nearest points on it). */
  from?: number;
  to?: number;
  /** Where a fold or hem arrow points. */
  toward?: Direction;
}

export interface AssemblyFigureSpec {
  step: number;
  /** What the figure shows, in words: its text alternative and caption. */
  caption: Localized;
  /** Pieces without `onto` are laid side by side, in a row or a column. */
  arrange?: 'row' | 'column';
  pieces: FigureLayer[];
  actions: FigureAction[];
}
