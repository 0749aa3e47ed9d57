import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';
import { categories } from './design';
import type { State } from '../lib/openSante/states';

/** Kinds of organisation whose review is recorded. `coordination` may only withdraw a design. */
export const reviewerKinds = [
  'hopital',
  'clinique-privee',
  'ehpad',
  'soignant-liberal',
  'soins-a-domicile',
  'centre-de-sante',
  'laboratoire',
  'coordination',
] as const;
export type ReviewerKind = (typeof reviewerKinds)[number];

export const reviewerKindLabels: Record<ReviewerKind, { fr: string; en: string }> = {
  hopital: { fr: 'Hôpital', en: 'Hospital' },
  'clinique-privee': { fr: 'Clinique privée', en: 'Private clinic' },
  ehpad: { fr: 'EHPAD', en: 'Care home (EHPAD)' },
  'soignant-liberal': { fr: 'Soignant libéral', en: 'Self-employed health professional' },
  'soins-a-domicile': { fr: 'Soins à domicile', en: 'Home care' },
  'centre-de-sante': { fr: 'Centre de santé', en: 'Health centre' },
  laboratoire: { fr: 'Laboratoire', en: 'Laboratory' },
  coordination: { fr: 'Coordination Usinette', en: 'Usinette coordination' },
};

/** What a record decides. The state it leads to follows from the decision and the use level. */
export const decisions = ['debut-revue', 'favorable', 'defavorable', 'retrait'] as const;
export const useLevels = ['communautaire', 'clinique'] as const;
export const criterionResults = ['conforme', 'non-conforme', 'sans-objet', 'non-evalue'] as const;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256: 64 lowercase hexadecimal characters');
const text = z.string().trim().min(1);

/**
 * What a validation (or a partner's acceptance) covers beyond exact files: a range or values per
 * parameter, and presets as they are. A parameter left out is covered at its default only.
 */
export const envelopeSchema = z
  .object({
    parameters: z
      .array(
        z
          .object({
            id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a parameter id').describe('Le paramètre, par son identifiant (ex. : headCircumference)'),
            min: z.number().finite().optional().describe('Valeur la plus basse revue (paramètres numériques)'),
            max: z.number().finite().optional().describe('Valeur la plus haute revue (paramètres numériques)'),
            values: z.array(text).optional().describe('Valeurs revues (choix, oui/non en true/false, textes)'),
          })
          .strict(),
      )
      .default([])
      .describe('La plage ou les valeurs revues de chaque paramètre ; un paramètre absent n’est couvert qu’à sa valeur par défaut'),
    presets: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]).describe('Les préréglages couverts tels quels (« defaut » pour les réglages par défaut)'),
  })
  .strict();

/** Each bound is a range with both ends in order, or a list of values: [path, message] pairs. */
export function boundProblems(parameters: z.infer<typeof envelopeSchema>['parameters']): [(string | number)[], string][] {
  const out: [(string | number)[], string][] = [];
  const fail = (path: (string | number)[], message: string) => out.push([path, message]);
  parameters.forEach((b, i) => {
    const range = b.min !== undefined || b.max !== undefined;
    if (range && b.values) fail(['parameters', i, 'values'], `parameter "${b.id}": give either min and max or values, not both`);
    else if (range && (b.min === undefined || b.max === undefined)) fail(['parameters', i, b.min === undefined ? 'min' : 'max'], `parameter "${b.id}": a range needs both min and max`);
    else if (!range && !b.values?.length) fail(['parameters', i], `parameter "${b.id}": give min and max, or values`);
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) fail(['parameters', i, 'max'], `parameter "${b.id}": max ${b.max} is below min ${b.min}`);
  });
  return out;
}

/**
 * A review record: designs/<slug>/reviews/<date>-<organisation>.yaml. One file per decision.
 * It binds a decision to the exact files examined through their SHA-256 (the reference), and a
 * validation to the generator that made them and to a parameter envelope (what it covers beyond
 * those files), so a later change of the model cannot inherit the validation.
 */
export const reviewRecordSchema = z
  .object({
    design: z.string().regex(/^[a-z0-9-]+$/).describe('Le modèle revu : nom de son dossier dans designs/'),
    designVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.2.0').describe('Version du modèle revue, sous la forme 1.2.0'),
    date: pastDate.describe('Date de la décision (AAAA-MM-JJ)'),
    reviewer: z
      .object({
        organisation: text.describe('Nom de l’organisation, tel qu’elle choisit de le publier'),
        kind: z.enum(reviewerKinds).describe('Type d’organisation ; « coordination » ne peut que retirer un modèle'),
        role: text.describe('Fonction de la personne qui a fait la revue (sans son nom)'),
        url: z.string().url().refine((u) => /^https?:\/\//.test(u), 'URL must be http or https').optional().describe('Site web de l’organisation (http ou https)'),
      })
      .strict()
      .describe('Qui a fait la revue'),
    decision: z.enum(decisions).describe('« Début de revue » annonce la revue ; « Avis favorable » ou « Avis défavorable » la conclut ; « Retrait » retire le modèle'),
    useLevel: z.enum(useLevels).optional().describe('Obligatoire pour une décision favorable, interdit sinon : usage communautaire ou clinique'),
    conditions: z
      .object({
        materials: z.array(text).default([]).describe('Matériaux pour lesquels la décision vaut (obligatoires pour un usage clinique)'),
        printers: z.array(text).default([]).describe('Machines pour lesquelles la décision vaut (obligatoires pour un usage clinique)'),
        sheet: text.optional().describe('La feuille transparente utilisée'),
        notes: text.optional().describe('Autres conditions'),
      })
      .strict()
      .default({})
      .describe('Les conditions dans lesquelles la décision vaut'),
    criteria: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/).describe('Identifiant du critère, dans la grille de la catégorie'),
            result: z.enum(criterionResults).describe('Conforme, non conforme, sans objet ou non évalué'),
            comment: text.optional().describe('Obligatoire quand le critère est non conforme ou sans objet'),
          })
          .strict(),
      )
      .default([])
      .describe('La grille de critères de la catégorie, avec le résultat de chacun'),
    files: z
      .array(z.object({ name: text.describe('Nom du fichier tel que publié'), sha256: sha256.describe('Son empreinte SHA-256, 64 caractères hexadécimaux') }).strict())
      .default([])
      .describe('Chaque fichier examiné, avec son empreinte'),
    generator: sha256
      .optional()
      .describe('Empreinte du générateur revu (le code du modèle et du kit dont ses fichiers dépendent), telle que le formulaire la donne'),
    envelope: envelopeSchema
      .optional()
      .describe('Ce que la revue couvre au-delà des fichiers examinés : plages de paramètres et préréglages'),
    summary: text.optional().describe('La revue en quelques phrases'),
    reason: text.optional().describe('Pourquoi le modèle est retiré ; obligatoire pour un retrait'),
  })
  .strict()
  .superRefine((r, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    const reviewing = r.decision !== 'retrait';
    if (r.decision === 'favorable' && !r.useLevel) fail(['useLevel'], 'a favourable decision must state the use level (communautaire or clinique)');
    if (r.decision !== 'favorable' && r.useLevel) fail(['useLevel'], `a use level only goes with a favourable decision, not "${r.decision}"`);
    if (r.useLevel === 'clinique') {
      if (r.conditions.materials.length === 0) fail(['conditions', 'materials'], 'a clinical validation holds only for stated materials: list them');
      if (r.conditions.printers.length === 0) fail(['conditions', 'printers'], 'a clinical validation holds only for stated machines: list them');
    }
    if (reviewing && r.files.length === 0) fail(['files'], 'a review must list every file examined with its SHA-256');
    if (r.reviewer.kind === 'coordination' && reviewing) fail(['reviewer', 'kind'], 'the coordination may withdraw a design, not review it');
    if (r.decision === 'retrait' && !r.reason) fail(['reason'], 'a withdrawal must give its reason');
    if ((r.decision === 'favorable' || r.decision === 'defavorable') && r.criteria.length === 0) {
      fail(['criteria'], `a ${r.decision} decision needs the criteria checklist with each result`);
    }
    r.criteria.forEach((c, i) => {
      if (r.decision === 'favorable' && c.result === 'non-conforme') fail(['criteria', i, 'result'], `criterion "${c.id}" failed: the decision cannot be favourable`);
      if (r.decision === 'favorable' && c.result === 'non-evalue') fail(['criteria', i, 'result'], `criterion "${c.id}" was not evaluated: the decision cannot be favourable`);
      if ((c.result === 'non-conforme' || c.result === 'sans-objet') && !c.comment) fail(['criteria', i, 'comment'], `criterion "${c.id}" is ${c.result}: say why in a comment`);
      if (r.criteria.findIndex((o) => o.id === c.id) !== i) fail(['criteria', i, 'id'], `criterion "${c.id}" appears twice`);
    });
    if (r.decision === 'defavorable' && !r.criteria.some((c) => c.result === 'non-conforme')) {
      fail(['criteria'], 'an unfavourable decision must mark at least one criterion non-conforme');
    }
    r.files.forEach((f, i) => {
      if (r.files.findIndex((o) => o.name === f.name) !== i) fail(['files', i, 'name'], `file "${f.name}" appears twice`);
    });
    if (r.envelope) for (const [path, message] of boundProblems(r.envelope.parameters)) fail(['envelope', ...path], message);
    if (r.envelope && r.decision !== 'favorable') fail(['envelope'], 'only a favourable decision covers an envelope');
  });

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** The state a decision leads to. */
export function stateOf(r: Pick<ReviewRecord, 'decision' | 'useLevel'>): State {
  switch (r.decision) {
    case 'debut-revue':
      return 'en-revue';
    case 'favorable':
      return r.useLevel === 'clinique' ? 'valide-clinique' : 'valide-communautaire';
    case 'defavorable':
      return 'a-revoir';
    case 'retrait':
      return 'retire';
  }
}

const localized = z.object({ fr: text.describe('En français'), en: text.describe('En anglais') }).strict();

/** One line of a review checklist: what the reviewer checks, and where the criterion comes from. */
export const criterionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Identifiant du critère, en minuscules et tirets'),
    label: localized.describe('Le critère, en français et en anglais'),
    check: localized.describe('Comment le vérifier, en une ou deux phrases'),
    sources: sourcesSchema,
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

/** The checklists, one per design category; every category must have one. */
export const criteriaCatalogueSchema = z
  .object(Object.fromEntries(categories.map((c) => [c, z.array(criterionSchema).min(1)])) as Record<(typeof categories)[number], z.ZodArray<typeof criterionSchema>>)
  .strict()
  .superRefine((cat, ctx) => {
    for (const [category, list] of Object.entries(cat)) {
      list.forEach((c, i) => {
        if (list.findIndex((o) => o.id === c.id) !== i) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [category, i, 'id'], message: `criterion "${c.id}" appears twice` });
      });
    }
  });
export type CriteriaCatalogue = z.infer<typeof criteriaCatalogueSchema>;

export const decisionLabels: Record<(typeof decisions)[number], { fr: string; en: string }> = {
  'debut-revue': { fr: 'Début de revue', en: 'Review opened' },
  favorable: { fr: 'Avis favorable', en: 'Favourable' },
  defavorable: { fr: 'Avis défavorable', en: 'Unfavourable' },
  retrait: { fr: 'Retrait', en: 'Withdrawal' },
};

export const useLevelLabels: Record<(typeof useLevels)[number], { fr: string; en: string }> = {
  communautaire: { fr: 'Usage communautaire', en: 'Community use' },
  clinique: { fr: 'Usage clinique', en: 'Clinical use' },
};

export const resultLabels: Record<(typeof criterionResults)[number], { fr: string; en: string }> = {
  conforme: { fr: 'Conforme', en: 'Meets' },
  'non-conforme': { fr: 'Non conforme', en: 'Does not meet' },
  'sans-objet': { fr: 'Sans objet', en: 'Not applicable' },
  'non-evalue': { fr: 'Non évalué', en: 'Not evaluated' },
};
