import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { designDocSchema, designDocEnSchema } from '../../site/schemas/design';
import { designs } from '../../designs';
import { PRINT_VOLUME_MM } from '../../designs/_kit/printVolume';

const frontMatter = (path: string) => {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  if (!m) throw new Error(`${path}: no front matter`);
  return parseYaml(m[1]) as Record<string, unknown>;
};

const slugs = readdirSync('designs', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`designs/${d.name}/index.mdx`))
  .map((d) => d.name);

describe('design documentation front matter', () => {
  it.each(slugs)('%s/index.mdx and en.mdx follow their schemas', (slug) => {
    const fr = designDocSchema.safeParse(frontMatter(`designs/${slug}/index.mdx`));
    expect(fr.success, JSON.stringify(fr.error?.issues)).toBe(true);
    const en = designDocEnSchema.safeParse(frontMatter(`designs/${slug}/en.mdx`));
    expect(en.success, JSON.stringify(en.error?.issues)).toBe(true);
  });

  // A design's title is written in its code (the CLI, file metadata, the customizer) and in its
  // two pages' front matter (the catalogue, search): they must name the same thing.
  it.each(slugs)('%s: the pages carry the title the design\'s code gives', (slug) => {
    const design = designs.find((d) => d.slug === slug)!;
    expect(frontMatter(`designs/${slug}/index.mdx`).title, 'index.mdx title').toBe(design.title.fr);
    expect(frontMatter(`designs/${slug}/en.mdx`).title, 'en.mdx title').toBe(design.title.en);
  });

  // The docs write the print volume out for readers; the code checks it from one constant.
  it('states the print volume the code checks, in the visor\'s pages and the README', () => {
    const [x, y, z] = PRINT_VOLUME_MM;
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    for (const doc of ['designs/visiere-serre-tete/index.mdx', 'designs/visiere-serre-tete/en.mdx']) expect(nbsp(readFileSync(doc, 'utf8')), doc).toContain(`${x} × ${y} mm`);
    expect(nbsp(readFileSync('README.md', 'utf8'))).toContain(`${x} × ${y} × ${z} mm`);
  });

  // English pages show the metadata (print notes, materials, changelog, authors) in English:
  // en.mdx gives each of index.mdx's texts, in the same order, so none is left in French.
  it.each(slugs)('%s/en.mdx translates every metadata text of index.mdx', (slug) => {
    const fr = designDocSchema.parse(frontMatter(`designs/${slug}/index.mdx`));
    const en = designDocEnSchema.parse(frontMatter(`designs/${slug}/en.mdx`));
    expect(en.printNotes === undefined, 'printNotes').toBe(fr.printSettings?.notes === undefined);
    expect(en.materials?.map((m) => m.notes === undefined) ?? [], 'materials').toEqual(fr.materials.map((m) => m.notes === undefined));
    expect(en.changelog?.map((c) => c.version), 'changelog versions').toEqual(fr.changelog.map((c) => c.version));
    expect(en.authors?.map((a) => a.role === undefined), 'authors').toEqual(fr.authors.map((a) => a.role === undefined));
  });

  const good = frontMatter('designs/visiere-serre-tete/index.mdx');
  const issuesOf = (data: Record<string, unknown>) => {
    const r = designDocSchema.safeParse(data);
    if (r.success) throw new Error('expected the schema to refuse this front matter');
    return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('requires sources', () => {
    expect(issuesOf({ ...good, sources: [] })).toEqual(['sources: at least one source is required']);
    const { sources: _, ...noSources } = good;
    expect(issuesOf(noSources)[0]).toMatch(/^sources: Required/);
  });
  it('refuses dates in the future and malformed versions', () => {
    expect(issuesOf({ ...good, updated: '2999-01-01' })).toEqual(['updated: date is in the future']);
    expect(issuesOf({ ...good, version: 'v1' })).toEqual(['version: version must look like 1.2.0']);
  });
  it('refuses non-web links and unknown fields', () => {
    expect(issuesOf({ ...good, sources: [{ title: 'Tract', url: 'javascript:alert(1)' }] })[0]).toMatch(/^sources\.0\.url/);
    expect(issuesOf({ ...good, colour: 'blue' })[0]).toMatch(/Unrecognized key.*colour/);
  });
  it('names the field of a wrong category or licence', () => {
    expect(issuesOf({ ...good, category: 'robot' })[0]).toMatch(/^category: Invalid enum value/);
    expect(issuesOf({ ...good, licence: { hardware: 'MIT', docs: 'CC-BY-SA-4.0' } })[0]).toMatch(/^licence\.hardware/);
  });
});
