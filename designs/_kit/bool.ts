// The words a yes/no parameter accepts, from a form, a link, the CLI or a file. Kept apart from
// parse.ts so the customizer page can read them without loading the schema library.
const TRUE = new Set(['true', '1', 'on', 'yes', 'oui']);
const FALSE = new Set(['false', '0', 'off', 'no', 'non']);

/** The boolean a word means (case and surrounding spaces ignored), or undefined. */
export function readBool(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  return TRUE.has(s) ? true : FALSE.has(s) ? false : undefined;
}
