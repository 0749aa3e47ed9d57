import type { Design, FormatId } from './define';
import { meshModel, outlineModel, type Kernel, type MeshedPart, type OutlinedPart } from './kernel';
import type { Model } from './model';
import type { ParamSpecs, Values } from './params';
import { toStl } from './stl';

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
