import { z } from 'astro/zod';

/** A link to the web: only http(s), so data can never smuggle a javascript: or data: URL into a page. */
export const webUrl = z.string().url().refine((u) => /^https?:\/\//i.test(u), 'URL must be http or https');

/** A public source for a fact: required on every health, safety and design page. */
export const sourceSchema = z
  .object({
    title: z.string().min(3).describe('What the source is, as its author titled it'),
    url: webUrl.optional(),
    publisher: z.string().optional(),
    date: z.coerce.date().optional().describe('Publication date of the source'),
  })
  .strict();

export const sourcesSchema = z.array(sourceSchema).min(1, 'at least one source is required');

export const personSchema = z
  .object({
    name: z.string().min(1),
    role: z.string().optional(),
    url: webUrl.optional(),
  })
  .strict();

/** Dates in content may not lie in the future: a "last reviewed" date of tomorrow is a typo. */
export const pastDate = z.coerce.date().refine((d) => d.getTime() <= Date.now(), { message: 'date is in the future' });
