import type { Localized } from './params';
import { echo, show } from './messages';
import type { Lang } from './lang';
import { parsePlate, type PlateRequest } from './plate';

/**
 * A parameter-set file: the values of one design, saved from the customizer or written by
 * hand, loaded back into the customizer or given to the CLI (`--params FILE.json`). Only the
 * envelope is checked here; the values then go through the design's own strict parsing, so a
 * file can never smuggle in a value the form would refuse.
 */
export const PARAM_FILE_KIND = 'usinette-parametres';
export const PARAM_FILE_VERSION = 1;

export interface ParamFile {
  kind: typeof PARAM_FILE_KIND;
  version: typeof PARAM_FILE_VERSION;
  design: string;
  values: Record<string, unknown>;
  /** The plate chosen beside the values, if any: printer and copies, as the page's address holds them. */
  plate?: PlateRequest;
}

export function paramFileText(design: string, values: Record<string, unknown>, plate?: PlateRequest): string {
  const file: ParamFile = { kind: PARAM_FILE_KIND, version: PARAM_FILE_VERSION, design, values, ...(plate ? { plate } : {}) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const paramFileName = (design: string) => `${design}--parametres.json`;

/**
 * Limits on what a file may hold. A saved file is under 2 kB with at most a few dozen keys;
 * these leave room for hand-written files while refusing, before any work, a file that would
 * only fill the form and the messages (the page refuses it with these same words).
 */
export const MAX_PARAM_FILE_BYTES = 64 * 1024;
export const MAX_PARAM_FILE_KEYS = 100;
/** How many unknown keys a message names before saying "and N more". */
const NAMED_KEYS = 5;

export type ParamFileResult = { ok: true; values: Record<string, unknown>; plate?: PlateRequest } | { ok: false; error: Localized };

const fail = (fr: string, en: string): ParamFileResult => ({ ok: false, error: { fr, en } });

/** "a, b, c and 12 more": a readable list of keys, each cut to a readable length. */
function someKeys(keys: string[], lang: Lang): string {
  const named = keys.slice(0, NAMED_KEYS).map((k) => (lang === 'fr' ? `« ${echo(k, 'fr')} »` : `"${echo(k)}"`)).join(', ');
  const more = keys.length - NAMED_KEYS;
  if (more <= 0) return named;
  return lang === 'fr' ? `${named} et ${more} autre${more > 1 ? 's' : ''}` : `${named} and ${more} more`;
}

/**
 * Reads a parameter-set file for the design `slug`, whose parameters are `known`; says what is
 * wrong with it otherwise. The CLI and the page both read files here, so they accept and refuse
 * the same files: a UTF-8 byte-order mark is allowed (editors on Windows add one); `values` holds
 * parameters only (no "preset", no unknown key), at most MAX_PARAM_FILE_KEYS of them; the file
 * is at most MAX_PARAM_FILE_BYTES (`size`: its size in bytes, when known before reading).
 */
export function readParamFile(text: string, slug: string, known: readonly string[], size?: number): ParamFileResult {
  if ((size ?? new TextEncoder().encode(text).byteLength) > MAX_PARAM_FILE_BYTES) {
    const kb = MAX_PARAM_FILE_BYTES / 1024;
    return fail(`Le fichier est trop gros pour un fichier de paramètres (${kb} ko au plus) : un fichier enregistré depuis cette page fait moins de 2 ko.`, `The file is too large for a parameter file (${kb} kB at most): a file saved from this page is under 2 kB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The engine's message is English and may quote binary bytes: kept short, for English only.
    const detail = (e as Error).message.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
    return fail('Le fichier n’est pas du JSON valide : il a peut-être été modifié à la main ou n’est pas un fichier de paramètres.', `The file is not valid JSON (${detail}).`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('Le fichier doit contenir un objet JSON.', 'The file must hold a JSON object.');
  }
  const f = data as Record<string, unknown>;
  if (f.kind !== PARAM_FILE_KIND) {
    return fail(`Ce n’est pas un fichier de paramètres Usinette (« kind » doit valoir « ${PARAM_FILE_KIND} »).`, `This is not a Usinette parameter file ("kind" must be "${PARAM_FILE_KIND}").`);
  }
  if (f.version !== PARAM_FILE_VERSION) {
    return fail(`Version de fichier ${echo(show(f.version), 'fr')} inconnue : seule la version ${PARAM_FILE_VERSION} est lue.`, `Unknown file version ${echo(show(f.version))}: only version ${PARAM_FILE_VERSION} is read.`);
  }
  if (f.design !== slug) {
    return fail(`Ce fichier est pour le modèle « ${echo(show(f.design), 'fr')} », pas pour « ${slug} ».`, `This file is for the design "${echo(show(f.design))}", not "${slug}".`);
  }
  if (f.values === null || typeof f.values !== 'object' || Array.isArray(f.values)) {
    return fail('« values » doit être un objet { paramètre: valeur }.', '"values" must be an object { parameter: value }.');
  }
  const values = f.values as Record<string, unknown>;
  const keys = Object.keys(values);
  if (keys.length > MAX_PARAM_FILE_KEYS) {
    return fail(`« values » contient ${keys.length} clés ; ${MAX_PARAM_FILE_KEYS} au plus sont lues (ce modèle a ${known.length} paramètres).`, `"values" holds ${keys.length} keys; at most ${MAX_PARAM_FILE_KEYS} are read (this design has ${known.length} parameters).`);
  }
  if (Object.hasOwn(values, 'preset')) {
    return fail('« values » contient « preset » : un fichier de paramètres donne les valeurs elles-mêmes, pas un nom de préréglage (enregistrez le fichier depuis la page avec ce préréglage choisi).', '"values" holds "preset": a parameter file gives the values themselves, not a preset name (save the file from the page with that preset chosen).');
  }
  const unknown = keys.filter((k) => !known.includes(k));
  if (unknown.length) {
    return fail(
      `« values » contient ${unknown.length > 1 ? 'des paramètres inconnus' : 'un paramètre inconnu'} de ${slug} : ${someKeys(unknown, 'fr')} ; paramètres reconnus : ${known.join(', ')}.`,
      `"values" holds ${unknown.length > 1 ? 'parameters' : 'a parameter'} ${slug} does not have: ${someKeys(unknown, 'en')}; known parameters: ${known.join(', ')}.`,
    );
  }
  // JSON numbers beyond ±1.8e308 read as Infinity: say so, rather than show "Infinity" or "null".
  const huge = keys.filter((k) => typeof values[k] === 'number' && !Number.isFinite(values[k]));
  if (huge.length) {
    return fail(`${someKeys(huge, 'fr')} : nombre trop grand pour être lu (au-delà de ±1,8 × 10³⁰⁸).`, `${someKeys(huge, 'en')}: number too large to read (beyond ±1.8 × 10³⁰⁸).`);
  }
  if (f.plate === undefined) return { ok: true, values };
  const given = f.plate as Record<string, unknown> | null;
  const plate = given !== null && typeof given === 'object' && !Array.isArray(given) ? parsePlate(given.printer, given.copies) : undefined;
  if (!plate?.ok) {
    const why = plate ? plate.error : { fr: '« plate » doit être un objet { printer, copies }.', en: '"plate" must be an object { printer, copies }.' };
    return fail(`« plate » : ${why.fr}`, `"plate": ${why.en}`);
  }
  return { ok: true, values, plate: plate.plate };
}
