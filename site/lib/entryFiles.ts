// One YAML file per entry (the editor's folder collections): an entry's id is its file name,
// never written inside the file, so two people adding entries never edit the same file.
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const KEBAB_CASE = /^[a-z0-9-]+$/;

/** The id of `<folder>/<file>`: its name without `.yaml`, kebab-case or the build stops naming the file. */
export function entryId(folder: string, file: string): string {
  const id = file.replace(/\.yaml$/, '');
  if (!KEBAB_CASE.test(id)) {
    throw new Error(`${folder}/${file}: the file name must be kebab-case (lower-case letters, digits and hyphens, e.g. labfab-rennes.yaml), because it is the entry's id`);
  }
  return id;
}

/** Every entry of a folder, read outside Astro (tests, benchmarks): the same ids as the build. */
export function readEntryFolder(folder: string): { id: string; data: unknown }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: entryId(folder, f), data: parseYaml(readFileSync(`${folder}/${f}`, 'utf8')) }));
}
