// `npm run export -- <design> [--preset NAME] [--set key=value …] [--format F] [--out FILE]`
// The same parse → build → kernel → exporter path as the page and the build-time files.
import { writeFileSync, renameSync, readFileSync, statSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { designs, designBySlug } from '../designs';
import type { Design, FormatId, ParamSpec, ParamSpecs } from '../designs/_kit';
import { loadKernel } from '../designs/_kit/kernel';
import { evaluateModel, fileName, formatOf, FORMATS } from '../designs/_kit/export';
import { edgeReport, isClosedManifold, readBinaryStl } from '../designs/_kit/meshCheck';
import { boundingBox, sizeOf } from '../designs/_kit/mesh';
import { describeEstimate, estimateMaterial } from '../designs/_kit/material';
import { readParamFile } from '../designs/_kit/paramFile';

class UsageError extends Error {}

interface Args {
  slug?: string;
  preset?: string;
  /** A parameter-set JSON file, as the customizer saves it. */
  params?: string;
  sets: [string, string][];
  format?: string;
  out?: string;
  help: boolean;
  lang: 'fr' | 'en';
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { sets: [], help: false, lang: process.env.LANG?.startsWith('fr') ? 'fr' : 'en' };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--preset') args.preset = value(i++, a);
    else if (a === '--params') args.params = value(i++, a);
    else if (a === '--format') args.format = value(i++, a);
    else if (a === '--out' || a === '-o') args.out = value(i++, a);
    else if (a === '--lang') args.lang = value(i++, a) === 'fr' ? 'fr' : 'en';
    else if (a === '--set') {
      const kv = value(i++, a);
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new UsageError(`--set expects key=value, got "${kv}"`);
      args.sets.push([kv.slice(0, eq), kv.slice(eq + 1)]);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!args.slug) args.slug = a;
    else throw new UsageError(`unexpected argument "${a}"`);
  }
  return args;
}

function describeParam(name: string, s: ParamSpec, lang: 'fr' | 'en'): string {
  const allowed =
    s.kind === 'number'
      ? `${s.min}–${s.max} ${s.unit === 'count' || s.unit === 'ratio' ? '' : s.unit}`.trim() + (s.integer ? ' (integer)' : '')
      : s.kind === 'choice'
        ? Object.keys(s.options).join(' | ')
        : s.kind === 'bool'
          ? 'true | false'
          : `text, ≤ ${s.maxLength} chars (${s.allowedLabel[lang]})`;
  return `    ${name.padEnd(20)} ${allowed.padEnd(34)} default ${String(s.default).padEnd(8)} ${s.label[lang]}`;
}

export function helpText(lang: 'fr' | 'en'): string {
  const lines = [
    'Usage: npm run export -- <design> [--preset NAME] [--params FILE.json] [--set key=value …] [--format FORMAT] [--out FILE]',
    '',
    'Exports a design with chosen parameters; the same code as the site. Without --out the file',
    'is written to ./<design>--<preset or perso>.<ext>; --out takes a file path or an existing',
    'directory, relative to the directory you run the command from. Numbers accept 12.5 or 12,5.',
    '--params reads a parameter-set file saved from the customizer; --set values override it.',
    '',
    'Designs:',
  ];
  for (const d of designs) {
    lines.push(`  ${d.slug} — ${d.title[lang]}  (formats: ${d.formats.join(', ')})`);
    lines.push('    parameters:');
    for (const [name, s] of Object.entries(d.params)) lines.push(describeParam(name, s, lang));
    lines.push(`    presets: ${Object.entries(d.presets).map(([n, p]) => `${n} (${p.label[lang]})`).join(', ') || '—'}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The directory relative paths are read against: the caller's, also under `npm run` (which runs in the repo root). */
export const callerDir = () => process.env.INIT_CWD || process.cwd();

/**
 * Where to write: --out as given (relative to the caller's directory), or the default file name
 * inside it when it is an existing directory. Refuses, before any work, a path whose folder does
 * not exist or that cannot hold a file.
 */
export function outputPath(out: string | undefined, defaultName: string, cwd = callerDir()): string {
  if (out === undefined) return resolve(cwd, defaultName);
  const path = resolve(cwd, out);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return join(path, defaultName);
  if (stat && !stat.isFile()) throw new UsageError(`--out ${out}: not a regular file; give a file path or an existing directory`);
  const parent = statSync(dirname(path), { throwIfNoEntry: false });
  if (!parent?.isDirectory()) {
    throw new UsageError(`--out ${out}: the directory ${dirname(path)} does not exist; give a file path in an existing directory, or an existing directory`);
  }
  return path;
}

export async function exportDesign(args: Args): Promise<{ path: string; bytes: number; summary: string; material: string }> {
  if (!args.slug) throw new UsageError('which design? Run with --help to list them.');
  const design: Design<ParamSpecs> | undefined = designBySlug(args.slug);
  if (!design) throw new UsageError(`unknown design "${args.slug}"; designs: ${designs.map((d) => d.slug).join(', ')}`);
  let input: Record<string, unknown> = {};
  if (args.preset !== undefined) {
    if (!design.presets[args.preset]) {
      throw new UsageError(`unknown preset "${args.preset}" for ${design.slug}; presets: ${Object.keys(design.presets).join(', ')}`);
    }
    input = { ...design.presets[args.preset].values };
  }
  if (args.params !== undefined) {
    let text: string;
    try {
      text = readFileSync(args.params, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read --params ${args.params}: ${(e as Error).message}`);
    }
    const file = readParamFile(text, design.slug);
    if (!file.ok) throw new UsageError(`${args.params}: ${file.error[args.lang]}`);
    input = { ...input, ...file.values };
  }
  for (const [k, v] of args.sets) input[k] = v;
  const format = (args.format ?? design.formats[0]) as FormatId;
  if (!design.formats.includes(format) || !FORMATS[format]) {
    throw new UsageError(`format "${args.format}" is not offered for ${design.slug}; formats: ${design.formats.join(', ')}`);
  }
  const run = design.run(input);
  if (!run.ok) throw new UsageError(run.errors.map((e) => e.message[args.lang]).join('\n'));
  // Named after the values, not the options: `--set` back to a preset's value keeps its name.
  const path = outputPath(args.out, fileName(design.slug, design.variantOf(run.values), format));
  const k = await loadKernel();
  const ctx = evaluateModel(k, design, run.values, run.model);
  const bytes = await formatOf(format).write(ctx);
  if (format === 'stl' && !isClosedManifold(edgeReport(readBinaryStl(bytes).vertices))) {
    throw new Error('internal error: the mesh is not closed; no file written');
  }
  // Write then rename, so an interrupted export never leaves a truncated file under the name.
  try {
    writeFileSync(`${path}.part`, bytes);
    renameSync(`${path}.part`, path);
  } catch (e) {
    rmSync(`${path}.part`, { force: true });
    const where = args.out === undefined ? path : `--out ${args.out}`;
    throw new UsageError(`cannot write ${where}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; give a writable file path or an existing directory`);
  }
  const meshes = ctx.meshes.map((p) => p.mesh);
  const size = meshes.length ? sizeOf(boundingBox(meshes)).map((v) => v.toFixed(1)).join(' × ') + ' mm' : '';
  const tris = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
  const summary = [size, tris ? `${tris} triangles` : ''].filter(Boolean).join(', ');
  const material = meshes.length ? describeEstimate(estimateMaterial(meshes), args.lang) : '';
  return { path, bytes: bytes.byteLength, summary, material };
}

async function main() {
  let args: Args | undefined;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.help || !args.slug) {
      console.log(helpText(args.lang));
      process.exit(args.help ? 0 : 2);
    }
    const r = await exportDesign(args);
    console.log(`${r.path}\n  ${r.bytes} bytes${r.summary ? `, ${r.summary}` : ''}`);
    if (r.material) console.log(`  ${r.material}`);
  } catch (e) {
    const usage = e instanceof UsageError;
    console.error(`${usage ? 'error' : 'internal error'}: ${(e as Error).message}`);
    if (usage) console.error('(no file written; run with --help for designs, parameters and presets)');
    process.exit(usage ? 2 : 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
