// The customizer's first preview, prepared at build: what the worker would say about the default
// values (the same summarize() over the same kernel evaluation) and the published STL that holds
// their mesh. A page opened without values in its link draws that file at once, instead of
// waiting for its worker, the kernel and the design's code (seconds on a slow phone).
import type { AnyDesign } from '../../designs/_kit';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel } from '../../designs/_kit/evaluate';
import { summarize, type PreviewSummary } from '../client/summary';
import { artifactsOf, DEFAULT_VARIANT } from './artifacts';

export interface DefaultPreview {
  /** URL of the default values' STL, as listed in the page's downloads. */
  stl: string;
  summary: PreviewSummary;
}

const cache = new Map<string, Promise<DefaultPreview | undefined>>();

/** Undefined for designs without an STL (flat designs draw their outlines, which is quick). */
export function defaultPreviewOf(design: AnyDesign): Promise<DefaultPreview | undefined> {
  let p = cache.get(design.slug);
  if (!p) cache.set(design.slug, (p = prepare(design)));
  return p;
}

async function prepare(design: AnyDesign): Promise<DefaultPreview | undefined> {
  const stl = (await artifactsOf(design)).find((a) => a.variant === DEFAULT_VARIANT && a.format === 'stl');
  if (!stl) return undefined;
  const run = design.run({});
  if (!run.ok) throw new Error(`${design.slug}: the default values are refused`);
  return { stl: stl.href, summary: summarize(evaluateModel(await loadKernel(), design, run.values, run.model)) };
}
