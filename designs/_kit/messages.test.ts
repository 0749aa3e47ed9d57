// What errors say back: values as given, cut to a readable length; ids for the CLI
// and files, labels only beside a form field.
import { describe, it, expect } from 'vitest';
import { echo, paramError } from './messages';
import { num } from './params';
import { parseParams } from './parse';

const params = {
  head: num({ label: { fr: 'Tour de tête', en: 'Head circumference' }, unit: 'mm', min: 500, max: 640, step: 1, default: 580 }),
};

describe('parameter messages', () => {
  it('reports -0 as -0, in both languages', () => {
    const r = parseParams(params, { head: '-0' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message.en).toBe('Head circumference (head) is -0: the value must be between 500 and 640 mm.');
    expect(r.errors[0].message.fr).toBe('Tour de tête (head) vaut -0 : la valeur doit être comprise entre 500 et 640 mm.');
  });

  it('reports a 10,000-digit value by its digits, cut, not as Infinity', () => {
    const r = parseParams(params, { head: '7'.repeat(10_000) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].code).toBe('range');
    expect(r.errors[0].message.en).toBe(`Head circumference (head) is ${'7'.repeat(60)}… [cut: 10,000 characters]: the value must be between 500 and 640 mm.`);
    expect(r.errors[0].message.fr).toContain(`vaut ${'7'.repeat(60)}… [coupé : 10\u202f000 caractères] :`);
  });

  it('cuts long echoes, unknown names included, and says they were cut', () => {
    const r = parseParams(params, { ['k'.repeat(500)]: 'v'.repeat(30_000) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message.en.length).toBeLessThan(250);
    expect(r.errors[0].message.en).toContain(`(value "${'v'.repeat(60)}… [cut: 30,000 characters]")`);
    expect(echo('short')).toBe('short');
    expect(echo('é'.repeat(61), 'fr')).toBe(`${'é'.repeat(60)}… [coupé : 61 caractères]`);
  });

  it('names the parameter by label and id for the CLI and files, by label alone beside a form field', () => {
    const e = paramError('head', params.head, 'range', 900);
    expect(e.message.fr).toBe('Tour de tête (head) vaut 900 : la valeur doit être comprise entre 500 et 640 mm.');
    expect(e.fieldMessage.fr).toBe('Tour de tête vaut 900 : la valeur doit être comprise entre 500 et 640 mm.');
    expect(e.fieldMessage.en).toBe('Head circumference is 900: the value must be between 500 and 640 mm.');
  });
});
