// Legal status notes per design category (data/open-sante/legal/), read and checked like recalls;
// whether a regime still applies is a pure function of the note and the day.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { legalStatusSchema, type LegalStatus } from '../../schemas/legalStatus';
import { ContentError, readYaml, zodProblems } from './records';

export const LEGAL_DIR = 'data/open-sante/legal';

export interface LegalNote {
  id: string;
  path: string;
  note: LegalStatus;
}

/** Every note, oldest regime first; a ContentError names each bad file and field. */
export function readLegalNotes(dir = resolve(LEGAL_DIR), root = process.cwd()): LegalNote[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const notes: LegalNote[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = relative(root, join(dir, name));
    const raw = readYaml(join(dir, name), path);
    if (!raw.ok) {
      problems.push(...raw.problems);
      continue;
    }
    const parsed = legalStatusSchema.safeParse(raw.data);
    if (parsed.success) notes.push({ id: name.replace(/\.ya?ml$/, ''), path, note: parsed.data });
    else problems.push(...zodProblems(path, parsed.error));
  }
  if (problems.length) throw new ContentError(problems);
  return notes.sort((a, b) => a.note.from.getTime() - b.note.from.getTime());
}

/** A regime has ended once its last day is over (dates are days, in UTC). */
export const hasEnded = (note: Pick<LegalStatus, 'to'>, today: Date) => note.to !== undefined && today.getTime() >= note.to.getTime() + 24 * 3600 * 1000;

let cache: LegalNote[] | undefined;
export const legalNotes = () => (cache ??= readLegalNotes());
