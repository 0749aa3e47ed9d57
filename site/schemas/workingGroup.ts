import { z } from 'astro/zod';
import { localizedSchema } from './sourced';

/** A working group or next step from the seed page (network/working-groups.yaml). */
export const workingGroupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    section: z.enum(['groupes', 'suites']),
    title: localizedSchema,
    text: localizedSchema,
  })
  .strict();
