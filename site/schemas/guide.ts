import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';
import { ACTIONS, DIRECTIONS, EDGES, FOLDS, MARK_STYLES } from '../../designs/_kit/pattern/assemblyTerms';

const text = z.string().trim().min(1);
const localized = z.object({ fr: text.describe('En français'), en: text.describe('En anglais') }).strict();

/** A material or fabric, accepted or refused, with the source that says so (1-based, in `sources`). */
const materialSchema = z
  .object({
    name: localized.describe('Le tissu ou le matériau'),
    why: localized.describe('Pourquoi il est accepté ou refusé'),
    source: z.number().int().positive().describe('Numéro de la source qui le dit, dans la liste des sources (1 pour la première)'),
  })
  .strict();

const pieceName = z.string().regex(/^[a-z0-9-]+$/).describe('Nom de la pièce dans le patron (« corps », « manche »)');
const notch = z.number().int().min(0).describe('Numéro du cran dans la pièce, à partir de 0');

/** One piece in a step's figure, as it lies on the table. */
const figureLayerSchema = z
  .object({
    piece: pieceName,
    face: z.enum(['right', 'wrong']).describe('Côté du tissu que l’on voit : endroit (blanc) ou envers (hachuré)'),
    unfold: z.boolean().optional().describe('Pièce coupée sur la pliure, montrée dépliée'),
    fold: z.enum(FOLDS).optional().describe('Pièce pliée en deux, endroit contre endroit : quelle moitié vient sur l’autre'),
    quarterTurns: z.number().int().min(0).max(3).optional().describe('Quarts de tour dans le sens des aiguilles d’une montre'),
    onto: z
      .object({
        piece: pieceName.describe('Pièce déjà dessinée sur laquelle celle-ci est posée'),
        notch: notch.optional().describe('Cran de cette pièce à poser sur un cran de l’autre'),
        onNotch: notch.optional().describe('Le cran de l’autre pièce sur lequel il se pose'),
      })
      .strict()
      .refine((o) => (o.notch === undefined) === (o.onNotch === undefined), { message: 'give both notches (notch and onNotch), or neither', path: ['onNotch'] })
      .optional()
      .describe('Posée sur une autre pièce : cran sur cran, ou empilée un peu décalée'),
  })
  .strict();

/** What a step does to an edge or to the marks of a piece. */
const figureActionSchema = z
  .object({
    do: z.enum(ACTIONS).describe('Ce que fait l’étape : couper, tracer, coudre, plier, ourler, retourner, enfiler, contrôler'),
    piece: pieceName,
    edge: z.enum(EDGES).optional().describe('Le bord concerné (haut, bas, gauche, droite, ou tout le tour sauf la pliure)'),
    mark: z.enum(MARK_STYLES).optional().describe('Ou les repères de la pièce de ce genre : pli, piqûre, fente'),
    from: notch.optional().describe('Seulement à partir de ce cran'),
    to: notch.optional().describe('Seulement jusqu’à ce cran'),
    toward: z.enum(DIRECTIONS).optional().describe('Sens de la flèche d’un pli'),
  })
  .strict();

/** A step's figure, drawn from the pattern's pieces at build (designs/_kit/pattern/assembly.ts). */
const stepFigureSchema = z
  .object({
    step: z.number().int().positive().describe('Numéro de l’étape (le n de <Step n={…}>)'),
    caption: localized.describe('Ce que montre la figure, en mots : sa légende et son texte de remplacement'),
    arrange: z.enum(['row', 'column']).optional().describe('Pièces non posées les unes sur les autres : en ligne ou en colonne'),
    pieces: z.array(figureLayerSchema).min(1).describe('Les pièces dessinées, de la plus basse à la plus haute'),
    actions: z.array(figureActionSchema).describe('Ce que l’étape fait, bord par bord'),
  })
  .strict();

/**
 * Front matter of guides/<slug>/index.mdx (French text). Sources are required, every material
 * cites one of them, and the time is our own estimate, said as such on the page.
 */
export const guideSchema = z
  .object({
    title: text.describe('Titre du guide'),
    summary: z.string().min(10).max(300).describe('Le guide en une ou deux phrases (300 caractères au plus)'),
    /** Slug of the pattern design this guide sews (designs/<slug>/). */
    design: z.string().regex(/^[a-z0-9-]+$/).describe('Le patron que ce guide fait coudre : nom de son dossier dans designs/ (« surblouse »)'),
    updated: pastDate.describe('Date de la dernière mise à jour (AAAA-MM-JJ)'),
    estimatedMinutes: z
      .object({
        cutting: z.number().int().positive().describe('Découpe, en minutes'),
        sewing: z.number().int().positive().describe('Couture, en minutes'),
      })
      .strict()
      .describe('Notre estimation du temps, en minutes, dite comme telle sur la page'),
    materials: z
      .object({
        accepted: z.array(materialSchema).min(1).describe('Matériaux acceptés, chacun avec sa source'),
        refused: z.array(materialSchema).min(1).describe('Matériaux refusés, chacun avec sa source'),
      })
      .strict(),
    sources: sourcesSchema,
    figures: z
      .object({
        size: z.string().min(1).describe('Taille du patron dessinée dans les figures'),
        steps: z.array(stepFigureSchema).min(1).describe('Une figure par étape'),
      })
      .strict()
      .describe('Les figures des étapes, dessinées à partir des pièces du patron'),
  })
  .strict()
  .superRefine((g, ctx) => {
    for (const kind of ['accepted', 'refused'] as const) {
      g.materials[kind].forEach((m, i) => {
        if (m.source > g.sources.length) {
          ctx.addIssue({ code: 'custom', path: ['materials', kind, i, 'source'], message: `source ${m.source} does not exist (${g.sources.length} sources listed)` });
        }
      });
    }
  });

/** Front matter of guides/<slug>/en.mdx: the English text; shared facts stay in index.mdx. */
export const guideEnSchema = z
  .object({ title: text.describe('Titre du guide, en anglais'), summary: z.string().min(10).max(300).describe('Le guide en une ou deux phrases, en anglais') })
  .strict();

export type Guide = z.infer<typeof guideSchema>;

/** The numbers of the <Step n={…}> blocks of a guide's text (French or English) that have no figure in `figures.steps`. */
export function stepsWithoutFigure(body: string, figures: number[]): number[] {
  return [...body.matchAll(/<Step\s+n=\{(\d+)\}/g)].map((m) => Number(m[1])).filter((n) => !figures.includes(n));
}
