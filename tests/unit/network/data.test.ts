// The network's real data files: every entry passes its schema, and the cross-checks the build
// runs (known items, published designs, places on their commune's centre) find nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { placeSchema } from '../../../site/schemas/place';
import { productionSchema } from '../../../site/schemas/production';
import { inventoryItemSchema } from '../../../site/schemas/inventory';
import { resourceSchema } from '../../../site/schemas/resource';
import { orgModelSchema } from '../../../site/schemas/orgModel';
import { networkFigureSchema } from '../../../site/schemas/networkFigure';
import { workingGroupSchema } from '../../../site/schemas/workingGroup';
import { productionRows } from '../../../site/lib/network/productionCsv';
import { crossCheck } from '../../../site/lib/network/checks';
import { communes } from '../../../site/lib/network/geo';
import { designs } from '../../../designs';

const yaml = (path: string) => parseYaml(readFileSync(path, 'utf8'));
const places = (yaml('network/places.yaml') as unknown[]).map((p) => placeSchema.parse(p));
const production = productionRows(readFileSync('network/production.csv', 'utf8')).map((r) => productionSchema.parse(r));
const inventory = (yaml('network/inventory.yaml') as unknown[]).map((i) => inventoryItemSchema.parse(i));
const slugs = designs.map((d) => d.slug);

describe('network data', () => {
  it('parses every file with its schema', () => {
    expect(places.length).toBeGreaterThan(0);
    expect((yaml('network/resources.yaml') as unknown[]).map((r) => resourceSchema.parse(r)).length).toBeGreaterThan(0);
    expect((yaml('network/figures.yaml') as unknown[]).map((f) => networkFigureSchema.parse(f)).length).toBeGreaterThan(0);
    expect((yaml('network/working-groups.yaml') as unknown[]).map((g) => workingGroupSchema.parse(g)).length).toBeGreaterThan(0);
    const models = readdirSync('network/models').map((f) => orgModelSchema.parse(yaml(`network/models/${f}`)));
    expect(models.map((m) => m.order).sort()).toEqual([1, 2, 3, 4]);
  });

  it('passes the cross-checks', () => {
    expect(crossCheck({ places, production, inventory }, communes(), slugs)).toEqual([]);
  });

  it('has 1,202 communes in Brittany’s four departments, each with a population', () => {
    const all = [...communes().values()];
    expect(all).toHaveLength(1202);
    expect(new Set(all.map((c) => c.department))).toEqual(new Set(['22', '29', '35', '56']));
    expect(all.every((c) => c.population > 0)).toBe(true);
  });
});

describe('cross-checks', () => {
  it('name the file, the entry and the field of an unknown item', () => {
    const bad = { ...production[0], id: 'x', item: 'tournevis' };
    expect(crossCheck({ places, production: [bad], inventory }, communes(), slugs)).toEqual([
      expect.stringMatching(/^network\/production\.csv: entry "x", field item: unknown item "tournevis"/),
    ]);
  });

  it('refuse a place away from its commune’s centre or in the wrong department', () => {
    const moved = { ...places[0], coordinates: { lat: 48.0, lon: -3.0 } };
    const wrongDept = { ...places[0], commune: { code: '29019', name: 'Brest' } };
    const problems = crossCheck({ places: [moved, wrongDept], production: [], inventory }, communes(), slugs);
    expect(problems[0]).toMatch(/^network\/places\.yaml: entry "[^"]+", field coordinates: use the centre of/);
    expect(problems[1]).toMatch(/field department: commune 29019 is in 29/);
  });

  it('refuse a link to a design that is not published', () => {
    const item = { ...inventory[0], designs: ['nulle-part'] };
    expect(crossCheck({ places: [], production: [], inventory: [item] }, communes(), slugs)).toEqual([
      expect.stringMatching(/network\/inventory\.yaml: entry "[^"]+", field designs\[0\]: no published design "nulle-part"/),
    ]);
  });
});
