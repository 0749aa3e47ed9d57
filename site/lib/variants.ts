// The published variants of a design ("defaut" and each preset), evaluated once per build: the
// downloads (artifacts.ts), the customizer's prepared previews (preparedPreviews.ts) and the
// catalogue thumbnails (thumbnails/) all read the same evaluated model.
import type { AnyDesign } from '../../designs/_kit';
import { DEFAULT_VARIANT } from '../../designs/_kit/define';
import { evaluateModel, type ExportContext } from '../../designs/_kit/evaluate';
import { printSettingsOf } from '../../designs/_kit/frontMatter';
import { loadKernel } from '../../designs/_kit/kernel';

/** A design's published variants in order: the defaults, then each preset. */
export const publishedVariants = (design: AnyDesign): string[] => [DEFAULT_VARIANT, ...Object.keys(design.presets)];

async function evaluate(design: AnyDesign, variant: string): Promise<ExportContext> {
  const run = design.run(variant === DEFAULT_VARIANT ? {} : design.presetValues(variant));
  if (!run.ok) throw new Error(`${design.slug} ${variant}: ${run.errors.map((e) => e.message.en).join(' ')}`);
  return evaluateModel(await loadKernel(), design, run.values, run.model, printSettingsOf(design.slug));
}

// By design object, then variant: within a build that is by slug and variant, and a test that
// builds a changed copy of a design under the same slug gets its own models.
const cache = new WeakMap<AnyDesign, Map<string, Promise<ExportContext>>>();

/** The evaluated model of one published variant (with its print settings), computed once. */
export function evaluatedVariant(design: AnyDesign, variant: string): Promise<ExportContext> {
  let byVariant = cache.get(design);
  if (!byVariant) cache.set(design, (byVariant = new Map()));
  let p = byVariant.get(variant);
  if (!p) byVariant.set(variant, (p = evaluate(design, variant)));
  return p;
}
