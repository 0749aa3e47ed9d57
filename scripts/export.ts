// `npm run export -- <design> [--preset NAME] [--set key=value …] [--format F] [--out FILE]`
// The same parse → build → kernel → exporter path as the page and the build-time files.
import { writeFileSync, renameSync, readFileSync, statSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { designs, designBySlug } from '../designs';
import type { Design, FormatId, ParamSpec, ParamSpecs } from '../designs/_kit';
import { loadKernel } from '../designs/_kit/kernel';
import { evaluateModel, fileName, formatOf, FORMATS } from '../designs/_kit/export';
import { edgeReport, isClosedManifold, readBinaryStl } from '../designs/_kit/meshCheck';
import { boundingBox, sizeOf } from '../designs/_kit/mesh';
import { describeEstimate, estimateMaterial, estimateMethod } from '../designs/_kit/material';
import { printSettingsOf } from '../designs/_kit/frontMatter';
import { DEFAULT_PRINTER, PLATE_GAP, PRINTERS, parsePlate, plateContext, plateVariant, type PlateRequest } from '../designs/_kit/plate';
import { readParamFile } from '../designs/_kit/paramFile';
import { echo } from '../designs/_kit/messages';
import { languageOf, type Lang } from './lang';
import { exitWithUsage, keyValues, readArgs, usage, UsageError, type OptionSpec } from './cliArgs';
import { categoryOf, statusOf } from '../site/lib/openSante';
import { variantTexts } from '../site/lib/openSante/scope';
import { describeVariant, variantStatus } from '../site/lib/openSante/envelope';
import { useTranslations } from '../site/i18n';

const EXPORT_OPTIONS = {
  preset: { type: 'string', takes: { fr: 'le nom d’un préréglage (voir --help)', en: 'a preset name (see --help)' } },
  params: { type: 'string', takes: { fr: 'un fichier de paramètres .json enregistré depuis la page', en: 'a parameter-set .json file saved from the page' } },
  set: { type: 'string', multiple: true, takes: { fr: 'clé=valeur', en: 'key=value' } },
  format: { type: 'string', takes: { fr: 'un format du modèle (voir --help)', en: 'one of the design’s formats (see --help)' } },
  out: { type: 'string', short: 'o', takes: { fr: 'un chemin de fichier ou un dossier existant', en: 'a file path or an existing directory' } },
  printer: { type: 'string', takes: { fr: `un identifiant d’imprimante (${PRINTERS.map((p) => p.id).join(', ')})`, en: `a printer id (${PRINTERS.map((p) => p.id).join(', ')})` } },
  copies: { type: 'string', takes: { fr: 'un nombre d’exemplaires, ou full', en: 'a number of copies, or full' } },
  plate: { type: 'string', allowed: { full: { fr: 'plateau plein ; pour un nombre, --copies N', en: 'a full plate; for a number, --copies N' } } },
  lang: { type: 'string', allowed: { fr: undefined, en: undefined } },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

interface Args {
  slug?: string;
  preset?: string;
  /** A parameter-set JSON file, as the customizer saves it. */
  params?: string;
  sets: [string, string][];
  format?: string;
  out?: string;
  /** A plate: --printer, and --copies N or --plate full (or --copies full). */
  printer?: string;
  copies?: string;
  help: boolean;
  lang: Lang;
}

export function parseArgs(argv: string[]): Args {
  const { values: v, positionals } = readArgs(argv, EXPORT_OPTIONS, { max: 1, what: { fr: 'un seul modèle', en: 'one design' } });
  if (v.copies !== undefined && v.plate !== undefined) throw usage('--copies et --plate ensemble : donnez l’un ou l’autre', '--copies and --plate together: give one or the other');
  return {
    slug: positionals[0],
    preset: v.preset,
    params: v.params,
    sets: keyValues(v.set),
    format: v.format,
    out: v.out,
    printer: v.printer,
    copies: v.copies ?? v.plate,
    help: v.help ?? false,
    lang: languageOf(argv),
  };
}

function describeParam(name: string, s: ParamSpec, lang: Lang): string {
  const fr = lang === 'fr';
  const allowed =
    s.kind === 'number'
      ? `${s.min}–${s.max} ${s.unit === 'count' || s.unit === 'ratio' ? '' : s.unit}`.trim() + (s.integer ? (fr ? ' (entier)' : ' (integer)') : '')
      : s.kind === 'choice'
        ? Object.keys(s.options).join(' | ')
        : s.kind === 'bool'
          ? 'true | false'
          : fr
            ? `texte, ≤ ${s.maxLength} caractères (${s.allowedLabel[lang]})`
            : `text, ≤ ${s.maxLength} chars (${s.allowedLabel[lang]})`;
  return `    ${name.padEnd(20)} ${allowed.padEnd(34)} ${fr ? 'défaut' : 'default'} ${String(s.default).padEnd(8)} ${s.label[lang]}`;
}

/** A design's formats with the extension each is written under: "stl (.stl), 3mf (.3mf)". */
const formatList = (design: Design<ParamSpecs>) => design.formats.map((f) => `${f} (.${formatOf(f).extension})`).join(', ');

export function helpText(lang: Lang): string {
  const fr = lang === 'fr';
  const lines = fr
    ? [
        'Usage : npm run export -- <modèle> [--preset NOM] [--params FICHIER.json] [--set clé=valeur …] [--format FORMAT] [--out FICHIER]',
        '        [--printer ID] [--copies N | --plate full] [--lang fr|en]',
        '',
        'Exporte un modèle avec les paramètres choisis ; le même code que le site. Sans --out, le fichier',
        'est écrit dans ./<modèle>--<préréglage ou perso>.<ext> ; --out prend un chemin de fichier ou un',
        'dossier existant (un « / » final désigne un dossier), relatif au dossier d’où la commande est lancée.',
        'L’extension de --out choisit le format (band.3mf → 3mf) ; une extension que le modèle n’offre pas,',
        'ou qui contredit --format, est refusée. Les nombres s’écrivent 12.5 ou 12,5.',
        '--params lit un fichier de paramètres enregistré depuis la page ; les valeurs de --set l’emportent sur les siennes.',
        `Plateau (fichier 3MF, un objet par exemplaire, ${PLATE_GAP} mm d’écart) : --printer ID avec --copies N ou --plate full`,
        `(plateau plein, par défaut) ; sans --printer : ${DEFAULT_PRINTER}. Une pièce plus grande que le plateau est refusée (statut 2).`,
        `Imprimantes : ${PRINTERS.map((p) => `${p.id} (${p.name}, ${p.bed[0]} × ${p.bed[1]} mm)`).join(', ')}.`,
        '',
        'Modèles :',
      ]
    : [
        'Usage: npm run export -- <design> [--preset NAME] [--params FILE.json] [--set key=value …] [--format FORMAT] [--out FILE]',
        '       [--printer ID] [--copies N | --plate full] [--lang fr|en]',
        '',
        'Exports a design with chosen parameters; the same code as the site. Without --out the file',
        'is written to ./<design>--<preset or perso>.<ext>; --out takes a file path or an existing',
        'directory (a trailing "/" means a directory), relative to the directory you run the command from.',
        'The extension of --out chooses the format (band.3mf → 3mf); an extension the design does not',
        'offer, or one that contradicts --format, is refused. Numbers accept 12.5 or 12,5.',
        '--params reads a parameter-set file saved from the customizer; --set values override it.',
        `Plate (a 3MF file, one object per copy, ${PLATE_GAP} mm apart): --printer ID with --copies N or --plate full`,
        `(the default: a full plate); without --printer: ${DEFAULT_PRINTER}. A part larger than the bed is refused (status 2).`,
        `Printers: ${PRINTERS.map((p) => `${p.id} (${p.name}, ${p.bed[0]} × ${p.bed[1]} mm)`).join(', ')}.`,
        '',
        'Designs:',
      ];
  for (const d of designs) {
    lines.push(`  ${d.slug} — ${d.title[lang]}  (formats${fr ? ' ' : ''}: ${formatList(d)})`);
    lines.push(fr ? '    paramètres :' : '    parameters:');
    for (const [name, s] of Object.entries(d.params)) lines.push(describeParam(name, s, lang));
    lines.push(`    ${fr ? 'préréglages :' : 'presets:'} ${Object.entries(d.presets).map(([n, p]) => `${n} (${p.label[lang]})`).join(', ') || '—'}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The directory relative paths are read against: the caller's, also under `npm run` (which runs in the repo root). */
export const callerDir = () => process.env.INIT_CWD || process.cwd();

/** Where --out points: an existing directory (the default name goes inside), or a file path. */
type Target = { kind: 'dir'; path: string } | { kind: 'file'; path: string };

/**
 * Reads --out (relative to the caller's directory). Refuses, before any work, a path whose
 * folder does not exist, a folder (trailing slash) that does not exist, or a path that cannot
 * hold a file.
 */
export function outTarget(out: string | undefined, cwd = callerDir()): Target {
  if (out === undefined) return { kind: 'dir', path: cwd };
  const path = resolve(cwd, out);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return { kind: 'dir', path };
  // "newdir/" names a folder: never write a file called "newdir".
  if (out.endsWith('/') || out.endsWith(sep)) {
    throw usage(
      `--out ${out} : le dossier ${path} n’existe pas ; créez-le, ou donnez un chemin de fichier`,
      `--out ${out}: the directory ${path} does not exist; create it, or give a file path`,
    );
  }
  if (stat && !stat.isFile()) {
    throw usage(`--out ${out} : ce n’est pas un fichier ordinaire ; donnez un chemin de fichier ou un dossier existant`, `--out ${out}: not a regular file; give a file path or an existing directory`);
  }
  const parent = statSync(dirname(path), { throwIfNoEntry: false });
  if (!parent?.isDirectory()) {
    throw usage(
      `--out ${out} : le dossier ${dirname(path)} n’existe pas ; donnez un chemin de fichier dans un dossier existant, ou un dossier existant`,
      `--out ${out}: the directory ${dirname(path)} does not exist; give a file path in an existing directory, or an existing directory`,
    );
  }
  return { kind: 'file', path };
}

/**
 * The format to write: --format if given, else the one --out's name says, else the design's
 * main format. A file's extension must be one of the design's formats and agree with --format,
 * so a file is never written under a name that says another format. Extensions may be compound
 * ("a0.pdf", "patron.svg"): the most specific one the name ends with wins; a plain ".pdf" takes
 * the design's first PDF format.
 */
export function chooseFormat(design: Design<ParamSpecs>, format: string | undefined, target: Target): FormatId {
  if (format !== undefined && (!(design.formats as string[]).includes(format) || !Object.hasOwn(FORMATS, format))) {
    throw usage(
      `le format « ${echo(format, 'fr')} » n’est pas proposé pour ${design.slug} ; formats : ${formatList(design)}`,
      `format "${echo(format)}" is not offered for ${design.slug}; formats: ${formatList(design)}`,
    );
  }
  const name = target.kind === 'file' ? basename(target.path).toLowerCase() : '';
  const ext = extname(name).slice(1);
  if (!ext) return (format ?? design.formats[0]) as FormatId;
  const extensionOf = (f: FormatId) => formatOf(f).extension;
  const exact = design.formats.filter((f) => name.endsWith(`.${extensionOf(f)}`)).sort((a, b) => extensionOf(b).length - extensionOf(a).length);
  const loose = design.formats.filter((f) => extensionOf(f).split('.').at(-1) === ext);
  const said = exact[0] ? extensionOf(exact[0]) : ext;
  if (format !== undefined) {
    if (exact[0] ? exact[0] === format : loose.includes(format as FormatId)) return format as FormatId;
    const writes = extensionOf(format as FormatId);
    throw usage(
      `--format ${format} écrit un fichier .${writes}, mais --out se termine par .${said} ; accordez-les (formats de ${design.slug} : ${formatList(design)})`,
      `--format ${format} writes a .${writes} file but --out ends in .${said}; make them agree (formats of ${design.slug}: ${formatList(design)})`,
    );
  }
  const chosen = exact[0] ?? loose[0];
  if (chosen) return chosen;
  throw usage(
    `--out se termine par .${ext}, un format que le modèle ${design.slug} n’a pas ; formats : ${formatList(design)}`,
    `--out ends in .${ext}, a format ${design.slug} does not have; formats: ${formatList(design)}`,
  );
}

/** The plate asked for, if any: --printer alone is a full plate; --copies or --plate alone is for the default printer. */
function plateRequest(args: Args, design: Design<ParamSpecs>): PlateRequest | undefined {
  if (args.printer === undefined && args.copies === undefined) return undefined;
  if (!design.formats.includes('3mf')) {
    throw usage(`${design.slug} n’a pas de fichier 3MF : pas de plateau (formats : ${formatList(design)})`, `${design.slug} has no 3MF file: no plate (formats: ${formatList(design)})`);
  }
  const parsed = parsePlate(args.printer ?? DEFAULT_PRINTER, args.copies ?? 'full');
  if (!parsed.ok) throw new UsageError(parsed.error);
  return parsed.plate;
}

/** A plate is a 3MF file: its objects stay separate. Any other format asked for is refused. */
function plateFormat(design: Design<ParamSpecs>, format: string | undefined, target: Target): FormatId {
  const chosen = format === undefined && (target.kind === 'dir' || !extname(target.path)) ? '3mf' : chooseFormat(design, format ?? '3mf', target);
  if (chosen !== '3mf') throw usage(`un plateau s’écrit en 3MF (un objet par exemplaire), pas en ${chosen}`, `a plate is written as 3MF (one object per copy), not ${chosen}`);
  return chosen;
}

/** Reads --params: the shared reader (paramFile.ts) checks size, envelope and keys, as the page does. */
function readParamsFile(path: string, design: Design<ParamSpecs>): { values: Record<string, unknown>; plate?: PlateRequest } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw usage(`impossible de lire --params ${path} : ${why}`, `cannot read --params ${path}: ${why}`);
  }
  const file = readParamFile(bytes.toString('utf8'), design.slug, Object.keys(design.params), bytes.byteLength);
  if (!file.ok) throw usage(`${path} : ${file.error.fr}`, `${path}: ${file.error.en}`);
  return file;
}

/** The Open Santé status of these values, in one sentence: the page's words, from the same records. */
async function reviewStatusOf(design: Design<ParamSpecs>, values: Design<ParamSpecs>['defaults'], lang: Lang): Promise<string> {
  const status = await statusOf(design, categoryOf(design.slug));
  const texts = variantTexts(design, status, lang);
  return useTranslations(lang)('cli.status', { status: describeVariant(texts, variantStatus(texts.scope, design.defaults, values, design.variantsOf(values))) });
}

export async function exportDesign(args: Args): Promise<{ path: string; bytes: number; summary: string; material: string; status: string }> {
  const fr = args.lang === 'fr';
  if (!args.slug) throw usage('quel modèle ? Lancez avec --help pour la liste.', 'which design? Run with --help to list them.');
  const design: Design<ParamSpecs> | undefined = designBySlug(args.slug);
  if (!design) {
    const list = designs.map((d) => d.slug).join(', ');
    throw usage(`modèle inconnu « ${echo(args.slug, 'fr')} » ; modèles : ${list}`, `unknown design "${echo(args.slug)}"; designs: ${list}`);
  }
  // Built from entries, so a key such as "__proto__" stays a key (and is refused as unknown).
  const entries: [string, unknown][] = [];
  if (args.preset !== undefined) {
    // Own keys only: "toString" or "__proto__" are not presets.
    if (!Object.hasOwn(design.presets, args.preset)) {
      const list = Object.keys(design.presets).join(', ') || '—';
      throw usage(`préréglage inconnu « ${echo(args.preset, 'fr')} » pour ${design.slug} ; préréglages : ${list}`, `unknown preset "${echo(args.preset)}" for ${design.slug}; presets: ${list}`);
    }
    entries.push(...Object.entries(design.presets[args.preset].values));
  }
  if (args.params !== undefined) {
    const file = readParamsFile(args.params, design);
    entries.push(...Object.entries(file.values));
    // The file's plate, unless the command line names one.
    if (file.plate && args.printer === undefined && args.copies === undefined) {
      args = { ...args, printer: file.plate.printer, copies: String(file.plate.copies) };
    }
  }
  entries.push(...args.sets);
  const input = Object.fromEntries(entries);
  const target = outTarget(args.out);
  const plate = plateRequest(args, design);
  const format = plate ? plateFormat(design, args.format, target) : chooseFormat(design, args.format, target);
  const run = design.run(input);
  if (!run.ok) throw new UsageError({ fr: run.errors.map((e) => e.message.fr).join('\n'), en: run.errors.map((e) => e.message.en).join('\n') });
  // Named after the values, not the options: `--set` back to a preset's value keeps its name.
  const variant = plate ? plateVariant(design.variantOf(run.values), plate) : design.variantOf(run.values);
  const path = target.kind === 'dir' ? join(target.path, fileName(design.slug, variant, format)) : target.path;
  const k = await loadKernel();
  const part = evaluateModel(k, design, run.values, run.model, printSettingsOf(design.slug));
  const plated = plate ? plateContext(part, plate) : undefined;
  if (plated && !plated.ok) throw new UsageError(plated.error);
  const ctx = plated?.ok ? plated.ctx : part;
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
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw usage(
      `impossible d’écrire ${where} : ${code} ; donnez un chemin de fichier accessible en écriture ou un dossier existant`,
      `cannot write ${where}: ${code}; give a writable file path or an existing directory`,
    );
  }
  const meshes = ctx.meshes.map((p) => p.mesh);
  const size = meshes.length ? sizeOf(boundingBox(meshes)).map((v) => (fr ? v.toFixed(1).replace('.', ',') : v.toFixed(1))).join(' × ') + ' mm' : '';
  const tris = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
  const copies = plated?.ok ? (fr ? `${plated.count} exemplaires sur ${plated.printer.name} (${plated.fits} au plus)` : `${plated.count} copies on ${plated.printer.name} (${plated.fits} at most)`) : '';
  const summary = [copies, size, tris ? `${tris} triangles` : ''].filter(Boolean).join(', ');
  const partMeshes = part.meshes.map((p) => p.mesh);
  const perPart = partMeshes.length ? estimateMaterial(partMeshes, part.print) : undefined;
  const material = perPart
    ? [
        `${plated?.ok ? (fr ? 'par pièce : ' : 'per part: ') : ''}${describeEstimate(perPart, args.lang)}`,
        ...(plated?.ok ? [`${fr ? 'plateau : ' : 'plate: '}${describeEstimate(estimateMaterial(meshes, part.print), args.lang)}`] : []),
        estimateMethod(perPart.method, args.lang),
      ].join('\n  ')
    : '';
  return { path, bytes: bytes.byteLength, summary, material, status: await reviewStatusOf(design, run.values, args.lang) };
}

async function main() {
  const argv = process.argv.slice(2);
  const lang = languageOf(argv);
  const fr = lang === 'fr';
  try {
    const args = parseArgs(argv);
    if (args.help || !args.slug) {
      console.log(helpText(args.lang));
      process.exit(args.help ? 0 : 2);
    }
    const r = await exportDesign(args);
    console.log(`${r.path}\n  ${r.bytes} ${fr ? 'octets' : 'bytes'}${r.summary ? `, ${r.summary}` : ''}`);
    if (r.material) console.log(`  ${r.material}`);
    console.log(`  ${r.status}`);
  } catch (e) {
    if (e instanceof UsageError) {
      exitWithUsage(e, lang, {
        fr: '(aucun fichier écrit ; lancez avec --help pour les modèles, paramètres et préréglages)',
        en: '(no file written; run with --help for designs, parameters and presets)',
      });
    }
    console.error(`${fr ? 'erreur interne' : 'internal error'}${fr ? ' ' : ''}: ${(e as Error).message}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
