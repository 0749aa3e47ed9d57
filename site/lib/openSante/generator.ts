// The generator of a design: the code its files come out of. A review covers a generator (and a
// parameter envelope), so its hash is computed at build from the design's own source and every
// module its output depends on: the local modules reached by imports from the design, the
// exporters and the kernel, and the exact versions of the packages they import.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type * as TypeScript from 'typescript';

/**
 * The TypeScript compiler, loaded on first use with require: importing its 9 MB CommonJS file
 * as a module makes Node scan it for export names, over a second of every CLI run, even a refused
 * one that never computes a generator.
 */
let compiler: typeof TypeScript | undefined;
const typescript = () => (compiler ??= createRequire(import.meta.url)('typescript') as typeof TypeScript);

/** Where every design's files go through besides its own code: evaluation, kernel, exporters. */
export const KIT_ENTRIES = ['designs/_kit/export.ts', 'designs/_kit/kernel.ts'];

export interface Generator {
  /** SHA-256 of the sorted list below. */
  sha256: string;
  /** Each local module as `path sha256`, each package as `name@version`, sorted. */
  parts: string[];
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A relative import as a file: `./x` is `./x.ts`, `./x/index.ts` or the file itself; `.js` stands for `.ts`. */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), `${base}.mjs`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** A package's name from a bare specifier: `@scope/name/sub` → `@scope/name`. */
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function packageVersion(root: string, name: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return 'missing';
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
}

/**
 * The generator of the design in `designs/<slug>/` under `root`. Import lists are read by the
 * TypeScript compiler's own pre-processor (import, export … from, dynamic import), not by a
 * pattern that a comment or a string would fool.
 */
export function generatorOf(slug: string, root = process.cwd()): Generator {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [join(root, 'designs', slug, 'design.ts'), ...KIT_ENTRIES.map((e) => join(root, e))];
  const parts: string[] = [];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    parts.push(`${relative(root, file).split(sep).join('/')} ${sha(bytes)}`);
    // A data file imported whole (`?raw`, `.wasm?url`) is hashed, not parsed.
    if (!/\.(ts|mts|js|mjs)$/.test(file)) continue;
    const { importedFiles } = typescript().preProcessFile(bytes.toString('utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (!target) throw new Error(`${relative(root, file)}: cannot resolve import "${specifier}"`);
        pending.push(target);
      } else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  }
  for (const name of packages) parts.push(`${name}@${packageVersion(root, name)}`);
  parts.sort();
  return { sha256: sha(parts.join('\n')), parts };
}

const cache = new Map<string, Generator>();

/** Computed once per build and design. */
export function generatorHash(slug: string): string {
  let g = cache.get(slug);
  if (!g) cache.set(slug, (g = generatorOf(slug)));
  return g.sha256;
}
