// Node only: reads a design's print settings from its index.mdx, for the build-time files, the
// CLI, the bench and the tests (the page gets them from the same front matter through Astro).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { printSettingsSchema, type PrintSettings } from './printSettings';

// The repository root: two folders above this file when run from source (CLI, tests), the
// working directory when bundled by the site's build (which runs at the root).
const roots = [resolve(dirname(fileURLToPath(import.meta.url)), '../..'), process.cwd()];

/** The `printSettings` of designs/<slug>/index.mdx, checked; undefined for a design without any (a 2D design). */
export function printSettingsOf(slug: string): PrintSettings | undefined {
  const root = roots.find((r) => existsSync(join(r, 'designs', slug, 'index.mdx')));
  if (!root) throw new Error(`designs/${slug}/index.mdx not found`);
  const file = join(root, 'designs', slug, 'index.mdx');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no front matter`);
  const raw = (parse(match[1]) as Record<string, unknown>).printSettings;
  if (raw === undefined) return undefined;
  const parsed = printSettingsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: printSettings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
