import { describe, it, expect } from 'vitest';
import { paramFileText, readParamFile, MAX_PARAM_FILE_BYTES, MAX_PARAM_FILE_KEYS } from './paramFile';
import { designs } from '../index';

const saver = designs.find((x) => x.slug === 'attache-masque')!;
const known = Object.keys(saver.params);

describe('parameter-set files', () => {
  it.each(designs.map((d) => [d.slug, d] as const))('%s: a saved preset reads back to the same values, which the design accepts', (slug, d) => {
    for (const name of Object.keys(d.presets)) {
      const values = d.presetValues(name);
      const read = readParamFile(paramFileText(slug, values), slug, Object.keys(d.params));
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
      const r = readParamFile(text, 'attache-masque', Object.keys(saver.params));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.en).toMatch(message);
        expect(r.error.fr.length).toBeGreaterThan(10);
        expect(r.error.fr, 'no English engine text on the French side').not.toMatch(/Expected|Unexpected|position/);
      }
    }
  });

  it('leaves value checking to the design: out-of-range values in a well-formed file are refused by parse', () => {
    const read = readParamFile(paramFileText('attache-masque', { length: 5000, hookCount: 'red' }), 'attache-masque', Object.keys(saver.params));
    expect(read.ok).toBe(true);
    const parsed = saver.parse(read.ok ? read.values : {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.param).sort()).toEqual(['hookCount', 'length']);
  });

  // One reader for the CLI and the page: they accept and refuse the same files.
  it('accepts a UTF-8 byte-order mark, as editors on Windows write one', () => {
    const read = readParamFile(`\uFEFF${paramFileText('attache-masque', { length: 150 })}`, 'attache-masque', known);
    expect(read).toEqual({ ok: true, values: { length: 150 } });
  });

  it('refuses "preset" and unknown keys inside values, built-in names included, naming a few', () => {
    const preset = readParamFile(paramFileText('attache-masque', { preset: 'court' }), 'attache-masque', known);
    expect(preset.ok ? '' : preset.error.en).toMatch(/"values" holds "preset": a parameter file gives the values themselves/);
    expect(preset.ok ? '' : preset.error.fr).toMatch(/« values » contient « preset » : un fichier de paramètres donne les valeurs elles-mêmes/);
    const proto = readParamFile('{"kind":"usinette-parametres","version":1,"design":"attache-masque","values":{"__proto__":5,"toString":1}}', 'attache-masque', known);
    expect(proto.ok ? '' : proto.error.en).toMatch(/"values" holds parameters attache-masque does not have: "__proto__", "toString"; known parameters: length/);
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, i]));
    const r = readParamFile(paramFileText('attache-masque', many), 'attache-masque', known);
    expect(r.ok ? '' : r.error.en).toMatch(/"k0", "k1", "k2", "k3", "k4" and 3 more;/);
    expect(r.ok ? '' : r.error.fr).toMatch(/« k4 » et 3 autres ;/);
  });

  it('caps the file size and the number of keys, before any value is looked at', () => {
    const big = paramFileText('attache-masque', { label: 'x'.repeat(MAX_PARAM_FILE_BYTES) });
    const r = readParamFile(big, 'attache-masque', known);
    expect(r.ok ? '' : r.error.en).toMatch(/too large for a parameter file \(64 kB at most\)/);
    expect(r.ok ? '' : r.error.fr).toMatch(/trop gros pour un fichier de paramètres \(64 ko au plus\)/);
    // The size the browser reports for the file counts, not the characters (é is two bytes).
    expect(readParamFile(paramFileText('attache-masque', {}), 'attache-masque', known, MAX_PARAM_FILE_BYTES + 1).ok).toBe(false);
    const keys = Object.fromEntries(Array.from({ length: MAX_PARAM_FILE_KEYS + 1 }, (_, i) => [`k${i}`, i]));
    const k = readParamFile(paramFileText('attache-masque', keys), 'attache-masque', known);
    expect(k.ok ? '' : k.error.en).toMatch(/"values" holds 101 keys; at most 100 are read/);
  });

  it('names a number too large to read (1e309) instead of showing Infinity or null', () => {
    const text = paramFileText('attache-masque', { length: 1 }).replace('"length": 1', '"length": -1e309');
    const r = readParamFile(text, 'attache-masque', known);
    expect(r.ok ? '' : r.error.en).toBe('"length": number too large to read (beyond ±1.8 × 10³⁰⁸).');
    expect(r.ok ? '' : r.error.fr).toBe('« length » : nombre trop grand pour être lu (au-delà de ±1,8 × 10³⁰⁸).');
  });

  it('cuts a long design name in its message', () => {
    const r = readParamFile(JSON.stringify({ kind: 'usinette-parametres', version: 1, design: 'd'.repeat(30_000), values: {} }), 'attache-masque', known);
    expect(r.ok ? '' : r.error.en).toMatch(/^This file is for the design "d{60}… \[cut: 30,000 characters\]", not "attache-masque"\.$/);
  });
});
