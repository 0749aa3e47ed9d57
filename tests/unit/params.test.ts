import { describe, it, expect } from 'vitest';
import { defineDesign, num, choice, bool, text, extrude } from '../../designs/_kit';
import { primitives } from '../../designs/_kit/jscad';

// A small design of our own, so the engine is tested apart from any published design.
const probe = defineDesign({
  slug: 'probe',
  title: { fr: 'Sonde', en: 'Probe' },
  params: {
    width: num({ label: { fr: 'Largeur', en: 'Width' }, unit: 'mm', min: 10, max: 600, step: 0.5, default: 20 }),
    count: num({ label: { fr: 'Nombre', en: 'Count' }, unit: 'count', min: 1, max: 6, step: 1, integer: true, default: 2 }),
    kind: choice({ label: { fr: 'Type', en: 'Kind' }, options: { a: { fr: 'A', en: 'A' }, b: { fr: 'B', en: 'B' } }, default: 'a' }),
    solid: bool({ label: { fr: 'Plein', en: 'Solid' }, default: true }),
    name: text({ label: { fr: 'Nom', en: 'Name' }, maxLength: 8, allowed: /^[A-Z ]*$/, allowedLabel: { fr: 'A à Z et espace', en: 'A to Z and space' }, default: '' }),
  },
  groups: { main: { fr: 'Principal', en: 'Main' } },
  presets: { wide: { label: { fr: 'Large', en: 'Wide' }, values: { width: 500 } } },
  formats: ['stl'],
  check: (v) => (v.kind === 'b' && v.count > 4 ? [{ param: 'count', value: String(v.count), code: 'constraint', message: { fr: 'trop', en: 'too many' }, fieldMessage: { fr: 'trop', en: 'too many' } }] : []),
  build: (v) => ({ parts: [{ name: 'box', label: { fr: 'Boîte', en: 'Box' }, solid: extrude(5, primitives.rectangle({ size: [v.width, 10] })) }] }),
});

const errorsOf = (input: Record<string, unknown>) => {
  const r = probe.parse(input);
  if (r.ok) throw new Error(`expected errors for ${JSON.stringify(input)}`);
  return r.errors;
};

describe('parse (defaults)', () => {
  it('fills every missing key with its default', () => {
    expect(probe.parse({})).toEqual({ ok: true, values: { width: 20, count: 2, kind: 'a', solid: true, name: '' } });
  });
  it('gives presets over defaults', () => {
    expect(probe.presetValues('wide').width).toBe(500);
    expect(() => probe.presetValues('nope')).toThrow(/unknown preset "nope"/);
  });
});

describe('parse (numbers)', () => {
  it.each([
    ['580', 580], [' 580 ', 580], ['12,5', 12.5], ['12.5', 12.5], ['+20', 20], ['20.', 20], [580, 580],
  ])('accepts %j as %d', (raw, value) => {
    const r = probe.parse({ width: raw });
    expect(r.ok && r.values.width).toBe(value);
  });

  it.each(['5e2', '0x20', 'Infinity', 'NaN', '1 000', '12,5,1', 'abc', '--5', '1e'])('refuses the string %j as not a plain number', (raw) => {
    const [e] = errorsOf({ width: raw });
    expect(e).toMatchObject({ param: 'width', value: raw, code: 'notNumber' });
    expect(e.message.en).toContain('between 10 and 600');
    expect(e.message.fr).toContain('entre 10 et 600');
  });

  it.each([NaN, Infinity, -Infinity])('refuses the number %s', (raw) => {
    expect(errorsOf({ width: raw })[0].code).toBe('notNumber');
  });

  it.each([[''], ['   ']])('reports %j as empty', (raw) => {
    const [e] = errorsOf({ width: raw });
    expect(e.code).toBe('empty');
    expect(e.message.fr).toMatch(/est vide/);
  });

  it.each([[true], [null], [{}], [[1]]])('refuses the wrong type %j', (raw) => {
    expect(errorsOf({ width: raw })[0].code).toBe('notNumber');
  });

  it('enforces min and max, naming parameter, value and range in both languages', () => {
    const [low] = errorsOf({ width: '9.99' });
    expect(low).toMatchObject({ param: 'width', code: 'range' });
    expect(low.message.en).toBe('Width (width) is 9.99: the value must be between 10 and 600 mm.');
    expect(low.message.fr).toBe('Largeur (width) vaut 9,99 : la valeur doit être comprise entre 10 et 600 mm.');
    expect(errorsOf({ width: 600.01 })[0].code).toBe('range');
    expect(probe.parse({ width: 10 }).ok).toBe(true);
    expect(probe.parse({ width: '600' }).ok).toBe(true);
  });

  it('requires whole numbers where the parameter is a count', () => {
    expect(errorsOf({ count: '2.5' })[0]).toMatchObject({ param: 'count', code: 'notInteger' });
    expect(errorsOf({ count: 7 })[0].code).toBe('range');
  });
});

describe('parse (choices, booleans, text)', () => {
  it('accepts only listed choices and lists them', () => {
    expect(probe.parse({ kind: ' b ' }).ok).toBe(true);
    const [e] = errorsOf({ kind: 'c' });
    expect(e).toMatchObject({ param: 'kind', code: 'choice' });
    expect(e.message.en).toContain('a (A), b (B)');
  });
  it.each([['true', true], ['false', false], ['on', true], ['0', false], ['oui', true], [false, false]])('reads %j as %s', (raw, v) => {
    const r = probe.parse({ solid: raw });
    expect(r.ok && r.values.solid).toBe(v);
  });
  it('refuses other booleans', () => {
    expect(errorsOf({ solid: 'maybe' })[0].code).toBe('bool');
    expect(errorsOf({ solid: 1 })[0].code).toBe('bool');
  });
  it('limits text to its characters and length', () => {
    expect(probe.parse({ name: 'ANNE' }).ok).toBe(true);
    const [chars] = errorsOf({ name: 'Anne' });
    expect(chars.code).toBe('text');
    expect(chars.message.en).toContain('"ne" cannot be drawn');
    const [long] = errorsOf({ name: 'ABCDEFGHIJ' });
    expect(long.message.en).toContain('10 characters, at most 8');
  });
});

describe('parse (unknown keys and several errors)', () => {
  it('reports unknown keys with the known ones', () => {
    const [e] = errorsOf({ widht: 20 });
    expect(e).toMatchObject({ param: 'widht', code: 'unknown' });
    expect(e.message.en).toContain('width, count, kind, solid, name');
  });
  it('reports every error at once', () => {
    const errors = errorsOf({ width: '5e2', count: 0, kind: 'z', extra: 1 });
    expect(errors.map((e) => e.param).sort()).toEqual(['count', 'extra', 'kind', 'width']);
  });
  it('runs cross-parameter checks only on otherwise valid input', () => {
    expect(errorsOf({ kind: 'b', count: 5 })).toEqual([expect.objectContaining({ param: 'count', code: 'constraint' })]);
    expect(probe.parse({ kind: 'b', count: 4 }).ok).toBe(true);
  });
  it('refuses input that is not an object', () => {
    expect(probe.parse(null as never).ok).toBe(false);
    expect(probe.parse([] as never).ok).toBe(false);
  });
  it('keeps the zod schema strict and bounded', () => {
    expect(probe.schema.safeParse({ width: 20, count: 2, kind: 'a', solid: true, name: '' }).success).toBe(true);
    expect(probe.schema.safeParse({ width: 601, count: 2, kind: 'a', solid: true, name: '' }).success).toBe(false);
    expect(probe.schema.safeParse({ width: 20, count: 2, kind: 'a', solid: true, name: '', more: 1 }).success).toBe(false);
  });
});

describe('defineDesign', () => {
  it('refuses a design whose preset is invalid', () => {
    expect(() =>
      defineDesign({ ...probe, slug: 'broken', presets: { bad: { label: { fr: 'x', en: 'x' }, values: { width: 5 } } } }),
    ).toThrow(/broken: preset bad is invalid: Width \(width\) is 5/);
  });
  it('refuses inconsistent parameter specs', () => {
    expect(() => num({ label: { fr: 'x', en: 'x' }, unit: 'mm', min: 5, max: 1, step: 1, default: 2 })).toThrow(/min/);
    expect(() => num({ label: { fr: 'x', en: 'x' }, unit: 'mm', min: 0, max: 1, step: 1, default: 2 })).toThrow(/default/);
  });
  it('run() builds only from valid input', () => {
    expect(probe.run({ width: 'x' }).ok).toBe(false);
    const r = probe.run({ width: '30' });
    expect(r.ok && r.model.parts[0].name).toBe('box');
  });
});
