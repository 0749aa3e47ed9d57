import { defineDesign, type Design, type FormatId, type Preset } from '../define';
import { paramError, type ParamError } from '../messages';
import { bool, choice, num, type Localized, type ParamSpecs, type Values } from '../params';
import { boxOfPoints, type Box, type Pt } from '../pdf/drawing';
import type { SizeChart } from './chart';
import type { SupplyNeed } from './estimate';
import { shelfNest } from './nest';
import { cutShape, movePiece, unfoldedSeam, type PieceSpec } from './piece';

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
type Common = { allowance: ReturnType<typeof allowanceParam>; projectorGrid: ReturnType<typeof projectorGridParam> };

export const sizeKey = (id: string) => `size_${id}`;

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
  pieces: (values: Values<P & Common>, size: string) => PieceSpec[];
  /** What one finished item needs besides fabric. */
  supplies: (values: Values<P & Common>, size: string) => Supply[];
  /** Each size's body measurements and finished measurements, every figure sourced or a drafting choice. */
  chart: (values: Values<P & Common>) => SizeChart;
  /** The allowance's own label and bounds, when it is not a seam allowance (default: 5–20 mm seam allowance, 10 mm). */
  allowance?: AllowanceSpec;
}

/** A piece of one size, placed in the pattern layout. */
export interface PlacedPiece {
  size: string;
  sizeIndex: number;
  piece: PieceSpec;
  /** Name of the model part carrying its cut line. */
  part: string;
}

export interface Pattern {
  sizes: Record<string, Localized>;
  selectedSizes(values: Record<string, unknown>): string[];
  /** Every selected size of every piece (or of those `keep` accepts), layered piece by piece, groups side by side. */
  layout(values: Record<string, unknown>, keep?: (piece: PieceSpec) => boolean): PlacedPiece[];
  pieces(values: Record<string, unknown>, size: string): PieceSpec[];
  supplies(values: Record<string, unknown>, size: string): Supply[];
  chart(values: Record<string, unknown>): SizeChart;
  allowance(values: Record<string, unknown>): number;
}

export type PatternDesign = Design<ParamSpecs> & { pattern: Pattern };
export const isPattern = (d: Design<ParamSpecs>): d is PatternDesign => 'pattern' in d;

const GAP = 40;
/** Width the piece groups are laid out in: fits a portrait A0 sheet less its margins. */
const LAYOUT_WIDTH = 800;

/** The bounding box of a piece as cut from opened fabric, mm. */
export function cutBox(p: PieceSpec, allowance: number): Box {
  const b = boxOfPoints(unfoldedSeam(p));
  return { minX: b.minX - allowance, minY: b.minY - allowance, maxX: b.maxX + allowance, maxY: b.maxY + allowance };
}

/**
 * A sewing pattern as a design: sizes become one checkbox each (one, several or all can be
 * printed, layered), every size is a preset, and every piece of every selected size is a plain
 * 2D outline part (its cut line), so previews, exports and tests treat it like any design.
 */
export function definePattern<P extends ParamSpecs = Record<never, never>>(spec: PatternSpec<P>): PatternDesign {
  const sizeIds = Object.keys(spec.sizes);
  const sizeParams = Object.fromEntries(
    sizeIds.map((id) => [sizeKey(id), bool({ label: spec.sizes[id], group: 'sizes', default: true })]),
  );
  const params = { ...(spec.params ?? {}), ...sizeParams, allowance: allowanceParam(spec.allowance), projectorGrid: projectorGridParam() } as P & Common;
  type V = Values<P & Common>;
  const selectedSizes = (v: Record<string, unknown>) => sizeIds.filter((id) => v[sizeKey(id)] === true);
  const allowance = (v: Record<string, unknown>) => v.allowance as number;
  const pieces = (v: Record<string, unknown>, size: string) => spec.pieces(v as V, size);

  function layout(v: Record<string, unknown>, keep: (piece: PieceSpec) => boolean = () => true): PlacedPiece[] {
    const sizes = selectedSizes(v);
    const a = allowance(v);
    const names = [...new Set(sizes.flatMap((s) => pieces(v, s).filter(keep).map((p) => p.name)))];
    // Each piece's sizes share its origin (layered); the groups are shelved side by side.
    const groups = names.map((name) => {
      const all = sizes.flatMap((size) => pieces(v, size).filter((p) => p.name === name).map((piece) => ({ size, piece })));
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

  const check = (v: V): ParamError[] => {
    if (selectedSizes(v).length > 0) return [];
    const first = sizeKey(sizeIds[0]);
    return [
      paramError(first, sizeParams[first], 'constraint', false, {
        detail: { fr: 'cochez au moins une taille.', en: 'tick at least one size.' },
      }),
    ];
  };

  const presets: Record<string, Preset<P & Common>> = Object.fromEntries(
    sizeIds.map((id) => [
      id.toLowerCase(),
      { label: spec.sizes[id], values: Object.fromEntries(sizeIds.map((s) => [sizeKey(s), s === id])) as Partial<V> },
    ]),
  );

  const design = defineDesign({
    slug: spec.slug,
    title: spec.title,
    params,
    groups: { ...(spec.groups ?? {}), sizes: { fr: 'Tailles', en: 'Sizes' }, sewing: { fr: 'Couture', en: 'Sewing' } },
    presets,
    formats: spec.formats,
    check,
    build: (v) => ({
      parts: layout(v).map(({ size, piece, part }) => ({
        name: part,
        label: { fr: `${piece.label.fr} (${spec.sizes[size].fr})`, en: `${piece.label.en} (${spec.sizes[size].en})` },
        outline: cutShape(piece, allowance(v)),
      })),
    }),
  });
  const pattern: Pattern = {
    sizes: spec.sizes,
    selectedSizes,
    layout,
    pieces,
    supplies: (v, size) => spec.supplies(v as V, size),
    chart: (v) => spec.chart(v as V),
    allowance,
  };
  return Object.assign(design as unknown as Design<ParamSpecs>, { pattern });
}
