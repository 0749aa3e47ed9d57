// Network schemas on good and bad fixtures: bad data is refused and the error names the field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { placeSchema } from '../../../site/schemas/place';
import { productionSchema } from '../../../site/schemas/production';
import { orgModelSchema } from '../../../site/schemas/orgModel';
import { productionRows } from '../../../site/lib/network/productionCsv';

const fixture = (name: string) => readFileSync(`tests/fixtures/network/${name}`, 'utf8');
const paths = (e: ZodError) => e.issues.map((i) => i.path.join('.'));

describe('place schema', () => {
  it('accepts a complete place', () => {
    const [place] = parseYaml(fixture('places-good.yaml'));
    const parsed = placeSchema.parse(place);
    expect(parsed.machines).toEqual([{ kind: 'imprimante-3d', count: 2 }]);
  });

  const bad: { expect: string; entry: unknown }[] = parseYaml(fixture('places-bad.yaml'));
  it.each(bad.map((b) => [b.expect, b.entry] as const))('refuses a place whose %s is wrong, naming that field', (field, entry) => {
    const r = placeSchema.safeParse(entry);
    expect(r.success).toBe(false);
    expect(paths(r.error!)).toContain(field);
  });
});

describe('production schema (CSV rows)', () => {
  it('accepts the good rows, with notes gathered in both languages', () => {
    const rows = productionRows(fixture('production-good.csv')).map((r) => productionSchema.parse(r));
    expect(rows.map((r) => r.quantity)).toEqual([100, 250, 1200, 0]);
    expect(rows[1].note).toEqual({ fr: 'Estimation, à confirmer.', en: 'Estimate, to be confirmed.' });
    expect(rows[0].sourceUrl).toBeUndefined();
  });

  const rows = productionRows(fixture('production-bad.csv'));
  it.each(rows.map((r) => [r.id as string, r] as const))('refuses the "%s" row, naming the field', (_, row) => {
    const { expect: field, ...entry } = row as Record<string, unknown>;
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

  it('refuses a topic left empty instead of saying it is not documented', () => {
    const m = parseYaml(fixture('model-good.yaml'));
    const r = orgModelSchema.safeParse({ ...m, costs: [] });
    expect(r.success).toBe(false);
    expect(paths(r.error!)).toContain('costs');
  });
});
