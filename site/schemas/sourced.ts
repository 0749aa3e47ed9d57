import { z } from 'astro/zod';
import { webUrl } from './common';

/** Brittany's departments: Côtes-d'Armor, Finistère, Ille-et-Vilaine, Morbihan. */
export const BRITTANY_DEPARTMENTS = ['22', '29', '35', '56'] as const;
export const departmentSchema = z.enum(BRITTANY_DEPARTMENTS, {
  errorMap: () => ({ message: `department must be one of Brittany's: ${BRITTANY_DEPARTMENTS.join(', ')}` }),
});
export type Department = z.infer<typeof departmentSchema>;

/** A text in both languages: network data is read in French and in English. */
export const localizedSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * A date as precise as the source gives it: "2020", "2020-05" or "2020-05-10", never in the
 * future. Sources often give only a month or a year; we keep that precision rather than invent a day.
 */
export const partialDateSchema = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v), 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => startOf(v).getTime() <= Date.now(), 'date is in the future');

/** First instant of a partial date, for sorting and the "not in the future" rule. */
export function startOf(partial: string): Date {
  const [y, m = '01', d = '01'] = partial.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** A network fact's source: who published it, when (as precisely as known) and where. */
export const networkSourceSchema = z
  .object({
    title: z.string().min(3).describe('What the source is, as its author titled it, or a description'),
    publisher: z.string().min(2),
    url: webUrl.optional(),
    urlScope: z.enum(['page', 'site']).default('page').describe('"site" when the link goes to the publisher, not the exact page'),
    date: z.union([partialDateSchema, z.literal('unknown')]).describe('Publication date, or "unknown" when the source does not give one'),
  })
  .strict();

export const networkSourcesSchema = z.array(networkSourceSchema).min(1, 'at least one source is required');
