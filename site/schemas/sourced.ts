import { z } from 'astro/zod';
import { webUrl } from './common';

/** Brittany's departments: Côtes-d'Armor, Finistère, Ille-et-Vilaine, Morbihan. */
export const BRITTANY_DEPARTMENTS = ['22', '29', '35', '56'] as const;
export const departmentSchema = z
  .enum(BRITTANY_DEPARTMENTS, {
    errorMap: () => ({ message: `department must be one of Brittany's: ${BRITTANY_DEPARTMENTS.join(', ')}` }),
  })
  .describe('Département : 22 (Côtes-d’Armor), 29 (Finistère), 35 (Ille-et-Vilaine) ou 56 (Morbihan)');
export type Department = z.infer<typeof departmentSchema>;

/** A text in both languages: network data is read in French and in English. */
export const localizedSchema = z
  .object({ fr: z.string().min(1).describe('En français'), en: z.string().min(1).describe('En anglais') })
  .strict()
  .describe('Le même texte en français et en anglais');

/**
 * A date as precise as the source gives it: "2020", "2020-05" or "2020-05-10", never in the
 * future. Sources often give only a month or a year; we keep that precision rather than invent a day.
 */
export const partialDateSchema = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v), 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => startOf(v).getTime() <= Date.now(), 'date is in the future')
  .describe('Date aussi précise que la source : AAAA, AAAA-MM ou AAAA-MM-JJ, jamais dans le futur');

/** First instant of a partial date, for sorting and the "not in the future" rule. */
export function startOf(partial: string): Date {
  const [y, m = '01', d = '01'] = partial.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** First instant after a partial date: "2020-05" ends when June begins, "2020-05-10" at midnight. */
export function endOf(partial: string): Date {
  const [y, m, d] = partial.split('-').map(Number);
  if (d !== undefined) return new Date(Date.UTC(y, m - 1, d + 1));
  if (m !== undefined) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

/** What a link reaches: the exact page, or only the publisher's site when we do not know the page's address. */
export const urlScopeSchema = z
  .enum(['page', 'site'])
  .describe('« La page exacte » : le lien mène à la page. « Le site de l’éditeur seulement » : on connaît l’éditeur mais pas l’adresse de la page ; le titre dit quoi y chercher');

/** A partial date, or "unknown" when the source gives none. */
export const knownOrUnknownDate = z.union([partialDateSchema, z.literal('unknown')]);

/** Why a source's date is unknown: a reader must be able to tell a gap in the source from a gap in our notes. */
export const unknownReason = z
  .string()
  .trim()
  .min(10, 'say in a few words why the date is unknown')
  .describe('Seulement si la date est « unknown » : pourquoi (« la page n’affiche pas de date », « document interne non daté »…)');

/**
 * An unknown date must say why, and only an unknown date may: a check shared by every sourced
 * entry (network sources, production reports).
 */
export function requireUnknownReason<K extends string, R extends string>(dateKey: K, reasonKey: R) {
  return (v: Record<K, unknown> & Partial<Record<R, unknown>>, ctx: z.RefinementCtx) => {
    const unknown = v[dateKey] === 'unknown';
    if (unknown && !v[reasonKey]) ctx.addIssue({ code: 'custom', path: [reasonKey], message: `${dateKey} is unknown: say why in ${reasonKey}` });
    if (!unknown && v[reasonKey]) ctx.addIssue({ code: 'custom', path: [reasonKey], message: `${reasonKey} is only for an unknown ${dateKey}` });
  };
}

/** A network fact's source: who published it, when (as precisely as known) and where. */
export const networkSourceSchema = z
  .object({
    title: z.string().min(3).describe('Titre de la source tel que son auteur l’a publié ou, à défaut, ce qu’elle est'),
    publisher: z.string().min(2).describe('Qui l’a publiée : journal, organisme, réseau…'),
    url: webUrl.optional().describe('Adresse de la page ; à défaut, celle du site de l’éditeur (voir la portée du lien)'),
    urlScope: urlScopeSchema.default('page'),
    date: knownOrUnknownDate.describe('Date de publication (AAAA, AAAA-MM ou AAAA-MM-JJ), ou « unknown » si la source n’en donne pas'),
    dateUnknownReason: unknownReason.optional(),
  })
  .strict()
  .superRefine(requireUnknownReason('date', 'dateUnknownReason'));

export const networkSourcesSchema = z
  .array(networkSourceSchema)
  .min(1, 'at least one source is required')
  .describe('Les sources qui documentent ces faits (au moins une), chacune avec sa date');
