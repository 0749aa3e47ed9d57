// The customizer's first preview, prepared at build for the default values and every preset:
// what the worker would say about those values (the same summarize() over the same kernel
// evaluation) and the published STL that holds their mesh. A page opened without values, or
// from a link naming only a preset, draws that file at once instead of waiting for its worker,
// the kernel and the design's code (seconds on a slow phone).
import type { AnyDesign } from '../../designs/_kit';
import { summarize, type PreviewSummary } from '../../designs/_kit/summary';
import { artifactsOf } from './artifacts';
import { evaluatedVariant } from './variants';

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
  const out: PreparedPreviews = {};
  for (const stl of stls) out[stl.variant] = { stl: stl.href, summary: summarize(await evaluatedVariant(design, stl.variant)) };
  return out;
}
