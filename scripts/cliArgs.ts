// What the two CLIs (export.ts, fabric.ts) share: their arguments read by Node's util.parseArgs,
// and one way to refuse bad usage. A message names the option, the value and what is allowed, in
// the user's language; the command prints it after "error:" and exits with status 2.
import { parseArgs } from 'node:util';
import type { Localized } from '../designs/_kit/lang';
import { echo } from '../designs/_kit/messages';
import type { Lang } from './lang';

/** Bad usage: said in both languages, printed in the user's; exit status 2, nothing written. */
export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

export const usage = (fr: string, en: string) => new UsageError({ fr, en });

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once (`--set a=1 --set b=2`). */
  multiple?: boolean;
  /** What a string option takes, said when its value is missing: "a file path". */
  takes?: Localized;
  /** The only values allowed, each with what it means (said when another is given). */
  allowed?: Record<string, Localized | undefined>;
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;
export type OptionValues<O extends Record<string, OptionSpec>> = { [K in keyof O]?: ValueOf<O[K]> };

/** "a, b or c" / "a, b ou c". */
const oneOf = (items: string[], lang: Lang) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'ou' : 'or'} ${items.at(-1)}` : items.join('');

/**
 * Reads `argv` against `options`. Refuses, naming the option and the value: an unknown option, a
 * string option with no value (or followed by another option), a value given to a flag, a value
 * outside `allowed`, an option given twice that is not `multiple`, and more positional arguments
 * than `positionals.max` (saying what they are).
 */
export function readArgs<O extends Record<string, OptionSpec>>(
  argv: string[],
  options: O,
  positionals: { max: number; what: Localized },
): { values: OptionValues<O>; positionals: string[] } {
  // Not strict: every token comes back, so each refusal below can be said in both languages.
  const parsed = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const known = Object.keys(options).map((name) => `--${name}`).join(', ');
  const seen = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const { rawName: flag, value } = token;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) throw usage(`option inconnue ${echo(flag, 'fr')} ; options : ${known}`, `unknown option ${echo(flag)}; options: ${known}`);
    if (spec.type === 'boolean') {
      if (value !== undefined) throw usage(`${flag} ne prend pas de valeur, reçu « ${echo(value, 'fr')} »`, `${flag} takes no value, got "${echo(value)}"`);
      continue;
    }
    const takes = spec.takes ?? { fr: 'une valeur', en: 'a value' };
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      throw usage(`${flag} attend une valeur : ${takes.fr}`, `${flag} needs a value: ${takes.en}`);
    }
    if (spec.allowed && !Object.hasOwn(spec.allowed, value)) {
      const list = (lang: Lang) => oneOf(Object.entries(spec.allowed!).map(([v, meaning]) => (meaning ? `${v} (${meaning[lang]})` : v)), lang);
      throw usage(`${flag} « ${echo(value, 'fr')} » : valeurs possibles ${list('fr')}`, `${flag} "${echo(value)}": allowed values are ${list('en')}`);
    }
    const before = seen.get(token.name);
    if (before !== undefined && !spec.multiple) {
      throw usage(
        `${flag} donnée deux fois (« ${echo(before, 'fr')} » puis « ${echo(value, 'fr')} ») : donnez-la une seule fois`,
        `${flag} given twice ("${echo(before)}", then "${echo(value)}"): give it once`,
      );
    }
    seen.set(token.name, value);
  }
  const extra = parsed.positionals[positionals.max];
  if (extra !== undefined) {
    throw usage(`argument en trop « ${echo(extra, 'fr')} » ; attendu : ${positionals.what.fr}`, `unexpected argument "${echo(extra)}"; expected: ${positionals.what.en}`);
  }
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
}

/** `key=value` pairs in order, so a key such as "__proto__" stays a key (and is refused as unknown). */
export function keyValues(sets: string[] = []): [string, string][] {
  return sets.map((kv) => {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw usage(`--set attend clé=valeur, reçu « ${echo(kv, 'fr')} »`, `--set expects key=value, got "${echo(kv)}"`);
    return [kv.slice(0, eq), kv.slice(eq + 1)];
  });
}

/** Prints a usage error the way both CLIs do, with what to try next, and exits with status 2. */
export function exitWithUsage(error: UsageError, lang: Lang, hint: Localized): never {
  console.error(`${lang === 'fr' ? 'erreur :' : 'error:'} ${error.text[lang]}`);
  console.error(hint[lang]);
  process.exit(2);
}
