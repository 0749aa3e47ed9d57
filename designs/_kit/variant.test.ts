// Files are named after their values: the build, the page's worker and the CLI must agree, so
// the same values always carry the same name (visiere-serre-tete--leger.stl, never --perso).
// The expected names are written out by hand: a change to the naming rule must show up here.
import { describe, expect, it } from 'vitest';
import { designs } from '../index';

/** Each preset's file name; "defaut" where a preset repeats the defaults (an A4 sheet, the default hooks). */
const PRESET_FILE_NAMES: Record<string, Record<string, string>> = {
  'visiere-serre-tete': { 'a4-4-s': 'a4-4-s', 'a4-4-l': 'a4-4-l', 'a4-2': 'a4-2', 'letter-3': 'letter-3', leger: 'leger', 'pile-6': 'pile-6' },
  'visiere-feuille': { 'a4-4': 'defaut', 'a4-2': 'a4-2', 'letter-3-8in': 'letter-3-8in', menton: 'menton' },
  'attache-masque': { 'laser-3x14': 'laser-3x14', '4-crochets': '4-crochets', court: 'court' },
  'crochet-charlotte': { 'usinette-2': 'defaut', 'leger-4': 'leger-4' },
  'masque-a-plis': { child: 'child', adult: 'adult' },
  'masque-bec-de-canard': { child48: 'child48', child814: 'child814', adult: 'adult', large: 'large' },
  surblouse: { s: 's', m: 'm', l: 'l', xl: 'xl', xxl: 'xxl' },
  charlotte: { child: 'child', adult: 'adult' },
};

/** One value moved off the defaults to a value no preset uses. */
const CUSTOM_VALUE: Record<string, [string, number]> = {
  'visiere-serre-tete': ['headCircumference', 575],
  'visiere-feuille': ['height', 211],
  'attache-masque': ['length', 171],
  'crochet-charlotte': ['bandThickness', 2.6],
  'masque-a-plis': ['allowance', 11],
  'masque-bec-de-canard': ['allowance', 11],
  surblouse: ['allowance', 11],
  charlotte: ['allowance', 18],
};

it('names every design in the tables above', () => {
  expect(Object.keys(PRESET_FILE_NAMES).sort()).toEqual(designs.map((d) => d.slug).sort());
  expect(Object.keys(CUSTOM_VALUE).sort()).toEqual(designs.map((d) => d.slug).sort());
});

describe.each(designs.map((d) => [d.slug, d] as const))('%s: variantOf', (slug, design) => {
  it('names the defaults "defaut" and every preset by its name', () => {
    expect(design.variantOf(design.defaults)).toBe('defaut');
    const named = Object.fromEntries(Object.keys(design.presets).map((name) => [name, design.variantOf(design.presetValues(name))]));
    expect(named).toEqual(PRESET_FILE_NAMES[slug]);
    for (const name of Object.keys(design.presets)) expect(design.variantsOf(design.presetValues(name))).toContain(name);
  });

  it('names any other values "perso"', () => {
    const [key, value] = CUSTOM_VALUE[slug]!;
    expect(design.defaults[key], `${key} is moved off its default`).not.toBe(value);
    const custom = { ...design.defaults, [key]: value };
    expect(design.parse(custom).ok, `${key}=${value} is a valid value`).toBe(true);
    expect(design.variantOf(custom)).toBe('perso');
  });
});
