import type { AnyDesign } from './define';
import { meshModel, outlineModel, type Kernel, type MeshedPart, type OutlinedPart } from './kernel';
import type { Model } from './model';
import type { ParamSpecs, Values } from './params';
import { settingsFor, type PrintSettings } from './printSettings';

/** Everything an exporter may need, computed once per model. */
export interface ExportContext {
  design: AnyDesign;
  values: Values<ParamSpecs>;
  meshes: MeshedPart[];
  outlines: OutlinedPart[];
  /** The print settings for these values (front matter + the design's overrides); 3MF files carry them. */
  print?: PrintSettings;
}

/**
 * Evaluates a model's geometry with the kernel: the common step of every export and the preview.
 * Kept apart from the file writers (export.ts), so the preview loads none of them.
 */
export function evaluateModel(k: Kernel, design: AnyDesign, values: Values<ParamSpecs>, model: Model, print?: PrintSettings): ExportContext {
  return {
    design,
    values,
    meshes: meshModel(k, model),
    outlines: outlineModel(k, model),
    print: print && settingsFor(print, design.printOverrides?.(values)),
  };
}
