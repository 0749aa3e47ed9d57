import type { Localized } from './params';

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
}

export function paramFileText(design: string, values: Record<string, unknown>): string {
  const file: ParamFile = { kind: PARAM_FILE_KIND, version: PARAM_FILE_VERSION, design, values };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const paramFileName = (design: string) => `${design}--parametres.json`;

export type ParamFileResult = { ok: true; values: Record<string, unknown> } | { ok: false; error: Localized };

const fail = (fr: string, en: string): ParamFileResult => ({ ok: false, error: { fr, en } });

/** Reads a parameter-set file for `design`; says what is wrong with it otherwise. */
export function readParamFile(text: string, design: string): ParamFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
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
    return fail(`Version de fichier ${String(f.version)} inconnue : seule la version ${PARAM_FILE_VERSION} est lue.`, `Unknown file version ${String(f.version)}: only version ${PARAM_FILE_VERSION} is read.`);
  }
  if (f.design !== design) {
    return fail(`Ce fichier est pour le modèle « ${String(f.design)} », pas pour « ${design} ».`, `This file is for the design "${String(f.design)}", not "${design}".`);
  }
  if (f.values === null || typeof f.values !== 'object' || Array.isArray(f.values)) {
    return fail('« values » doit être un objet { paramètre: valeur }.', '"values" must be an object { parameter: value }.');
  }
  return { ok: true, values: f.values as Record<string, unknown> };
}
