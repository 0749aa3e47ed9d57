// The CLIs' shared argument reader: what it accepts, and that each refusal names the option, the
// value and what is allowed, in both languages.
import { describe, expect, it } from 'vitest';
import { keyValues, readArgs, UsageError, type OptionSpec } from './cliArgs';

const OPTIONS = {
  out: { type: 'string', short: 'o', takes: { fr: 'un chemin de fichier', en: 'a file path' } },
  set: { type: 'string', multiple: true, takes: { fr: 'clé=valeur', en: 'key=value' } },
  rotate: { type: 'string', allowed: { yes: { fr: 'tourner', en: 'turn' }, no: undefined } },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;
const ONE = { max: 1, what: { fr: 'un seul modèle', en: 'one design' } };

/** The refusal of `argv`, in both languages. */
function refusal(argv: string[]) {
  try {
    readArgs(argv, OPTIONS, ONE);
  } catch (e) {
    if (e instanceof UsageError) return e.text;
    throw e;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('readArgs', () => {
  it('reads values, short names, repeated options, an inline value and the positional argument', () => {
    const { values, positionals } = readArgs(['band', '-o', 'x.stl', '--set', 'a=1', '--set=b=2', '--rotate', 'no', '-h'], OPTIONS, ONE);
    expect(values).toEqual({ out: 'x.stl', set: ['a=1', 'b=2'], rotate: 'no', help: true });
    expect(positionals).toEqual(['band']);
  });

  it('refuses an unknown option, naming it and the options there are', () => {
    expect(refusal(['band', '--colour', 'red'])).toEqual({
      fr: 'option inconnue --colour ; options : --out, --set, --rotate, --help',
      en: 'unknown option --colour; options: --out, --set, --rotate, --help',
    });
    expect(refusal(['-x']).en).toBe('unknown option -x; options: --out, --set, --rotate, --help');
  });

  it('refuses a missing value, at the end or before another option, saying what the option takes', () => {
    expect(refusal(['band', '--out'])).toEqual({ fr: '--out attend une valeur : un chemin de fichier', en: '--out needs a value: a file path' });
    expect(refusal(['band', '-o', '--set', 'a=1']).en).toBe('-o needs a value: a file path');
    // An explicit --out=--odd is a value.
    expect(readArgs(['--out=--odd'], OPTIONS, ONE).values.out).toBe('--odd');
  });

  it('refuses a value outside the allowed ones, listing them with their meaning', () => {
    expect(refusal(['--rotate', 'maybe'])).toEqual({
      fr: '--rotate « maybe » : valeurs possibles yes (tourner) ou no',
      en: '--rotate "maybe": allowed values are yes (turn) or no',
    });
  });

  it('refuses a value given to a flag, an option given twice and an extra argument', () => {
    expect(refusal(['--help=yes']).en).toBe('--help takes no value, got "yes"');
    expect(refusal(['--out', 'a.stl', '-o', 'b.stl']).en).toBe('-o given twice ("a.stl", then "b.stl"): give it once');
    expect(refusal(['band', 'sheet'])).toEqual({ fr: 'argument en trop « sheet » ; attendu : un seul modèle', en: 'unexpected argument "sheet"; expected: one design' });
  });
});

describe('keyValues', () => {
  it('splits at the first "=", keeps "__proto__" as a key, and refuses a pair without a key', () => {
    expect(keyValues(['a=b=c', '__proto__=1'])).toEqual([['a', 'b=c'], ['__proto__', '1']]);
    expect(() => keyValues(['=5'])).toThrow('--set expects key=value, got "=5"');
    expect(() => keyValues(['size'])).toThrow('--set expects key=value, got "size"');
  });
});
