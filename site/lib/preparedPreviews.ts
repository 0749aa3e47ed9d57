// The customizer's first preview, prepared at build for the default values and every preset:
// what the worker would say about those values (the same summarize() over the same kernel
// evaluation) and the published STL that holds their mesh. A page opened without values, or
// from a link naming only a preset, draws that file at once instead of waiting for its worker,
// the kernel and the design's code (seconds on a slow phone).
import type { AnyDesign } from '../../designs/_kit';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel } from '../../designs/_kit/evaluate';
import { printSettingsOf } from '../../designs/_kit/frontMatter';
import { summarize, type PreviewSummary } from '../../designs/_kit/summary';
import { artifactsOf, DEFAULT_VARIANT } from './artifacts';

export interface PreparedPreview {
  /** URL of the values' STL, as listed in the page's downloads. */
  stl: string;
  summary: PreviewSummary;
}

/** By variant: "defaut" and each preset's name. */
export type PreparedPreviews = Record<string, PreparedPreview>;

const cache = new Map<string, Promise<PreparedPreviews | undefined>>();

/** Undefined for designs without an STL (flat designs draw their outlines, which is quick). */
export function preparedPreviewsOf(design: AnyDesign): Promise<PreparedPreviews | undefined> {
  let p = cache.get(design.slug);
  if (!p) cache.set(design.slug, (p = prepare(design)));
  return p;
}

async function prepare(design: AnyDesign): Promise<PreparedPreviews | undefined> {
  const stls = (await artifactsOf(design)).filter((a) => a.format === 'stl');
  if (!stls.length) return undefined;
  const k = await loadKernel();
  const out: PreparedPreviews = {};
  for (const stl of stls) {
    const run = design.run(stl.variant === DEFAULT_VARIANT ? {} : design.presetValues(stl.variant));
    if (!run.ok) throw new Error(`${design.slug}: the values of ${stl.variant} are refused`);
    out[stl.variant] = { stl: stl.href, summary: summarize(evaluateModel(k, design, run.values, run.model, printSettingsOf(design.slug))) };
  }
  return out;
}
