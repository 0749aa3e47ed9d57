// A batch's review status from its verify link and the design's data in the verify page: the
// variant's status as the customizer tells it (envelope.ts), any recall of the design, its
// generator or the batch's very file, and the generator the batch was made with. Pure, so the
// verify page and the tests share it.
import { valueText, variantStatus, type VariantStatus } from './envelope';
import type { BatchLink } from './batchLink';
import type { VerifyDesign } from './verifyData';

/**
 * The generator a batch was made with, against the design's: the one published now, the one its
 * review examined, another (older) one, or unknown when the link does not carry it.
 */
export type BatchGenerator = 'current' | 'reviewed' | 'other' | 'unknown';

export function generatorOfBatch(link: Pick<BatchLink, 'generator'>, generators: VerifyDesign['generators']): BatchGenerator {
  if (!link.generator) return 'unknown';
  if (generators.current.startsWith(link.generator)) return 'current';
  if (generators.reviewed?.startsWith(link.generator)) return 'reviewed';
  return 'other';
}

/** The values of the batch's variant: a preset's, or the defaults with the link's parameters, typed as the defaults are. */
export function valuesOfBatch(d: Pick<VerifyDesign, 'texts' | 'presets'>, link: BatchLink): { values: Record<string, unknown>; variants: string[] } {
  const defaults = d.texts.defaults;
  if (link.preset) {
    const values = link.preset === 'defaut' ? defaults : d.presets[link.preset];
    if (values) return { values, variants: [link.preset] };
  }
  const values = { ...defaults };
  for (const [k, v] of Object.entries(link.params)) {
    if (!(k in defaults)) continue;
    values[k] = typeof defaults[k] === 'number' ? Number(v) : typeof defaults[k] === 'boolean' ? v === 'true' : v;
  }
  const same = (other: Record<string, unknown>) => Object.keys(defaults).every((k) => valueText(other[k]) === valueText(values[k]));
  const variants = [...(same(defaults) ? ['defaut'] : []), ...Object.keys(d.presets).filter((p) => same(d.presets[p]))];
  return { values, variants };
}

/** Statuses a review binds to the files it examined: a batch from another generator leaves them. */
const BOUND_TO_FILES: readonly VariantStatus['kind'][] = ['en-revue', 'couvert', 'hors-perimetre'];

export interface BatchStatus {
  status: VariantStatus;
  /** The published file the batch's hash starts, if any. */
  published?: VerifyDesign['files'][number];
  recalls: VerifyDesign['recalls'];
  generator: BatchGenerator;
  /** Why the batch's status differs from its variant's: a recall of its file, or its generator. */
  because?: 'file-recall' | 'generator';
}

/**
 * The batch's status. A recall of its file makes it "rappelé" whatever the design's status (those
 * of the design or its generator are in the status already). A batch made with a generator that
 * is neither today's nor the reviewed one is "modifié depuis la revue" under a review, unless its
 * file is byte for byte one published now.
 */
export function batchStatus(d: VerifyDesign, link: BatchLink): BatchStatus {
  const { values, variants } = valuesOfBatch(d, link);
  const status = variantStatus(d.texts.scope, d.texts.defaults, values, variants);
  const published = d.files.find((f) => f.sha256.startsWith(link.file));
  const recalls = d.recalls.filter((r) => r.target !== 'file' || r.hash?.startsWith(link.file));
  const generator = generatorOfBatch(link, d.generators);
  const found = { published, recalls, generator };
  if (recalls.some((r) => r.target === 'file')) return { ...found, status: { kind: 'rappele', outside: [] }, because: 'file-recall' };
  if (generator === 'other' && !published && BOUND_TO_FILES.includes(status.kind)) return { ...found, status: { kind: 'modifie', outside: [] }, because: 'generator' };
  return { ...found, status };
}
