// The editor's last check before saving: the build's own zod schema, run on the entry as it will
// be written. Decap's form already blocks empty required fields, patterns and list bounds; this
// adds what it cannot express (dates in the future, rules across fields), in French, and writes
// nothing when it fails, so a proposal never reaches the forge broken.
import type { ZodIssue } from 'astro/zod';
import { schemaOf } from '../../lib/cms/schemas';
import { frenchMessage } from '../../lib/cms/messagesFr';
import { stateOf } from '../../schemas/review';
import { STATE_LABELS, type State } from '../../lib/openSante/states';

/** A Decap field, as much of it as labels need. */
export interface FieldDef {
  name: string;
  label?: string;
  fields?: FieldDef[];
  field?: FieldDef;
}

export type Path = (string | number)[];

/**
 * Paths of the values the form leaves empty ("" in a cleared field, null, a group with nothing
 * in it), to delete before checking and saving: the files never hold them. Within a list, later
 * items come first, so deleting in this order keeps the other indexes right.
 */
export function emptyPaths(value: unknown): Path[] {
  const found: Path[] = [];
  const isEmpty = (v: unknown, path: Path): boolean => {
    if (v === '' || v === null || v === undefined) return true;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (isEmpty(v[i], [...path, i])) found.push([...path, i]);
      return false;
    }
    if (typeof v === 'object') {
      const before = found.length;
      const keys = Object.keys(v as object);
      const empty = keys.filter((k) => isEmpty((v as Record<string, unknown>)[k], [...path, k]));
      for (const k of empty) found.push([...path, k]);
      if (keys.length > 0 && empty.length === keys.length && path.length > 0) {
        found.length = before; // the whole group goes: no need to list its parts
        return true;
      }
    }
    return false;
  };
  isEmpty(value, []);
  return found;
}

/** "Sources › 2 › Adresse web (URL)": a field path in the form's words. */
export function labelPath(fields: FieldDef[], path: (string | number)[]): string {
  const words: string[] = [];
  let current: FieldDef[] | undefined = fields;
  for (const step of path) {
    if (typeof step === 'number') {
      words.push(String(step + 1));
      continue;
    }
    const f: FieldDef | undefined = current?.find((x) => x.name === step);
    words.push(f?.label ?? step);
    current = f?.fields ?? (f?.field ? [f.field] : undefined);
  }
  return words.join(' › ');
}

/** The entry's problems in French, one per line; empty when the build would accept it. */
export function problemsOf(collection: string, fields: FieldDef[], data: Record<string, unknown>): string[] {
  const schema = schemaOf(collection);
  if (!schema) return [];
  const { body: _body, ...frontMatter } = data;
  const result = schema.safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map((i: ZodIssue) => `${i.path.length ? labelPath(fields, i.path) : 'Fiche'} : ${frenchMessage(i)}`);
}

/** A review form's facts, as the build published them (/contribuer/editer/reviews.json). */
export interface ReviewFacts {
  state: State;
  allowed: State[];
  files: { name: string; sha256: string }[];
  criteria: { id: string; label: string }[];
}

/**
 * What only the build knew about a review until now, checked before saving: the decision must be
 * one the design's lifecycle allows from where it stands, each file must be a file built now with
 * its own hash, and a favourable decision answers every criterion of the category.
 */
export function reviewProblems(form: ReviewFacts, data: Record<string, any>): string[] {
  const problems: string[] = [];
  const label = (s: State) => `« ${STATE_LABELS[s].fr} »`;
  if (data.decision) {
    const target = stateOf({ decision: data.decision, useLevel: data.useLevel });
    if (!form.allowed.includes(target)) {
      problems.push(`Décision : ce modèle est ${label(form.state)} ; une revue peut maintenant le mener à ${form.allowed.map(label).join(' ou ') || 'aucun autre état'}, pas à ${label(target)}${form.state === 'propose' ? ' : commencez par un « Début de revue »' : ''}`);
    }
  }
  (data.files ?? []).forEach((f: { name?: string; sha256?: string }, i: number) => {
    const built = form.files.find((b) => b.name === f.name);
    if (!built) problems.push(`Fichiers examinés › ${i + 1} › Fichier : « ${f.name} » n’est pas un fichier publié aujourd’hui`);
    else if (f.sha256 && built.sha256 !== f.sha256) problems.push(`Fichiers examinés › ${i + 1} › Empreinte SHA-256 : ce n’est pas l’empreinte de « ${f.name} » publiée aujourd’hui (elle commence par ${built.sha256.slice(0, 8)})`);
  });
  if (data.decision === 'favorable') {
    const answered = new Set((data.criteria ?? []).map((c: { id: string }) => c.id));
    const missing = form.criteria.filter((c) => !answered.has(c.id));
    if (missing.length) problems.push(`Critères : un avis favorable répond à chaque critère ; il manque ${missing.map((c) => `« ${c.label} »`).join(', ')}`);
  }
  return problems;
}

/** Messages name criteria by the words the form shows, not by their identifiers. */
export function withCriterionLabels(message: string, criteria: ReviewFacts['criteria']): string {
  return criteria.reduce((m, c) => m.replaceAll(`« ${c.id} »`, `« ${c.label} »`), message);
}
