// Files are named after their values: the build, the page's worker and the CLI must agree, so
// the same values always carry the same name (visiere-serre-tete--leger.stl, never --perso).
import { describe, expect, it } from 'vitest';
import { designs } from '../index';
import { CUSTOM_VARIANT, DEFAULT_VARIANT } from './define';

describe.each(designs.map((d) => [d.slug, d] as const))('%s: variantOf', (_, design) => {
  it('names the defaults "defaut" and every preset by its name', () => {
    expect(design.variantOf(design.defaults)).toBe(DEFAULT_VARIANT);
    for (const name of Object.keys(design.presets)) {
      const values = design.presetValues(name);
      expect(design.variantsOf(values)).toContain(name);
      // A preset that repeats the defaults (an A4 sheet, the default hooks) keeps the default file name.
      expect(design.variantOf(values)).toBe(design.variantsOf(values).includes(DEFAULT_VARIANT) ? DEFAULT_VARIANT : name);
    }
  });

  it('names any other values "perso"', () => {
    // One number moved by one step from the defaults, unless that lands on a preset.
    const [key, spec] = Object.entries(design.params).find(([, s]) => s.kind === 'number')!;
    if (spec.kind !== 'number') throw new Error('unreachable');
    const moved = { ...design.defaults, [key]: spec.default + spec.step <= spec.max ? spec.default + spec.step : spec.default - spec.step };
    const preset = Object.keys(design.presets).find((n) => Object.keys(design.params).every((k) => design.presetValues(n)[k] === moved[k]));
    expect(design.variantOf(moved)).toBe(preset ?? CUSTOM_VARIANT);
  });
});
