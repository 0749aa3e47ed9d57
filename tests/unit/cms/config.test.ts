// The editor's config is generated from the zod schemas; these tests fail when the two disagree:
// a field missing or extra, required where the schema allows absence, a choice list that differs,
// a pattern that refuses what the schema accepts (or accepts what it refuses), a missing label.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { load as loadYaml11 } from 'js-yaml';
import { parse as parseYaml12 } from 'yaml';
import { collectionSpecs, fieldsOf, knownTypes, objectOf, type ContentIndex } from '../../../site/lib/cms/collections';
import { cmsConfig, backendOf } from '../../../site/lib/cms/config';
import { choices, peel, type DecapField } from '../../../site/lib/cms/zodFields';
import { unlabelled } from '../../../site/lib/cms/labels';
import { schemaOf } from '../../../site/lib/cms/schemas';
import { isTranslated, frenchMessage } from '../../../site/lib/cms/messagesFr';
import { emptyPaths, labelPath, problemsOf, reviewProblems, withCriterionLabels } from '../../../site/client/editor/validate';
import { formatContent, indexFromDisk } from '../../../scripts/content-format';
import { frenchPhrases } from '../../../site/client/editor/locale';

const index: ContentIndex = {
  ...indexFromDisk(),
  inventory: [{ id: 'visiere', name: 'Visière' }],
  reviews: [
    {
      slug: 'visiere-serre-tete', title: 'Serre-tête', version: '1.0.0',
      files: [{ name: 'visiere-serre-tete--defaut.stl', sha256: 'a'.repeat(64) }, { name: 'visiere-serre-tete--defaut.3mf', sha256: 'b'.repeat(64) }],
      criteria: [{ id: 'bords-sans-arete', label: 'Bords sans arête vive' }],
      state: 'propose',
      allowed: ['en-revue', 'retire'],
      generator: 'c'.repeat(64),
      params: [{ id: 'headCircumference', label: 'Tour de tête' }],
      presets: [{ id: 'defaut', label: 'Réglages par défaut' }, { id: 'a4-2', label: 'A4 · 2 trous' }],
    },
  ],
};
const specs = collectionSpecs(index);

/** Choices a form narrows on purpose: a review's decision follows the design's lifecycle. */
const NARROWED = ['decision'];

/** Walks a Decap field list beside the zod object it came from. */
function compare(fields: DecapField[], object: z.AnyZodObject, path: string[], problems: string[], inOptionalGroup = false) {
  const shape = object.shape as Record<string, z.ZodTypeAny>;
  const names = fields.map((f) => f.name);
  if (names.join() !== Object.keys(shape).join()) problems.push(`${path.join('.') || '(top)'}: fields ${names.join(',')} ≠ schema ${Object.keys(shape).join(',')}`);
  for (const f of fields) {
    const schema = shape[f.name];
    if (!schema) continue;
    const p = peel(schema, knownTypes);
    const where = [...path, f.name].join('.');
    // Inside an optional group, Decap must not require the parts (zod does, once the group is filled).
    if ((f.required === false) !== (p.optional || inOptionalGroup) && f.widget !== 'hidden') problems.push(`${where}: required ${f.required !== false} but the schema says optional=${p.optional}`);
    if (p.description && f.hint !== p.description) problems.push(`${where}: hint differs from the schema's description`);
    const values = choices(p.inner, knownTypes) ?? (p.inner instanceof z.ZodArray ? choices(peel(p.inner.element, knownTypes).inner, knownTypes) : undefined);
    if (values && f.widget === 'select' && f.options) {
      const offered = f.options.map((o) => o.value);
      // Never a choice the schema refuses; all of its choices unless the form narrows them on purpose.
      if (!offered.every((v) => values.includes(v))) problems.push(`${where}: offers ${offered} outside ${values}`);
      else if (!NARROWED.includes(where) && offered.join() !== values.join()) problems.push(`${where}: options ${offered} ≠ ${values}`);
    }
    if (p.inner instanceof z.ZodObject && f.fields) compare(f.fields, p.inner, [...path, f.name], problems, inOptionalGroup || p.optional);
    if (p.inner instanceof z.ZodArray && f.fields) {
      const item = peel(p.inner.element, knownTypes).inner;
      if (item instanceof z.ZodObject) compare(f.fields, item, [...path, f.name], problems);
    }
  }
}

const allFields = (fields: DecapField[]): DecapField[] => fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.field ? [f.field] : [])]);

describe('the editor config, generated from the schemas', () => {
  it('has a collection for every kind of content the issue lists, with French labels', () => {
    const names = specs.map((s) => s.name);
    for (const n of ['protocoles', 'guides', 'guides-en', 'modeles', 'modeles-en', 'lieux', 'production', 'ressources', 'groupes', 'inventaire', 'partenaires', 'rappels', 'statuts-juridiques', 'revues-visiere-serre-tete']) {
      expect(names).toContain(n);
    }
    expect(unlabelled, 'fields without a French label').toEqual(new Set());
  });

  it.each(specs.map((s) => [s.name, s] as const))('%s: fields, requirement, hints and choices agree with the schema', (_, spec) => {
    const problems: string[] = [];
    const fields = fieldsOf(spec).filter((f) => f.name !== 'body');
    compare(fields, objectOf(spec.schema), [], problems);
    expect(problems).toEqual([]);
    expect(schemaOf(spec.name), 'the editor checks entries with the same schema').toBe(spec.schema);
  });

  it('points every collection at files that exist, and every folder at the content loaded by the site', () => {
    for (const spec of specs) {
      if (spec.files) for (const f of spec.files) expect(existsSync(f.file), f.file).toBe(true);
    }
    const folders = specs.flatMap((s) => (s.folder ? [s.folder] : []));
    for (const f of ['network/places', 'network/production', 'network/resources', 'network/inventory', 'network/working-groups', 'network/figures', 'network/models', 'protocols', 'data/open-sante/partners', 'data/open-sante/recalls', 'data/open-sante/legal']) {
      expect(folders).toContain(f);
    }
  });

  it('never blocks a value the schema accepts, and blocks what its string rules refuse (patterns vs zod, property test)', () => {
    const checked: string[] = [];
    for (const spec of specs) {
      const visit = (fields: DecapField[], object: z.AnyZodObject, path: string[]) => {
        for (const f of fields) {
          const schema = (object.shape as Record<string, z.ZodTypeAny>)[f.name];
          if (!schema) continue;
          const p = peel(schema, knownTypes);
          if (f.pattern && !spec.review) {
            const re = new RegExp(f.pattern[0]);
            const samples = fc.sample(fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9-]{0,12}$/), fc.stringMatching(/^\d{4}(-\d\d(-\d\d)?)?$/), fc.webUrl(), fc.constantFrom('unknown', '2020', '2020-05', '2020-13', 'ftp://x', 'www.x.fr')), 300);
            for (const v of samples) {
              const ok = schema.safeParse(v).success;
              if (ok && !re.test(v)) throw new Error(`${spec.name}.${[...path, f.name].join('.')}: the form refuses "${v}", which the schema accepts`);
              // Without refinements (future dates are zod's alone), the two agree both ways.
              if (!p.refined && p.inner instanceof z.ZodString && !ok && re.test(v) && v !== '') throw new Error(`${spec.name}.${f.name}: the form accepts "${v}", which the schema refuses`);
            }
            checked.push(`${spec.name}.${[...path, f.name].join('.')}`);
          }
          if (p.inner instanceof z.ZodObject && f.fields) visit(f.fields, p.inner, [...path, f.name]);
          if (p.inner instanceof z.ZodArray && f.fields) {
            const item = peel(p.inner.element, knownTypes).inner;
            if (item instanceof z.ZodObject) visit(f.fields, item, [...path, f.name]);
          }
        }
      };
      visit(fieldsOf(spec), objectOf(spec.schema), []);
    }
    expect(checked).toEqual(expect.arrayContaining(['lieux.commune.code', 'lieux.contact', 'lieux.asOf', 'lieux.sources.url', 'lieux.sources.date', 'protocoles.version']));
  });

  it('pre-fills a review with the files built now and the category’s criteria, and accepts only those hashes', () => {
    const spec = specs.find((s) => s.name === 'revues-visiere-serre-tete')!;
    const fields = fieldsOf(spec);
    const files = fields.find((f) => f.name === 'files')!;
    expect(files.default).toEqual(index.reviews[0].files);
    expect(files.fields!.find((f) => f.name === 'name')!.options!.map((o) => o.value)).toEqual(index.reviews[0].files.map((f) => f.name));
    const hash = new RegExp(files.fields!.find((f) => f.name === 'sha256')!.pattern![0]);
    expect(hash.test('a'.repeat(64))).toBe(true);
    expect(hash.test('c'.repeat(64))).toBe(false);
    expect(hash.test(`${'a'.repeat(64)}a`)).toBe(false);
    const criteria = fields.find((f) => f.name === 'criteria')!;
    expect(criteria.default).toEqual([{ id: 'bords-sans-arete', result: 'non-evalue' }]);
    expect(criteria.fields!.find((f) => f.name === 'id')!.options).toEqual([{ value: 'bords-sans-arete', label: 'Bords sans arête vive' }]);
    expect(fields.find((f) => f.name === 'design')).toMatchObject({ widget: 'hidden', default: 'visiere-serre-tete' });
    // A design only proposed can be put under review or withdrawn, not validated at once.
    expect(fields.find((f) => f.name === 'decision')!.options!.map((o) => o.value)).toEqual(['debut-revue', 'retrait']);
  });

  it('offers the inventory’s items and the published designs as choices where entries refer to them', () => {
    const field = (collection: string, name: string) => fieldsOf(specs.find((s) => s.name === collection)!).find((f) => f.name === name)!;
    expect(field('production', 'item')).toMatchObject({ widget: 'select', options: [{ value: 'visiere', label: 'Visière' }] });
    expect(field('lieux', 'made2020')).toMatchObject({ widget: 'select', multiple: true, options: [{ value: 'visiere', label: 'Visière' }] });
    expect(field('inventaire', 'designs').options!.map((o) => o.value)).toEqual(index.designs.map((d) => d.slug));
  });

  it('edits page bodies as plain text, never through the rich-text editor', () => {
    for (const spec of specs.filter((s) => s.extension === 'mdx')) {
      expect(fieldsOf(spec).find((f) => f.name === 'body')).toMatchObject({ widget: 'text' });
    }
    const widgets = new Set(specs.flatMap((s) => allFields(fieldsOf(s))).map((f) => f.widget));
    expect(widgets.has('markdown' as never)).toBe(false);
  });

  it('uses the editorial workflow, and the local backend while no forge is set; open authoring on GitHub', () => {
    const local = cmsConfig(null, index);
    expect(local.publish_mode).toBe('editorial_workflow');
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: '/api/v1', branch: 'main' });
    expect(backendOf({ kind: 'github', url: 'https://github.com', repo: 'o/r', branch: 'main', authBaseUrl: 'https://auth.example' })).toMatchObject({ name: 'github', repo: 'o/r', open_authoring: true, base_url: 'https://auth.example' });
    expect(backendOf({ kind: 'gitlab', url: 'https://gitlab.com', repo: 'o/r', branch: 'main', appId: 'x' })).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'x' });
    expect(backendOf({ kind: 'forgejo', url: 'https://codeberg.org', repo: 'o/r', branch: 'main', appId: 'x' })).toMatchObject({ name: 'forgejo', api_root: 'https://codeberg.org/api/v1', open_authoring: true });
  });
});

describe('the editor’s check before saving', () => {
  it('drops what the form leaves empty, deepest and last first', () => {
    const paths = emptyPaths({ a: '', b: { c: '' }, d: ['x', '', 'y', ''], e: { f: 'g', h: null }, i: [] });
    expect(paths).toHaveLength(5);
    expect(paths).toEqual(expect.arrayContaining([['a'], ['b'], ['d', 3], ['d', 1], ['e', 'h']]));
    // Within a list, the later item first, so deleting in order keeps the earlier indexes right.
    expect(paths.findIndex((p) => p[1] === 3)).toBeLessThan(paths.findIndex((p) => p[1] === 1));
  });

  it('names fields by their French labels and speaks French', () => {
    const spec = specs.find((s) => s.name === 'lieux')!;
    expect(labelPath(fieldsOf(spec), ['sources', 1, 'url'])).toBe('Sources › 2 › Adresse web (URL)');
    const problems = problemsOf('lieux', fieldsOf(spec), {
      name: 'Essai', kind: 'fablab', commune: { code: '29232', name: 'Quimper' }, department: '35', coordinates: { lat: 48, lon: -4.1 },
      role: { fr: 'x', en: 'x' }, asOf: '2999', added: '2026-12-01',
      sources: [{ title: 'Une source', publisher: 'Un éditeur', url: 'https://example.org/page', urlScope: 'page', date: 'unknown', dateUnknownReason: 'La page n’affiche pas de date.' }],
    });
    expect(problems).toEqual([
      'Faits valables à la date du : la date est dans le futur',
      'Commune › Code INSEE de la commune : la commune 29232 n’est pas dans le département 35',
    ]);
  });

  it('pre-fills a review with the generator built now, and offers the design’s own parameters and presets for its envelope', () => {
    const fields = fieldsOf(specs.find((s) => s.name === 'revues-visiere-serre-tete')!);
    const generator = fields.find((f) => f.name === 'generator')!;
    expect(generator.default).toBe('c'.repeat(64));
    expect(new RegExp(generator.pattern![0]).test('d'.repeat(64))).toBe(false);
    const envelope = fields.find((f) => f.name === 'envelope')!.fields!;
    expect(envelope.find((f) => f.name === 'parameters')!.fields!.find((f) => f.name === 'id')!.options).toEqual([{ value: 'headCircumference', label: 'Tour de tête (headCircumference)' }]);
    expect(envelope.find((f) => f.name === 'presets')).toMatchObject({ widget: 'select', multiple: true, options: [{ value: 'defaut', label: 'Réglages par défaut' }, { value: 'a4-2', label: 'A4 · 2 trous' }] });
  });

  it('refuses, in French, a review the build would refuse: a move the lifecycle forbids, a file with another file’s hash, a favourable decision missing a criterion', () => {
    const form = index.reviews[0];
    const [stl, threeMf] = form.files;
    expect(reviewProblems(form, { decision: 'debut-revue', files: [stl] })).toEqual([]);
    expect(reviewProblems(form, { decision: 'favorable', useLevel: 'communautaire', files: [{ name: stl.name, sha256: threeMf.sha256 }], criteria: [] })).toEqual([
      'Décision : ce modèle est « Proposé » ; une revue peut maintenant le mener à « En revue » ou « Retiré », pas à « Validé – usage communautaire » : commencez par un « Début de revue »',
      'Fichiers examinés › 1 › Empreinte SHA-256 : ce n’est pas l’empreinte de « visiere-serre-tete--defaut.stl » publiée aujourd’hui (elle commence par aaaaaaaa)',
      'Critères : un avis favorable répond à chaque critère ; il manque « Bords sans arête vive »',
    ]);
    expect(reviewProblems(form, { decision: 'debut-revue', files: [{ name: 'autre.stl', sha256: stl.sha256 }] })).toEqual(['Fichiers examinés › 1 › Fichier : « autre.stl » n’est pas un fichier publié aujourd’hui']);
    expect(withCriterionLabels('le critère « bords-sans-arete » est « non-conforme »', form.criteria)).toBe('le critère « Bords sans arête vive » est « non-conforme »');
  });

  it('has a French message for every message the schemas write', () => {
    const messages = readFileSync('site/schemas/review.ts', 'utf8') + ['common', 'sourced', 'place', 'production', 'protocol', 'guide', 'design', 'orgModel', 'inventory', 'resource', 'networkFigure', 'partner', 'recall', 'legalStatus'].map((n) => readFileSync(`site/schemas/${n}.ts`, 'utf8')).join('\n');
    const literals = [...messages.matchAll(/(?:message: |fail\(\[[^\]]*\], |\.(?:min|refine)\([^,]*, )(['`])((?:(?!\1).)+)\1/g)]
      .map((m) => m[2].replace(/\$\{[^}]+\}/g, 'x'))
      .filter((m) => m.includes(' '));
    expect(literals.length).toBeGreaterThan(25);
    expect(literals.filter((m) => !isTranslated(m))).toEqual([]);
    expect(frenchMessage({ code: 'custom', path: [], message: 'from is after to' })).toBe('le début de la période est après sa fin');
  });
});

describe('the editor’s French', () => {
  it('corrects Decap’s phrases that read wrong, and keeps the others', () => {
    const fr = frenchPhrases() as any;
    expect(fr.workflow.workflowCard.deleteChanges).toBe('Supprimer les modifications');
    expect(fr.ui.toast.missingRequiredField).not.toMatch(/Oops/);
    expect(fr.collection.collectionTop.newButton).not.toContain('＋');
    expect(fr.editor.editorControlPane.widget.regexPattern).toContain('%{pattern}');
    expect(fr.workflow.workflowList.readyHeader).toBe('Prêt');
  });
});

describe('content files, as the editor writes them', () => {
  it('are all written the way Decap writes them (npm run content:format), so an edit’s diff shows only what changed', () => {
    expect(formatContent('.', false)).toEqual([]);
  });

  it('read the same in YAML 1.2 (the editor) and YAML 1.1 (the site’s loader)', () => {
    const files = specs.flatMap((s) => (s.files ? s.files.map((f) => f.file) : []));
    const norm = (v: unknown): unknown =>
      v instanceof Date ? v.toISOString().slice(0, 10) : Array.isArray(v) ? v.map(norm) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)])) : v;
    for (const file of [...files, 'network/places/labfab-rennes.yaml', 'network/production/visieres-bretagne-2020-05-10.yaml']) {
      const text = readFileSync(file, 'utf8');
      const yaml = file.endsWith('.mdx') ? text.split('\n---\n')[0].replace(/^---\n/, '') : text;
      expect(norm(loadYaml11(yaml)), file).toEqual(norm(parseYaml12(yaml)));
    }
  });
});
