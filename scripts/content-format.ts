// `npm run content:format`: writes every content file the way the editor (Decap CMS) writes it,
// with Decap's own YAML and front-matter formatters and the config's field order, so that a
// change made in the editor shows in the diff as the lines a person changed, nothing else.
// `--check` lists the files that differ and exits 1 (the unit tests run it).
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml.js';
import { collectionSpecs, fieldsOf, type CollectionSpec, type ContentIndex } from '../site/lib/cms/collections';

const frontMatter = frontmatterYAML();

/** The documents and review folders on disk: what the config lists, without building anything. */
export function indexFromDisk(root = '.'): ContentIndex {
  const docs = (dir: string) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, dir, d.name, 'index.mdx')))
      .map((d) => ({ slug: d.name, title: d.name, hasEn: existsSync(join(root, dir, d.name, 'en.mdx')) }));
  const designs = docs('designs');
  return { designs, guides: docs('guides'), inventory: [], reviews: designs.map((d) => ({ slug: d.slug, title: d.slug, version: '0.0.0', files: [], criteria: [], state: 'propose', allowed: ['en-revue'] })) };
}

/** Every file of a collection, relative to the repository. */
function filesOf(spec: CollectionSpec, root: string): string[] {
  if (spec.files) return spec.files.map((f) => f.file);
  const dir = join(root, spec.folder!);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith(`.${spec.extension}`)).sort().map((n) => `${spec.folder}/${n}`);
}

/** The text Decap would write for this file's content. */
export function editorText(spec: CollectionSpec, text: string): string {
  const order = fieldsOf(spec).map((f) => f.name).filter((n) => n !== 'body');
  if (spec.extension === 'mdx') return frontMatter.toFile(frontMatter.fromFile(text), order, {});
  return yamlFormatter.toFile(yamlFormatter.fromFile(text), order, {});
}

export function formatContent(root = '.', write = false): string[] {
  const changed: string[] = [];
  for (const spec of collectionSpecs(indexFromDisk(root))) {
    for (const file of filesOf(spec, root)) {
      const text = readFileSync(join(root, file), 'utf8');
      const normal = editorText(spec, text);
      if (normal === text) continue;
      changed.push(file);
      if (write) writeFileSync(join(root, file), normal);
    }
  }
  return [...new Set(changed)];
}

if (process.argv[1]?.endsWith('content-format.ts')) {
  const check = process.argv.includes('--check');
  const changed = formatContent('.', !check);
  if (check && changed.length) {
    console.error(`Ces fichiers ne sont pas écrits comme l’éditeur les écrit (npm run content:format) :\n  ${changed.join('\n  ')}`);
    process.exit(1);
  }
  console.log(check ? 'Tous les fichiers de contenu sont écrits comme l’éditeur les écrit.' : `${changed.length} fichier(s) réécrit(s) comme l’éditeur les écrit.`);
}
