// Network schemas on good and bad fixtures: bad data is refused and the error names the field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { placeSchema } from '../../../site/schemas/place';
import { productionSchema } from '../../../site/schemas/production';
import { orgModelSchema } from '../../../site/schemas/orgModel';
import { entryId, readEntryFolder } from '../../../site/lib/entryFiles';

const fixture = (name: string) => readFileSync(`tests/fixtures/network/${name}`, 'utf8');
const paths = (e: ZodError) => e.issues.map((i) => i.path.join('.'));

describe('entry files', () => {
  it('take the id from the file name', () => {
    expect(readEntryFolder('tests/fixtures/network/production-good').map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(entryId('network/places', 'labfab-rennes-2.yaml')).toBe('labfab-rennes-2');
  });

  it.each(['LabFab-Rennes.yaml', 'labfab_rennes.yaml', 'labfab rennes.yaml', 'lâbfab.yaml'])('refuse the file name %s, naming the file', (file) => {
    expect(() => entryId('network/places', file)).toThrow(`network/places/${file}: the file name must be kebab-case`);
  });
});

describe('place schema', () => {
  it('accepts a complete place', () => {
    const [place] = readEntryFolder('tests/fixtures/network/places-good');
    expect(place.id).toBe('lieu-test');
    const parsed = placeSchema.parse(place.data);
    expect(parsed.machines).toEqual([{ kind: 'imprimante-3d', count: 2 }]);
    expect(parsed.order).toBe(1);
  });

  const bad: { expect: string; entry: unknown }[] = parseYaml(fixture('places-bad.yaml'));
  it.each(bad.map((b) => [b.expect, b.entry] as const))('refuses a place whose %s is wrong, naming that field', (field, entry) => {
    const r = placeSchema.safeParse(entry);
    expect(r.success).toBe(false);
    expect(paths(r.error!)).toContain(field);
  });
});

describe('production schema (one report per file)', () => {
  it('accepts the good reports, with their note in both languages', () => {
    const reports = readEntryFolder('tests/fixtures/network/production-good').map((e) => productionSchema.parse(e.data));
    expect(reports.map((r) => r.quantity)).toEqual([100, 250, 1200, 0]);
    expect(reports[1].note).toEqual({ fr: 'Estimation, à confirmer.', en: 'Estimate, to be confirmed.' });
    expect(reports[0].sourceUrl).toBeUndefined();
    expect(reports[2].sourceDate).toBe('unknown');
  });

  const bad: { case: string; expect: string; entry: unknown }[] = parseYaml(fixture('production-bad.yaml'));
  it.each(bad.map((b) => [b.case, b.expect, b.entry] as const))('refuses the "%s" report, naming the field', (_, field, entry) => {
    const r = productionSchema.safeParse(entry);
    expect(r.success).toBe(false);
    expect(paths(r.error!)).toContain(field);
  });
});

describe('organisation model schema', () => {
  it('accepts a model whose flows join its nodes', () => {
    const m = orgModelSchema.parse(parseYaml(fixture('model-good.yaml')));
    expect(m.flows.length).toBeGreaterThan(0);
  });

  it('refuses an arrow to a node that does not exist, naming the flow', () => {
    const r = orgModelSchema.safeParse(parseYaml(fixture('model-bad-edge.yaml')));
    expect(r.success).toBe(false);
    expect(paths(r.error!)).toEqual(['flows.0.to']);
    expect(r.error!.issues[0].message).toContain('fantome');
  });

  it('reads a topic no source covers as an empty list (the page says it is not documented), and refuses the old word', () => {
    const m = parseYaml(fixture('model-good.yaml'));
    const { costs: _costs, ...withoutCosts } = m;
    expect(orgModelSchema.parse(withoutCosts).costs).toEqual([]);
    const r = orgModelSchema.safeParse({ ...m, costs: 'non-documente' });
    expect(r.success).toBe(false);
    expect(paths(r.error!)).toContain('costs');
  });
});
