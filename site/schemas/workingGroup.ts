import { z } from 'astro/zod';
import { listOrderSchema } from './common';
import { localizedSchema } from './sourced';

/**
 * A working group or next step from the seed page (network/working-groups/<id>.yaml, the id being
 * the file name). The seed's sections on both were empty in the archived copy: entries say what
 * the rest of the page says about them.
 */
export const workingGroupSchema = z
  .object({
    section: z.enum(['groupes', 'suites']).describe('« groupes » : les groupes de travail ; « suites » : les perspectives de suite de l’action'),
    title: localizedSchema.describe('Titre court, en français et en anglais'),
    text: localizedSchema.describe('Ce que la page d’origine du réseau en dit, en français et en anglais'),
    order: listOrderSchema,
  })
  .strict()
  .describe('Un groupe de travail ou une suite de l’action, d’après la page d’origine du réseau. Ses sections « Mise en place de groupes de travail » et « Perspectives de suite de l’action » étaient vides dans la copie archivée : on reprend ce qu’en dit le reste de la page.');
