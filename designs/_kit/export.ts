import type { Design, FormatId } from './define';
import { meshModel, outlineModel, type Kernel, type MeshedPart, type OutlinedPart } from './kernel';
import type { Model } from './model';
import type { ParamSpecs, Values } from './params';
import { toStl } from './stl';
import { toThreeMf } from './threemf';
import { toSvg, toDxf } from './outline2d';
import { TEMPLATE_FORMATS } from './template';
import { PATTERN_FORMATS } from './pattern/formats';

/** Everything an exporter may need, computed once per model. */
export interface ExportContext {
  design: Design<ParamSpecs>;
  values: Values<ParamSpecs>;
  meshes: MeshedPart[];
  outlines: OutlinedPart[];
}

export interface Format {
  id: FormatId;
  label: string;
  extension: string;
  mime: string;
  /** May be async: pdf-lib only serialises asynchronously. Callers always `await` it. */
  write(ctx: ExportContext): Uint8Array | Promise<Uint8Array>;
}

export const FORMATS: Partial<Record<FormatId, Format>> = {
  stl: {
    id: 'stl',
    label: 'STL',
    extension: 'stl',
    mime: 'model/stl',
    write: (ctx) => toStl(ctx.meshes.map((p) => p.mesh)),
  },
  // Catalogue formats: 3MF for slicers (one named object per part), SVG and DXF for laser cutters.
  '3mf': {
    id: '3mf',
    label: '3MF',
    extension: '3mf',
    mime: 'model/3mf',
    write: (ctx) => toThreeMf(ctx.meshes),
  },
  svg: {
    id: 'svg',
    label: 'SVG',
    extension: 'svg',
    mime: 'image/svg+xml',
    write: (ctx) => toSvg(ctx.outlines),
  },
  dxf: {
    id: 'dxf',
    label: 'DXF',
    extension: 'dxf',
    mime: 'image/vnd.dxf',
    write: (ctx) => toDxf(ctx.outlines),
  },
  // True-scale paper templates of the cut outlines (A4, US Letter) for cutting and punching by hand.
  ...Object.fromEntries(TEMPLATE_FORMATS.map((f) => [f.id, f])),
  // Sewing patterns: true-scale PDFs (tiled and single sheet) and an annotated SVG.
  ...Object.fromEntries(PATTERN_FORMATS.map((f) => [f.id, f])),
};

export function formatOf(id: FormatId): Format {
  const f = FORMATS[id];
  if (!f) throw new Error(`No exporter for format "${id}"`);
  return f;
}

/** Evaluates a model's geometry with the kernel: the common step of every export and the preview. */
export function evaluateModel(k: Kernel, design: Design<ParamSpecs>, values: Values<ParamSpecs>, model: Model): ExportContext {
  return { design, values, meshes: meshModel(k, model), outlines: outlineModel(k, model) };
}

/** File name of an export: `<slug>--<preset or "perso">.<ext>`. */
export const fileName = (slug: string, variant: string, format: FormatId) => `${slug}--${variant}.${formatOf(format).extension}`;
