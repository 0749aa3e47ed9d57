import { z } from 'astro/zod';
import { listOrderSchema, webUrl } from './common';
import { departmentSchema, localizedSchema, networkSourcesSchema, partialDateSchema } from './sourced';

// 'lieu-de-fabrication' when the source names a making place without saying what kind it is.
export const placeKinds = ['fablab', 'tiers-lieu', 'bibliotheque', 'etablissement-enseignement', 'association', 'atelier', 'lieu-de-fabrication'] as const;
export const machineKinds = ['imprimante-3d', 'decoupeuse-laser', 'machine-a-coudre'] as const;
export type PlaceKind = (typeof placeKinds)[number];
export type MachineKind = (typeof machineKinds)[number];

/**
 * One place of the network (network/places/<id>.yaml, the id being the file name). Only places a
 * source names. Coordinates are the approximate centre of its town, given by the entry, never a
 * street address: the sources name towns, not doors. The schema keeps them inside Brittany's
 * bounding box; the build checks the commune against the Code officiel géographique and the
 * coordinates against the commune's GeoNames position, when known (site/lib/network/checks.ts).
 */
export const placeSchema = z
  .object({
    name: z.string().trim().min(2).describe('Nom du lieu, tel que la source le donne'),
    kind: z.enum(placeKinds).describe('Type de lieu ; « Lieu de fabrication (type non précisé) » quand la source nomme un lieu sans dire de quel type'),
    commune: z
      .object({
        code: z.string().regex(/^\d{5}$/, 'INSEE code has 5 digits').describe('Code INSEE à 5 chiffres (ce n’est pas le code postal) d’une commune actuelle du département'),
        name: z.string().min(1).describe('Nom officiel de la commune, avec ses accents et ses tirets (« Fougères », « Lamballe-Armor »)'),
      })
      .strict()
      .describe('La commune du lieu, selon le Code officiel géographique de l’INSEE'),
    department: departmentSchema,
    coordinates: z
      .object({
        lat: z.number().min(47.2, 'latitude is south of Brittany').max(48.95, 'latitude is north of Brittany').describe('Latitude en degrés décimaux, deux décimales (48.11 pour Rennes)'),
        lon: z.number().min(-5.2, 'longitude is west of Brittany').max(-1.0, 'longitude is east of Brittany').describe('Longitude en degrés décimaux, deux décimales, négative en Bretagne (-1.68 pour Rennes)'),
      })
      .strict()
      .describe('Centre approximatif de la commune, à deux décimales (environ un kilomètre), à moins de 5 km de la position connue de la commune ; jamais une adresse'),
    machines: z
      .array(
        z
          .object({
            kind: z.enum(machineKinds).describe('Type de machine'),
            count: z.number().int().nonnegative().optional().describe('Nombre de machines ; vide quand la source n’en donne pas'),
          })
          .strict(),
      )
      .default([])
      .describe('Seulement les machines qu’une source documente, en ajoutant cette source ; vide sinon (aucune de nos sources actuelles n’en documente)'),
    made2020: z.array(z.string()).default([]).describe('Ce que le lieu a fabriqué ou coordonné en 2020, parmi les objets de l’inventaire'),
    role: localizedSchema.describe('Ce que le lieu a fait en 2020, d’après nos sources, en français et en anglais'),
    contact: webUrl.optional().describe('Page web du lieu pour le contacter (http ou https)'),
    asOf: partialDateSchema.describe('Date des faits décrits ici : AAAA, AAAA-MM ou AAAA-MM-JJ'),
    added: partialDateSchema
      .refine((d) => d.length === 10, 'added must be a day YYYY-MM-DD')
      .describe('Jour où la fiche a été ajoutée à la liste (AAAA-MM-JJ) : la carte annonce la date du dernier ajout'),
    sources: networkSourcesSchema.refine(
      (sources) => sources.every((s) => s.url !== undefined && s.urlScope === 'page'),
      'each source of a place links to the page that names it (url, with « La page exacte »), not to a site’s home page',
    ),
    order: listOrderSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.commune.code.startsWith(p.department)) {
      ctx.addIssue({ code: 'custom', path: ['commune', 'code'], message: `commune ${p.commune.code} is not in department ${p.department}` });
    }
  })
  .describe('Un lieu du réseau breton nommé par une source, placé au centre de sa commune');

/** An entry as the site reads it: its data, and its id taken from its file name. */
export type Place = z.infer<typeof placeSchema> & { id: string };
