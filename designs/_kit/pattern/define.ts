import { defineDesign, type AnyDesign, type Design, type FormatId, type Preset } from '../define';
import { paramError, type ParamError } from '../messages';
import type { Model } from '../model';
import { bool, choice, num, type BoolSpec, type ChoiceSpec, type Localized, type NumberSpec, type ParamSpecs, type Values } from '../params';
import { boxOfPoints, type Box } from '../pdf/drawing';
import type { SizeChart } from './chart';
import type { SupplyNeed } from './estimate';
import { layoutPieces } from './layout';
import { cutShape, unfoldedSeam } from './piece';
import type { DraftedPieces, PatternSheet, PieceSpec, PlacedPiece } from './sheet';

export type { PatternSheet, PlacedPiece };

/** Supplies for one finished item (elastic, ties, nose wire…), lengths in mm. */
export type Supply = SupplyNeed;

/** Seam allowance bounds, mm: below 5 mm a woven seam frays open, above 20 mm it is bulk. */
export const ALLOWANCE = { min: 5, max: 20, default: 10 } as const;

/**
 * What a pattern may say about its allowance when its only edge is not a seam (a cap's casing):
 * the label, help and bounds of the same `allowance` parameter, still added by offsetting.
 */
export interface AllowanceSpec {
  label: Localized;
  help: Localized;
  min: number;
  max: number;
  default: number;
}

/** The parameter of a size's checkbox. */
export type SizeKey = `size_${string}`;
export const sizeKey = (id: string): SizeKey => `size_${id}`;

/**
 * The parameters every pattern has besides its own and its sizes' checkboxes (named by
 * `sizeKey`, one per size, so not known to the type): the allowance and the projector file's grid.
 */
export type PatternParams = { allowance: NumberSpec; projectorGrid: ChoiceSpec<'cm' | 'in'> };

/** A pattern's values: its own parameters' and those every pattern has. */
export type PatternValues<P extends ParamSpecs = ParamSpecs> = Values<P & PatternParams>;

export interface PatternSpec<P extends ParamSpecs> {
  slug: string;
  title: Localized;
  /** Sizes from smallest to largest. */
  sizes: Record<string, Localized>;
  /** The design's own parameters (sizes and seam allowance are added); none when absent. */
  params?: P;
  /** Groups of the design's own parameters; none when absent. */
  groups?: Record<string, Localized>;
  /** Paper formats offered: a piece longer than A0 cannot go on the single sheet. */
  formats: FormatId[];
  /** The pieces of one size, along their seam lines, anchored at the origin so sizes layer. */
  pieces: (values: PatternValues<P>, size: string) => PieceSpec[];
  /** What one finished item needs besides fabric. */
  supplies: (values: PatternValues<P>, size: string) => Supply[];
  /** Each size's body measurements and finished measurements, every figure sourced or a drafting choice. */
  chart: (values: PatternValues<P>) => SizeChart;
  /** The allowance's own label and bounds, when it is not a seam allowance (default: 5–20 mm seam allowance, 10 mm). */
  allowance?: AllowanceSpec;
}

// Methods, not function properties: a pattern with its own parameters is then also a
// `Pattern` of any values (TypeScript compares method parameters both ways), as for designs.
export interface Pattern<V = PatternValues> {
  sizes: Record<string, Localized>;
  selectedSizes(values: V): string[];
  /** Every selected size of every piece (or of those `keep` accepts), layered piece by piece, groups side by side. */
  layout(values: V, keep?: (piece: PieceSpec) => boolean): PlacedPiece[];
  pieces(values: V, size: string): PieceSpec[];
  supplies(values: V, size: string): Supply[];
  chart(values: V): SizeChart;
  allowance(values: V): number;
  /** What the pattern's files draw besides the cut lines: the model carries it, for the writers. */
  sheet(values: V): PatternSheet;
}

export type PatternDesign<P extends ParamSpecs = ParamSpecs> = Design<P & PatternParams> & { pattern: Pattern<PatternValues<P>> };
export const isPattern = (d: AnyDesign): d is PatternDesign => 'pattern' in d;

/** The bounding box of a piece as cut from opened fabric, mm. */
export function cutBox(p: PieceSpec, allowance: number): Box {
  const b = boxOfPoints(unfoldedSeam(p));
  return { minX: b.minX - allowance, minY: b.minY - allowance, maxX: b.maxX + allowance, maxY: b.maxY + allowance };
}

const allowanceParam = (a?: AllowanceSpec) =>
  num({
    label: a?.label ?? { fr: 'Marge de couture', en: 'Seam allowance' },
    help: a?.help ?? { fr: 'Ajoutée autour de la ligne de couture, sauf sur la pliure.', en: 'Added around the seam line, except along the fold.' },
    group: 'sewing',
    unit: 'mm',
    min: a?.min ?? ALLOWANCE.min,
    max: a?.max ?? ALLOWANCE.max,
    step: 1,
    default: a?.default ?? ALLOWANCE.default,
  });

/** The projector file's grid: centimetres, or inches for those who measure in inches (US Letter users). */
const projectorGridParam = () =>
  choice<'cm' | 'in'>({
    label: { fr: 'Grille du fichier projecteur', en: 'Projector file grid' },
    help: { fr: 'Pas de la grille tracée sous le patron dans le PDF pour projecteur.', en: 'Pitch of the grid drawn under the pattern in the projector PDF.' },
    group: 'sewing',
    options: { cm: { fr: '1 cm', en: '1 cm' }, in: { fr: '1 pouce', en: '1 inch' } },
    default: 'cm',
  });

/** One checkbox per size, all ticked by default. */
const sizeParams = (sizes: Record<string, Localized>): Record<SizeKey, BoolSpec> =>
  Object.fromEntries(Object.keys(sizes).map((id) => [sizeKey(id), bool({ label: sizes[id], group: 'sizes', default: true })]));

/** The design's own parameters, then the sizes, the allowance and the projector grid. */
function patternParams<P extends ParamSpecs>(spec: PatternSpec<P>): P & PatternParams {
  const own = spec.params ?? ({} as P);
  return { ...own, ...sizeParams(spec.sizes), allowance: allowanceParam(spec.allowance), projectorGrid: projectorGridParam() };
}

/** Every size is a preset: that size alone. */
function sizePresets<P extends ParamSpecs>(sizes: Record<string, Localized>): Record<string, Preset<P & PatternParams>> {
  const only = (id: string) => Object.fromEntries(Object.keys(sizes).map((s) => [sizeKey(s), s === id]));
  return Object.fromEntries(Object.keys(sizes).map((id) => [id.toLowerCase(), { label: sizes[id], values: only(id) as Partial<PatternValues<P>> }]));
}

/** A pattern printed without any size would be empty: the first size's checkbox says so. */
function sizeCheck(sizes: Record<string, Localized>, selected: string[]): ParamError[] {
  if (selected.length > 0) return [];
  const first = sizeKey(Object.keys(sizes)[0]);
  return [paramError(first, sizeParams(sizes)[first], 'constraint', false, { detail: { fr: 'cochez au moins une taille.', en: 'tick at least one size.' } })];
}

/** The pattern's model: every placed piece's cut line as a 2D part, and the sheet the writers draw. */
function sheetModel(sheet: PatternSheet): Model {
  return {
    parts: sheet.placed.map(({ size, piece, part }) => ({
      name: part,
      label: { fr: `${piece.label.fr} (${sheet.sizes[size].fr})`, en: `${piece.label.en} (${sheet.sizes[size].en})` },
      outline: cutShape(piece, sheet.allowance),
    })),
    pattern: sheet,
  };
}

/** The pattern's typed reading of its values: sizes, pieces, layout, chart and sheet. */
function patternOf<P extends ParamSpecs>(spec: PatternSpec<P>): Pattern<PatternValues<P>> {
  type V = PatternValues<P>;
  // The parameters every pattern has, and the size checkboxes by name: read from any pattern's values.
  const common = (v: V): Values<PatternParams> => v;
  const ticked = (v: V): Values<ParamSpecs> => v;
  const selectedSizes = (v: V) => Object.keys(spec.sizes).filter((id) => ticked(v)[sizeKey(id)] === true);
  const draft = (v: V): DraftedPieces => {
    const selected = selectedSizes(v);
    return { sizes: spec.sizes, selected, pieces: Object.fromEntries(selected.map((s) => [s, spec.pieces(v, s)])), allowance: common(v).allowance };
  };
  return {
    sizes: spec.sizes,
    selectedSizes,
    layout: (v, keep) => layoutPieces(draft(v), keep),
    pieces: spec.pieces,
    supplies: spec.supplies,
    chart: spec.chart,
    allowance: (v) => common(v).allowance,
    sheet(v) {
      const drafted = draft(v);
      return { ...drafted, placed: layoutPieces(drafted), chart: spec.chart(v), projectorGrid: common(v).projectorGrid };
    },
  };
}

/**
 * A sewing pattern as a design: sizes become one checkbox each (one, several or all can be
 * printed, layered), every size is a preset, and every piece of every selected size is a plain
 * 2D outline part (its cut line), so previews, exports and tests treat it like any design.
 */
export function definePattern<P extends ParamSpecs = Record<never, never>>(spec: PatternSpec<P>): PatternDesign<P> {
  const pattern = patternOf(spec);
  const design = defineDesign({
    slug: spec.slug,
    title: spec.title,
    params: patternParams(spec),
    groups: { ...(spec.groups ?? {}), sizes: { fr: 'Tailles', en: 'Sizes' }, sewing: { fr: 'Couture', en: 'Sewing' } },
    presets: sizePresets<P>(spec.sizes),
    formats: spec.formats,
    check: (v) => sizeCheck(spec.sizes, pattern.selectedSizes(v)),
    build: (v) => sheetModel(pattern.sheet(v)),
  });
  return Object.assign(design, { pattern });
}
