// Legal status notes per design category (data/open-sante/legal/), read and checked like recalls;
// whether a regime still applies is a pure function of the note and the day.
import { resolve } from 'node:path';
import { legalStatusSchema, type LegalStatus } from '../../schemas/legalStatus';
import { readYamlFolder } from './records';

export const LEGAL_DIR = 'data/open-sante/legal';

export interface LegalNote {
  id: string;
  path: string;
  note: LegalStatus;
}

/** Every note, oldest regime first; a ContentError names each bad file and field. */
export function readLegalNotes(dir = resolve(LEGAL_DIR), root = process.cwd()): LegalNote[] {
  return readYamlFolder(dir, legalStatusSchema, root)
    .map(({ id, path, data }) => ({ id, path, note: data }))
    .sort((a, b) => a.note.from.getTime() - b.note.from.getTime());
}

/** A regime has ended once its last day is over (dates are days, in UTC). */
export const hasEnded = (note: Pick<LegalStatus, 'to'>, today: Date) => note.to !== undefined && today.getTime() >= note.to.getTime() + 24 * 3600 * 1000;

let cache: LegalNote[] | undefined;
export const legalNotes = () => (cache ??= readLegalNotes());
