import { z } from 'astro/zod';
import { listOrderSchema } from './common';
import { localizedSchema, networkSourcesSchema } from './sourced';

export const makerKinds = ['makers-impression-3d', 'makers-decoupe-laser', 'couturieres'] as const;

/**
 * One thing the network makes or could make (network/inventory/<id>.yaml, the id being the file
 * name), and who can make it. The seed's own list was empty in the archived copy: entries come
 * from its title and from the sources named on each.
 */
export const inventoryItemSchema = z
  .object({
    name: localizedSchema.describe('Nom de la pièce, en français et en anglais'),
    plural: localizedSchema.describe('Comment se lit un nombre de pièces : « visières », « face shields »'),
    whoCanMake: z.array(z.enum(makerKinds)).min(1).describe('Qui peut la fabriquer (au moins un)'),
    status: z.enum(['fabrique-2020', 'demande-2020']).describe('« fabrique-2020 » : fabriquée par le réseau en 2020 ; « demande-2020 » : demandée par des partenaires de santé'),
    designs: z.array(z.string()).default([]).describe('Les modèles publiés qui fabriquent cet objet'),
    notes: localizedSchema.describe('Ce qu’il faut savoir de la pièce, avec les chiffres des sources, en français et en anglais'),
    sources: networkSourcesSchema,
    order: listOrderSchema,
  })
  .strict()
  .describe('Une pièce que le réseau a fabriquée en 2020 ou qu’on lui a demandée, et qui peut la fabriquer');

/** An entry as the site reads it: its data, and its id taken from its file name. */
export type InventoryItem = z.infer<typeof inventoryItemSchema> & { id: string };
