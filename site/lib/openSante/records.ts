// Reads review records and the criteria checklists from the repository. Plain fs + yaml + zod,
// so the build, the tests and their fixtures go through exactly the same checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodError, ZodType, ZodTypeDef } from 'astro/zod';
import { criteriaCatalogueSchema, reviewRecordSchema, type CriteriaCatalogue, type ReviewRecord } from '../../schemas/review';

/** A record with the file it came from, so every message can name the file. */
export interface RecordFile {
  path: string;
  record: ReviewRecord;
}

/** Bad content: the message lists every problem as "file: field: what is wrong". */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Open Santé content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

export const zodProblems = (path: string, error: ZodError) =>
  error.issues.map((i) => `${path}: ${i.path.length ? i.path.join('.') : '(record)'}: ${i.message}`);

export function readYaml(path: string, label: string): { ok: true; data: unknown } | { ok: false; problems: string[] } {
  try {
    return { ok: true, data: parseYaml(readFileSync(path, 'utf8')) };
  } catch (e) {
    return { ok: false, problems: [`${label}: YAML syntax: ${(e as Error).message.split('\n')[0]}`] };
  }
}

/**
 * Every `<dir>/*.yaml` checked against `schema`, in file-name order, each with its id (the file
 * name) and the path messages name; `check` adds rules across files (an unknown design). A
 * missing folder holds nothing. Throws a ContentError naming every bad file and field.
 */
export function readYamlFolder<T>(dir: string, schema: ZodType<T, ZodTypeDef, unknown>, root = process.cwd(), check: (data: T, path: string) => string[] = () => []): { id: string; path: string; data: T }[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const entries: { id: string; path: string; data: T }[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = relative(root, join(dir, name));
    const raw = readYaml(join(dir, name), path);
    const parsed = raw.ok ? schema.safeParse(raw.data) : undefined;
    if (!raw.ok) problems.push(...raw.problems);
    else if (!parsed!.success) problems.push(...zodProblems(path, parsed!.error));
    else {
      const more = check(parsed!.data, path);
      problems.push(...more);
      if (!more.length) entries.push({ id: name.replace(/\.ya?ml$/, ''), path, data: parsed!.data });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return entries;
}

/** Parses one record file; `label` is the path shown in messages (relative to the repository). */
export function parseRecordFile(path: string, label = path): { ok: true; file: RecordFile } | { ok: false; problems: string[] } {
  const raw = readYaml(path, label);
  if (!raw.ok) return raw;
  const parsed = reviewRecordSchema.safeParse(raw.data);
  return parsed.success ? { ok: true, file: { path: label, record: parsed.data } } : { ok: false, problems: zodProblems(label, parsed.error) };
}

/**
 * Every record in `<dir>/*.yaml`, in decision order: by date, then by file name (name files
 * `YYYY-MM-DD-organisation-decision.yaml` so that two records of one day keep their order).
 * A missing folder means no review yet. Throws a ContentError naming every bad file and field.
 */
export function readRecords(dir: string, root = process.cwd()): RecordFile[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const files: RecordFile[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(dir, name);
    const r = parseRecordFile(path, relative(root, path));
    if (r.ok) files.push(r.file);
    else problems.push(...r.problems);
  }
  if (problems.length) throw new ContentError(problems);
  return files.sort((a, b) => a.record.date.getTime() - b.record.date.getTime() || a.path.localeCompare(b.path));
}

export function readCriteria(path: string, root = process.cwd()): CriteriaCatalogue {
  const label = relative(root, path);
  const raw = readYaml(path, label);
  if (!raw.ok) throw new ContentError(raw.problems);
  const parsed = criteriaCatalogueSchema.safeParse(raw.data);
  if (!parsed.success) throw new ContentError(zodProblems(label, parsed.error));
  return parsed.data;
}
