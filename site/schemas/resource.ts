import { z } from 'astro/zod';
import { listOrderSchema, webUrl } from './common';
import { knownOrUnknownDate, localizedSchema, urlScopeSchema } from './sourced';

/** A press article, a resource or a platform (network/resources/<id>.yaml, the id being the file name): date, source, link. */
export const resourceSchema = z
  .object({
    kind: z.enum(['presse', 'ressource', 'plateforme', 'questionnaire']).describe('Article de presse, ressource, plateforme ou questionnaire'),
    title: z.string().trim().min(3).describe('Le titre publié ou, quand on ne le connaît pas, une description du contenu (voir la nature du titre)'),
    titleIs: z.enum(['published', 'description']).describe('« published » : le titre exact de la publication ; « description » : on ne connaît pas le titre exact, le titre décrit le contenu'),
    publisher: z.string().min(2).describe('Qui l’a publié : journal, site, organisme…'),
    url: webUrl.describe('Adresse de la page ; à défaut, celle du site de l’éditeur (voir la portée du lien)'),
    urlScope: urlScopeSchema,
    date: knownOrUnknownDate.describe('Date de publication (AAAA, AAAA-MM ou AAAA-MM-JJ), ou « unknown » si on ne la connaît pas'),
    language: z.enum(['fr', 'en']).describe('Langue de la ressource'),
    summary: localizedSchema.describe('Ce qu’on y trouve, en une ou deux phrases, en français et en anglais'),
    order: listOrderSchema,
  })
  .strict()
  .describe('Un article de presse, une ressource, une plateforme ou un questionnaire utile au réseau');

/** An entry as the site reads it: its data, and its id taken from its file name. */
export type Resource = z.infer<typeof resourceSchema> & { id: string };
