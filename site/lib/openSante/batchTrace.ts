// The labels page's QR code fields: filled from a design page's link, turned into the batch's
// verify link (batchLink.ts) or into the names of the fields that keep it from being made.
import { decodeBatchLink, encodeBatchLink, type BatchLink } from './batchLink';
import type { LabelValues } from './batchLabel';
import type { Lang } from '../../../designs/_kit/lang';

export const TRACE_FIELDS = ['trace-design', 'trace-file', 'trace-generator', 'trace-variant', 'trace-material'] as const;
export type TraceField = (typeof TRACE_FIELDS)[number];

const FIELD_OF: Partial<Record<keyof BatchLink, TraceField>> = { design: 'trace-design', file: 'trace-file', generator: 'trace-generator', preset: 'trace-variant', params: 'trace-variant', material: 'trace-material' };

/** The labels page's address for a design's variant: `?d=…&h=…&g=…&s=…` or `&p.<id>=…`, `&m=…`. */
export function labelsQuery(design: string, file: string, preset: string | undefined, params: Record<string, string>, generator?: string): string {
  const q = new URLSearchParams({ d: design, h: file });
  if (generator) q.set('g', generator);
  if (preset) q.set('s', preset);
  else for (const [k, v] of Object.entries(params)) q.set(`p.${k}`, v);
  return `?${q}`;
}

/** The QR code's fields as a labels page address fills them. */
export function traceFieldsFromQuery(search: string): Partial<Record<TraceField, string>> {
  const q = new URLSearchParams(search);
  const variant = new URLSearchParams([...q].filter(([k]) => k === 's' || k.startsWith('p.')));
  const out: Partial<Record<TraceField, string>> = {};
  if (q.get('d')) out['trace-design'] = q.get('d')!;
  if (q.get('h')) out['trace-file'] = q.get('h')!;
  if (q.get('g')) out['trace-generator'] = q.get('g')!;
  if (variant.size) out['trace-variant'] = decodeURIComponent(variant.toString());
  if (q.get('m')) out['trace-material'] = q.get('m')!;
  return out;
}

/**
 * The batch's verify link from the form, or the fields that keep it from being made. No design
 * means no QR code. Without valid label values the link waits, but the QR fields are still checked.
 */
export function traceFromForm(fields: Record<TraceField, string>, label: LabelValues | undefined, origin: string, lang: Lang): { link?: string; errors: TraceField[] } {
  if (!fields['trace-design'].trim()) return { errors: [] };
  const variant = new URLSearchParams(fields['trace-variant'].trim());
  const params = Object.fromEntries([...variant].filter(([k]) => k.startsWith('p.')).map(([k, v]) => [k.slice(2), v]));
  const candidate: BatchLink = {
    design: fields['trace-design'].trim(),
    file: fields['trace-file'].trim().toLowerCase(),
    generator: fields['trace-generator'].trim().toLowerCase() || undefined,
    preset: variant.get('s') ?? undefined,
    params,
    material: fields['trace-material'].trim(),
    // Placeholders while the label's own fields are wrong: they are reported there.
    batch: label?.batch ?? 'LOT-0',
    date: (label?.made ?? new Date(0)).toISOString().slice(0, 10),
  };
  const errors: TraceField[] = [];
  if (!variant.get('s') && !Object.keys(params).length && fields['trace-variant'].trim()) errors.push('trace-variant');
  const link = encodeBatchLink(candidate, origin, lang);
  const decoded = decodeBatchLink(link);
  if (!decoded.ok && 'field' in decoded.error) {
    const f = FIELD_OF[decoded.error.field];
    if (f) errors.push(f);
  }
  return errors.length ? { errors } : { link: label ? link : undefined, errors };
}
