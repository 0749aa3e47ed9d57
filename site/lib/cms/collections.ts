// The editor's collections: one per kind of content, each read from the zod schema the build
// checks the same files with. French and English documentation are two collections per kind
// (designs, guides): our index.mdx + en.mdx layout fits none of Decap's i18n structures, and the
// English file has its own, smaller schema (see the README).
import { z } from 'astro/zod';
import { designDocEnSchema, designDocSchema } from '../../schemas/design';
import { guideEnSchema, guideSchema } from '../../schemas/guide';
import { protocolSchema } from '../../schemas/protocol';
import { placeSchema } from '../../schemas/place';
import { productionSchema } from '../../schemas/production';
import { resourceSchema } from '../../schemas/resource';
import { inventoryItemSchema } from '../../schemas/inventory';
import { workingGroupSchema } from '../../schemas/workingGroup';
import { networkFigureSchema } from '../../schemas/networkFigure';
import { orgModelSchema } from '../../schemas/orgModel';
import { decisionLabels, decisions, reviewRecordSchema, stateOf } from '../../schemas/review';
import { STATE_LABELS, type State } from '../openSante/states';
import { partnerSchema } from '../../schemas/partner';
import { recallSchema } from '../../schemas/recall';
import { legalStatusSchema } from '../../schemas/legalStatus';
import { partialDateSchema } from '../../schemas/sourced';
import { pastDate } from '../../schemas/common';
import { collectionNames, reviewCollection } from '../wiki/editor';
import { dateField, objectFields, peel, type DecapField, type KnownType } from './zodFields';

/** Kinds of value that have their own field, whatever schema they appear in. */
export const knownTypes: KnownType[] = [
  {
    schema: partialDateSchema,
    field: () => ({
      widget: 'string',
      pattern: ['^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$', 'Il faut une date AAAA, AAAA-MM ou AAAA-MM-JJ (ex. : 2020-05 quand la source ne donne que le mois)'],
    }),
  },
  { schema: pastDate, field: () => dateField() },
];

/** A schema's top-level object, under its refinements. */
export function objectOf(schema: z.ZodTypeAny): z.AnyZodObject {
  const inner = peel(schema).inner;
  if (!(inner instanceof z.ZodObject)) throw new Error('cms: a collection schema must be an object');
  return inner;
}

export interface CollectionSpec {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  schema: z.ZodTypeAny;
  /** An entry per file in `folder`, or a fixed list of files. */
  folder?: string;
  files?: { name: string; label: string; file: string }[];
  extension: 'yaml' | 'mdx';
  create: boolean;
  identifier_field?: string;
  slug?: string;
  summary?: string;
  sortable_fields?: string[];
  /** Front matter + a raw Markdown/MDX body. */
  body?: boolean;
  /** Changes to generated fields, by name: defaults known only at build. */
  overrides?: Record<string, Partial<DecapField>>;
  /** A review form's choices: the design's criteria and the files built now. */
  review?: ReviewForm;
}


/**
 * What the build knows that the config needs: the documents that exist, the inventory's items
 * (what places and reports refer to), and the review forms' data.
 */
export interface ContentIndex {
  designs: { slug: string; title: string; hasEn: boolean }[];
  guides: { slug: string; title: string; hasEn: boolean }[];
  inventory: { id: string; name: string }[];
  reviews: ReviewForm[];
}

/** A choice among entries that exist, instead of an identifier typed by hand and checked only at build. */
const pick = (entries: { value: string; label: string }[], multiple = false): Partial<DecapField> =>
  ({ widget: 'select', options: entries, ...(multiple && { multiple: true, field: undefined }) });

/**
 * One design's review form: its version, the files built now, its category's criteria, and
 * where its review stands (the state its records lead to, and the states a new record may lead to).
 */
export interface ReviewForm {
  slug: string;
  title: string;
  version: string;
  files: { name: string; sha256: string }[];
  criteria: { id: string; label: string }[];
  state: State;
  allowed: State[];
  /** The generator built now, and the design's parameters and presets, for the envelope. */
  generator?: string;
  params?: { id: string; label: string }[];
  presets?: { id: string; label: string }[];
}

/**
 * A folder of YAML files, one entry each, that people add to. The file is named after `title`
 * (a field, or the French text of a fr/en pair), unless `slug` says otherwise.
 */
function yamlFolder(o: Pick<CollectionSpec, 'name' | 'label' | 'label_singular' | 'description' | 'schema' | 'folder' | 'slug' | 'summary' | 'overrides'> & { title: string }): CollectionSpec {
  const { title, ...spec } = o;
  return { extension: 'yaml', create: true, identifier_field: title, slug: `{{fields.${title}}}`, summary: `{{${title}}}`, ...spec };
}

export function collectionSpecs(index: ContentIndex): CollectionSpec[] {
  const n = collectionNames;
  const items = index.inventory.map((i) => ({ value: i.id, label: i.name }));
  const designs = index.designs.map((d) => ({ value: d.slug, label: d.title }));
  return [
    yamlFolder({
      name: n.places, label: 'Lieux', label_singular: 'Lieu', schema: placeSchema, folder: 'network/places', title: 'name', summary: '{{name}} ({{commune.name}})',
      description: 'Les lieux de fabrication du réseau : un fichier par lieu, avec ses sources.',
      overrides: { made2020: pick(items, true) },
    }),
    yamlFolder({
      name: n.production, label: 'Production', label_singular: 'Déclaration de production', schema: productionSchema, folder: 'network/production', title: 'group',
      slug: '{{fields.item}}-{{fields.territory}}-{{fields.to}}', summary: '{{group}} : {{quantity}} × {{item}} ({{to}})',
      description: 'Combien de pièces un groupe a fabriquées, sur quelle période et quel territoire, avec la source du chiffre.',
      overrides: { item: pick(items) },
    }),
    yamlFolder({
      name: n.resources, label: 'Presse et ressources', label_singular: 'Article ou ressource', schema: resourceSchema, folder: 'network/resources', title: 'title',
      slug: '{{fields.publisher}}-{{fields.date}}',
      description: 'Articles de presse, ressources et plateformes sur la mobilisation de 2020.',
    }),
    yamlFolder({
      name: n.inventory, label: 'À produire', label_singular: 'Objet', schema: inventoryItemSchema, folder: 'network/inventory', title: 'name.fr',
      description: 'Ce que le réseau fabrique ou pourrait fabriquer, et qui peut le faire.',
      overrides: { designs: pick(designs, true) },
    }),
    yamlFolder({
      name: n.workingGroups, label: 'Groupes de travail', label_singular: 'Groupe de travail', schema: workingGroupSchema, folder: 'network/working-groups', title: 'title.fr',
      description: 'Les groupes de travail et les suites proposées par la page du réseau.',
    }),
    yamlFolder({
      name: n.figures, label: 'Chiffres clés', label_singular: 'Chiffre', schema: networkFigureSchema, folder: 'network/figures', title: 'label.fr',
      description: 'Les chiffres de la mobilisation qui ne comptent pas des pièces (personnes, lieux, euros).',
    }),
    yamlFolder({
      name: n.orgModels, label: 'Modèles d’organisation', label_singular: 'Modèle d’organisation', schema: orgModelSchema, folder: 'network/models', title: 'title.fr',
      description: 'Comment le réseau s’est organisé (usinette, point de collecte…), avec leur schéma.',
    }),
    {
      name: n.protocols, label: 'Protocoles sanitaires', label_singular: 'Protocole', schema: protocolSchema,
      description: 'Désinfection, emballage, collecte et livraison : les étapes en français et en anglais, le texte en français.',
      folder: 'protocols', extension: 'mdx', create: true, identifier_field: 'title', slug: '{{slug}}', body: true, sortable_fields: ['order', 'title'],
    },
    {
      name: n.guides, label: 'Guides de couture', label_singular: 'Guide', schema: guideSchema,
      description: 'Les guides pas à pas des patrons (texte français). Un nouveau guide demande un patron : voir « Contribuer ».',
      files: index.guides.map((g) => ({ name: g.slug, label: g.title, file: `guides/${g.slug}/index.mdx` })), extension: 'mdx', create: false, body: true,
    },
    {
      name: n.guidesEn, label: 'Guides de couture (anglais)', label_singular: 'Guide en anglais', schema: guideEnSchema,
      description: 'Le texte anglais des guides ; les faits communs restent dans le guide français.',
      files: index.guides.filter((g) => g.hasEn).map((g) => ({ name: g.slug, label: `${g.title} (English)`, file: `guides/${g.slug}/en.mdx` })), extension: 'mdx', create: false, body: true,
    },
    {
      name: n.designs, label: 'Modèles : documentation', label_singular: 'Documentation de modèle', schema: designDocSchema,
      description: 'La documentation des modèles (texte français et fiche). Le modèle paramétrique lui-même (design.ts) se propose par pull request.',
      files: index.designs.map((d) => ({ name: d.slug, label: d.title, file: `designs/${d.slug}/index.mdx` })), extension: 'mdx', create: false, body: true,
    },
    {
      name: n.designsEn, label: 'Modèles : documentation (anglais)', label_singular: 'Documentation en anglais', schema: designDocEnSchema,
      description: 'Le texte anglais de la documentation des modèles.',
      files: index.designs.filter((d) => d.hasEn).map((d) => ({ name: d.slug, label: `${d.title} (English)`, file: `designs/${d.slug}/en.mdx` })), extension: 'mdx', create: false, body: true,
    },
    yamlFolder({
      name: n.partners, label: 'Partenaires de santé', label_singular: 'Partenaire de santé', schema: partnerSchema, folder: 'data/open-sante/partners', title: 'name',
      summary: '{{name}} ({{commune}})',
      description: 'Les organisations de santé qui revoient les modèles : un fichier par partenaire.',
    }),
    yamlFolder({
      name: n.recalls, label: 'Rappels', label_singular: 'Rappel', schema: recallSchema, folder: 'data/open-sante/recalls', title: 'design',
      slug: '{{fields.design}}-{{fields.date}}', summary: '{{date}} · {{design}}',
      description: 'Les rappels : un modèle, un de ses générateurs ou un fichier à ne plus fabriquer ni distribuer, avec le problème et ses sources. Chaque statut concerné devient « Rappelé ».',
      overrides: { design: pick(designs) },
    }),
    yamlFolder({
      name: n.legal, label: 'Statuts juridiques', label_singular: 'Statut juridique', schema: legalStatusSchema, folder: 'data/open-sante/legal', title: 'title.fr',
      slug: '{{fields.category}}-{{fields.from}}', summary: '{{category}} · {{from}} → {{to}}',
      description: 'Le statut juridique de chaque catégorie de modèles, daté et sourcé ; passé sa date de fin, la page dit que le régime a pris fin. Aucun fait réglementaire sans sa source.',
    }),
    ...index.reviews.map((r) => reviewSpec(r)),
  ];
}

/**
 * A health partner's review of one design. The form is pre-filled with the design's version,
 * the files built now with their SHA-256, and its category's criteria; a file can only be one
 * built now, and its hash only that file's (the build checks the pair again).
 */
function reviewSpec(r: ReviewForm): CollectionSpec {
  const open = decisionsAllowed(r);
  const now = STATE_LABELS[r.state].fr;
  return {
    ...yamlFolder({
      name: reviewCollection(r.slug), label: `Revues : ${r.title}`, label_singular: 'Revue', schema: reviewRecordSchema, folder: `designs/${r.slug}/reviews`, title: 'reviewer.organisation',
      slug: '{{fields.date}}-{{fields.reviewer.organisation}}-{{fields.decision}}', summary: '{{date}} · {{reviewer.organisation}} · {{decision}}',
      description: `Les revues Open Santé du modèle « ${r.title} » (version ${r.version}), aujourd’hui « ${now} ». Une revue porte sur les fichiers publiés aujourd’hui, identifiés par leur empreinte.${open.length ? '' : ' Aucune revue ne peut plus être déposée.'}`,
    }),
    create: open.length > 0,
    overrides: {
      design: { widget: 'hidden', default: r.slug },
      // Only the decisions the lifecycle allows from where the design stands now.
      decision: { options: open.map((d) => ({ value: d, label: decisionLabels[d].fr })) },
      designVersion: { default: r.version },
      criteria: { default: r.criteria.map((c) => ({ id: c.id, result: 'non-evalue' })) },
      files: { default: r.files.map((f) => ({ name: f.name, sha256: f.sha256 })) },
      ...(r.generator && {
        generator: {
          default: r.generator,
          pattern: [`^${r.generator}$`, 'Ce n’est pas l’empreinte du générateur publié aujourd’hui : gardez celle que le formulaire propose'] as [string, string],
        },
      }),
    },
    review: r,
  };
}

/** The Decap fields of one collection. */
export function fieldsOf(spec: CollectionSpec): DecapField[] {
  const object = objectOf(spec.schema);
  const fields = objectFields(object, { path: [], known: knownTypes })
    .map((f) => ({ ...f, ...spec.overrides?.[f.name] }));
  if (spec.review) applyReviewChoices(fields, spec.review);
  // In a document that exists already (a guide, a design's text), the text is what people fix:
  // it comes first, not ten screens down on a phone. A new protocol starts with its facts.
  if (spec.body) spec.files ? fields.unshift(bodyField()) : fields.push(bodyField());
  return fields;
}

/** The decisions a new record may take from the design's current state (a favourable one with either use level). */
export function decisionsAllowed(r: Pick<ReviewForm, 'allowed'>): (typeof decisions)[number][] {
  return decisions.filter((decision) =>
    (decision === 'favorable' ? (['communautaire', 'clinique'] as const) : [undefined]).some((useLevel) => r.allowed.includes(stateOf({ decision, useLevel }))),
  );
}

/** Criteria of the design's category only; files built now only, each with its own hash; the design's own parameters and presets. */
function applyReviewChoices(fields: DecapField[], c: ReviewForm) {
  const item = (list: string, name: string) => fields.find((f) => f.name === list)?.fields?.find((f) => f.name === name);
  const criterion = item('criteria', 'id');
  if (criterion) Object.assign(criterion, { widget: 'select', pattern: undefined, options: c.criteria.map((k) => ({ value: k.id, label: k.label })) });
  const file = item('files', 'name');
  if (file) Object.assign(file, { widget: 'select', pattern: undefined, options: c.files.map((f) => ({ value: f.name, label: f.name })) });
  const parameter = fields.find((f) => f.name === 'envelope')?.fields?.find((f) => f.name === 'parameters')?.fields?.find((f) => f.name === 'id');
  if (parameter && c.params) Object.assign(parameter, { widget: 'select', pattern: undefined, options: c.params.map((p) => ({ value: p.id, label: `${p.label} (${p.id})` })) });
  const presets = fields.find((f) => f.name === 'envelope')?.fields?.find((f) => f.name === 'presets');
  if (presets && c.presets) Object.assign(presets, { widget: 'select', multiple: true, field: undefined, options: c.presets.map((p) => ({ value: p.id, label: p.label })) });
  const hash = item('files', 'sha256');
  if (hash && c.files.length) hash.pattern = [`^(${c.files.map((f) => f.sha256).join('|')})$`, 'Cette empreinte n’est celle d’aucun fichier publié aujourd’hui : copiez celle du fichier examiné, telle que la liste la donne'];
}

/**
 * The page's text, edited as plain source. The rich-text editor rewrites MDX (it escaped
 * `highlight={['cut']}` and turned `-` lists into `*`), and even the markdown widget's raw mode
 * is a Slate editor whose label points at no element; a plain text area keeps the source byte for
 * byte and is labelled (checked by tests/browser/editor.test.ts).
 */
export function bodyField(): DecapField {
  return {
    name: 'body', label: 'Texte de la page (Markdown/MDX)', widget: 'text',
    hint: 'Le texte source, tel quel : les balises comme <Step …> sont des composants du site, laissez-les intactes.',
  };
}
