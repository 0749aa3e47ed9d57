// Health partners: one file per organisation, its id the file name; the schema takes the review
// record's kinds but the coordination, and refuses bad values naming the field.
import { describe, expect, it } from 'vitest';
import { partnerKinds, partnerSchema } from '../../../site/schemas/partner';
import { reviewerKinds } from '../../../site/schemas/review';
import { readEntryFolder } from '../../../site/lib/entryFiles';

const [fixture] = readEntryFolder('tests/fixtures/open-sante/partners');
const good = fixture.data as Record<string, unknown>;
const fields = (entry: unknown) => {
  const r = partnerSchema.safeParse(entry);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};

describe('partner schema', () => {
  it('accepts a partner, its id being its file name', () => {
    expect(fixture.id).toBe('hopital-de-test');
    expect(partnerSchema.parse(good)).toMatchObject({ name: 'Hôpital de test', kind: 'hopital', department: '29', since: '2026-03' });
  });

  it('takes every reviewer kind but the coordination, and names them in the hint', () => {
    expect(partnerKinds).toEqual(reviewerKinds.filter((k) => k !== 'coordination'));
    expect(partnerSchema.shape.kind.description).toBe('Type d’organisation : Hôpital, Clinique privée, EHPAD, Soignant libéral, Soins à domicile, Centre de santé, Laboratoire');
  });

  it('accepts a partner outside Brittany, without department, url or description', () => {
    const { department: _d, url: _u, description: _e, ...elsewhere } = good;
    expect(fields({ ...elsewhere, commune: 'Nantes' })).toEqual([]);
  });

  it.each([
    ['kind', { kind: 'coordination' }],
    ['department', { department: '44' }],
    ['since', { since: '2020-13' }],
    ['since', { since: '2999' }],
    ['url', { url: 'javascript:alert(1)' }],
    ['description.en', { description: { fr: 'Seulement en français.' } }],
    ['', { id: 'hopital-de-test' }],
  ])('refuses a bad %s, naming it', (field, change) => {
    expect(fields({ ...good, ...change })).toEqual([field]);
  });

  it('parses every partner the site publishes (there may be none yet)', () => {
    for (const p of readEntryFolder('data/open-sante/partners')) expect(fields(p.data), p.id).toEqual([]);
  });
});
