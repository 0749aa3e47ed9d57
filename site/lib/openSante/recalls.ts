// Recalls: read from data/open-sante/recalls/ (plain fs + yaml + zod, like review records, so the
// build, the CLI and the tests go through the same checks), and matched against a design's
// generator and files. A recall of a design the registry does not have fails the build.
import { resolve } from 'node:path';
import { recallSchema, type Recall } from '../../schemas/recall';
import { readYamlFolder } from './records';

export const RECALLS_DIR = 'data/open-sante/recalls';

/** A recall with its id (its file name) and the path messages name. */
export interface RecallFile {
  id: string;
  path: string;
  recall: Recall;
}

/** Every recall in `dir`, oldest first; throws a ContentError naming each bad file and field, or an unknown design. */
export function readRecalls(dir: string, designSlugs: string[], root = process.cwd()): RecallFile[] {
  const knownDesign = (r: Recall, path: string) => (designSlugs.includes(r.design) ? [] : [`${path}: design: unknown design "${r.design}" (designs: ${designSlugs.join(', ')})`]);
  return readYamlFolder(dir, recallSchema, root, knownDesign)
    .map(({ id, path, data }) => ({ id, path, recall: data }))
    .sort((a, b) => a.recall.date.getTime() - b.recall.date.getTime() || a.id.localeCompare(b.id));
}

/** Where recalls are read: data/open-sante/recalls/, or OPEN_SANTE_RECALLS for tests and scratch builds. */
export const recallsDir = () => resolve(process.env.OPEN_SANTE_RECALLS ?? RECALLS_DIR);

/** What a recall targets: the whole design, one generator, or one file. */
export const recallTarget = (r: Recall): 'design' | 'generator' | 'file' => (r.generator ? 'generator' : r.file ? 'file' : 'design');

/**
 * The recalls that concern a design as built now: the whole design, its current generator, or
 * one of its current files (by SHA-256). Pure.
 */
export function recallsFor(recalls: RecallFile[], slug: string, generator: string | undefined, fileHashes: string[]): RecallFile[] {
  return recalls.filter(({ recall: r }) => r.design === slug && (recallTarget(r) === 'design' || (r.generator !== undefined && r.generator === generator) || (r.file !== undefined && fileHashes.includes(r.file))));
}
