import { describe, it, expect } from 'vitest';
import { paramFileText, readParamFile } from './paramFile';
import { designs } from '../index';

describe('parameter-set files', () => {
  it.each(designs.map((d) => [d.slug, d] as const))('%s: a saved preset reads back to the same values, which the design accepts', (slug, d) => {
    for (const name of Object.keys(d.presets)) {
      const values = d.presetValues(name) as Record<string, unknown>;
      const read = readParamFile(paramFileText(slug, values), slug);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(read.values).toEqual(values);
      const parsed = d.parse(read.values);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.values).toEqual(values);
    }
  });

  it('refuses broken JSON, other files, other designs and other versions, saying why', () => {
    const good = JSON.parse(paramFileText('attache-masque', { length: 150 }));
    const cases: [string, RegExp][] = [
      ['{ "kind": ', /not valid JSON/],
      ['\u0000\u00ff\u0001PK', /not valid JSON \([\x20-\x7e]*\)/],
      ['[1, 2]', /JSON object/],
      [JSON.stringify({ ...good, kind: 'autre' }), /not a Usinette parameter file/],
      [JSON.stringify({ ...good, version: 2 }), /Unknown file version 2/],
      [JSON.stringify({ ...good, design: 'visiere-serre-tete' }), /for the design "visiere-serre-tete", not "attache-masque"/],
      [JSON.stringify({ ...good, values: [150] }), /"values" must be an object/],
    ];
    for (const [text, message] of cases) {
      const r = readParamFile(text, 'attache-masque');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.en).toMatch(message);
        expect(r.error.fr.length).toBeGreaterThan(10);
        expect(r.error.fr, 'no English engine text on the French side').not.toMatch(/Expected|Unexpected|position/);
      }
    }
  });

  it('leaves value checking to the design: out-of-range values in a well-formed file are refused by parse', () => {
    const read = readParamFile(paramFileText('attache-masque', { length: 5000, colour: 'red' }), 'attache-masque');
    expect(read.ok).toBe(true);
    const d = designs.find((x) => x.slug === 'attache-masque')!;
    const parsed = d.parse(read.ok ? read.values : {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.param).sort()).toEqual(['colour', 'length']);
  });
});
