import type { AnyDesign } from './define';
import { meshModel, outlineModel, type Kernel, type MeshedPart, type OutlinedPart } from './kernel';
import type { Model } from './model';
import type { Localized, ParamSpecs, Values } from './params';
import type { PatternSheet } from './pattern/sheet';
import { settingsFor, type PrintSettings } from './printSettings';

/**
 * The evaluated model: everything a file writer needs, computed once per model. Writers read
 * this and never the design.
 */
export interface ExportContext {
  /** The design's title: files carry it. */
  title: Localized;
  values: Values<ParamSpecs>;
  meshes: MeshedPart[];
  outlines: OutlinedPart[];
  /** The print settings for these values (front matter + the design's overrides); 3MF files carry them. */
  print?: PrintSettings;
  /** A sewing pattern's pieces, layout and chart, as its model carries them. */
  pattern?: PatternSheet;
}

/**
 * Evaluates a model's geometry with the kernel: the common step of every export and the preview.
 * Kept apart from the file writers (export.ts), so the preview loads none of them.
 */
export function evaluateModel(k: Kernel, design: Pick<AnyDesign, 'title' | 'printOverrides'>, values: Values<ParamSpecs>, model: Model, print?: PrintSettings): ExportContext {
  return {
    title: design.title,
    values,
    meshes: meshModel(k, model),
    outlines: outlineModel(k, model),
    print: printFor(design, values, print),
    pattern: model.pattern,
  };
}

/** The print settings for these values: front matter and the design's overrides. */
const printFor = (design: Pick<AnyDesign, 'printOverrides'>, values: Values<ParamSpecs>, print?: PrintSettings) =>
  print && settingsFor(print, design.printOverrides?.(values));

/** A model as the preview draws it: its solids in pieces (kernel.ts, previewSolid). Never written to a file. */
export interface PreviewContext extends Pick<ExportContext, 'values' | 'meshes' | 'outlines' | 'print'> {
  draft: true;
}

export function evaluatePreview(k: Kernel, design: Pick<AnyDesign, 'printOverrides'>, values: Values<ParamSpecs>, model: Model, print?: PrintSettings): PreviewContext {
  return {
    draft: true,
    values,
    meshes: meshModel(k, model, { preview: true }),
    outlines: outlineModel(k, model),
    print: printFor(design, values, print),
  };
}
