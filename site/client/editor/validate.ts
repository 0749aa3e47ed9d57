// The editor's last check before saving: the build's own zod schema, run on the entry as it will
// be written. Decap's form already blocks empty required fields, patterns and list bounds; this
// adds what it cannot express (dates in the future, rules across fields), in French, and writes
// nothing when it fails, so a proposal never reaches the forge broken.
import type { ZodIssue } from 'astro/zod';
import { schemaOf } from '../../lib/cms/schemas';
import { frenchMessage } from '../../lib/cms/messagesFr';

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
