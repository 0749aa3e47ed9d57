import { z } from 'astro/zod';

/** A link to the web: only http(s), so data can never smuggle a javascript: or data: URL into a page. */
export const webUrl = z.string().url().refine((u) => /^https?:\/\//i.test(u), 'URL must be http or https').describe('Adresse web complète, commençant par https:// ou http://');

/** Where an entry stands in the site's lists: entries live one per file, so their order is written down. */
export const orderSchema = z.number().int().describe('Rang dans les listes du site : les plus petits nombres d’abord');

/** A list entry's rank; a new entry may leave it empty and comes after the ranked ones. */
export const listOrderSchema = z.number().int().optional().describe('Rang dans la liste (les plus petits d’abord) ; laissez vide pour placer l’entrée après les autres');

/** A public source for a fact: required on every health, safety and design page. */
export const sourceSchema = z
  .object({
    title: z.string().min(3).describe('Titre de la source, tel que son auteur l’a donné'),
    url: webUrl.optional().describe('Adresse web de la source (http ou https)'),
    publisher: z.string().optional().describe('Qui a publié la source : journal, organisme, site…'),
    date: z.coerce.date().optional().describe('Date de publication de la source (AAAA-MM-JJ)'),
  })
  .strict();

export const sourcesSchema = z.array(sourceSchema).min(1, 'at least one source is required').describe('Sources publiques des faits de la page (au moins une)');

export const personSchema = z
  .object({
    name: z.string().min(1).describe('Nom de la personne ou du collectif'),
    role: z.string().optional().describe('Ce qu’elle a fait : conception, tests, documentation…'),
    url: webUrl.optional().describe('Sa page web (http ou https)'),
  })
  .strict();

/** Dates in content may not lie in the future: a "last reviewed" date of tomorrow is a typo. */
export const pastDate = z.coerce.date().refine((d) => d.getTime() <= Date.now(), { message: 'date is in the future' });
