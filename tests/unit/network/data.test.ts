// The network's real data files (one per entry, named by its id): every entry passes its schema,
// and the cross-checks the build runs (known items, published designs, places in a current commune
// of their department under its official name) find nothing.
import { describe, expect, it } from 'vitest';
import type { z, ZodTypeAny } from 'zod';
import { placeSchema } from '../../../site/schemas/place';
import { productionSchema } from '../../../site/schemas/production';
import { inventoryItemSchema } from '../../../site/schemas/inventory';
import { resourceSchema } from '../../../site/schemas/resource';
import { orgModelSchema } from '../../../site/schemas/orgModel';
import { networkFigureSchema } from '../../../site/schemas/networkFigure';
import { workingGroupSchema } from '../../../site/schemas/workingGroup';
import { readEntryFolder } from '../../../site/lib/entryFiles';
import { crossCheck } from '../../../site/lib/network/checks';
import { communes, departmentNames } from '../../../site/lib/network/geo';
import { communeCentres } from '../../../site/lib/network/communeCentres';
import { designs } from '../../../designs';

/** Every entry of network/<folder>/, parsed, with its id (its file name) as the site reads it. */
const load = <S extends ZodTypeAny>(folder: string, schema: S) =>
  readEntryFolder(`network/${folder}`).map((e) => ({ id: e.id, ...(schema.parse(e.data) as z.infer<S>) }));
const places = load('places', placeSchema);
const production = load('production', productionSchema);
const inventory = load('inventory', inventoryItemSchema);
const slugs = designs.map((d) => d.slug);
const positions = new Map(communeCentres().located.map((c) => [c.code, c]));

describe('network data', () => {
  it('parses every file with its schema', () => {
    expect(places.length).toBe(26);
    expect(production.length).toBe(11);
    expect(load('resources', resourceSchema).length).toBe(20);
    expect(load('figures', networkFigureSchema).length).toBe(4);
    expect(load('working-groups', workingGroupSchema).length).toBe(5);
    const models = load('models', orgModelSchema);
    expect(models.map((m) => m.order).sort()).toEqual([1, 2, 3, 4]);
  });

  it('gives each entry of an ordered folder its own rank, so lists do not depend on file names', () => {
    // Entries added through the editor may leave the rank empty (they come after); today's all have one.
    for (const [folder, schema] of [['places', placeSchema], ['inventory', inventoryItemSchema], ['resources', resourceSchema], ['figures', networkFigureSchema], ['working-groups', workingGroupSchema]] as const) {
      const orders = load(folder, schema).map((e) => e.order ?? NaN).sort((a, b) => a - b);
      expect(orders, folder).toEqual(orders.map((_, i) => i + 1));
    }
  });

  it('lists places in all four departments', () => {
    expect(new Set(places.map((p) => p.department))).toEqual(new Set(['22', '29', '35', '56']));
  });

  it('cites for every place the page that names it, with its date or the reason it has none', () => {
    for (const p of places) {
      for (const s of p.sources) {
        expect(s.url, `${p.id}: ${s.title}`).toMatch(/^https?:\/\/[^/]+\/./);
        expect(s.urlScope, `${p.id}: ${s.title}`).toBe('page');
        if (s.date === 'unknown') expect(s.dateUnknownReason, `${p.id}: ${s.title}`).toMatch(/\S{3,}/);
      }
    }
  });

  it('cites for every production report the page that gives its figure, with its date or the reason it has none', () => {
    for (const e of production) {
      expect(e.sourceUrl, e.id).toMatch(/^https?:\/\/[^/]+\/./);
      if (e.sourceDate === 'unknown') expect(e.sourceDateUnknownReason, e.id).toMatch(/\S{3,}/);
    }
  });

  it('marks every departmental visor count as possibly inside the regional one, so totals never count it twice', () => {
    const regional = production.filter((e) => e.item === 'visiere' && e.territory === 'bretagne' && e.within.length === 0);
    expect(regional.map((e) => e.id)).toEqual(['visieres-bretagne-2020-05-10']);
    for (const e of production.filter((x) => x.item === 'visiere' && x.id !== regional[0].id)) expect(e.within, e.id).toContain(regional[0].id);
  });

  it('passes the cross-checks, every place near its commune’s position', () => {
    expect(crossCheck({ places, production, inventory }, communes(), slugs, positions)).toEqual([]);
  });

  it('lists only current communes of Brittany’s four departments, each under its department’s code', () => {
    const all = [...communes().values()];
    expect(new Set(all.map((c) => c.department))).toEqual(new Set(['22', '29', '35', '56']));
    expect(all.every((c) => c.code.startsWith(c.department))).toBe(true);
    expect(communes().get('29019')).toMatchObject({ name: 'Brest', department: '29' });
    expect(communes().has('44109')).toBe(false); // Nantes, Loire-Atlantique
  });

  it('names Brittany’s departments as the Code officiel géographique does', () => {
    expect(departmentNames()).toEqual(new Map([['22', 'Côtes-d\'Armor'], ['29', 'Finistère'], ['35', 'Ille-et-Vilaine'], ['56', 'Morbihan']]));
  });
});

describe('cross-checks', () => {
  it('name the report file and the field of an unknown item', () => {
    const bad = { ...production[0], id: 'x', item: 'tournevis' };
    expect(crossCheck({ places, production: [bad], inventory }, communes(), slugs)).toEqual([
      `network/production/x.yaml: item: unknown item "tournevis" (known: ${inventory.map((i) => i.id).join(', ')})`,
    ]);
  });

  it('name the place file and the field of an unknown item it made', () => {
    const tinkerer = { ...places[0], id: 'bricoleur', made2020: ['visiere', 'tournevis'] };
    expect(crossCheck({ places: [tinkerer], production: [], inventory }, communes(), slugs)).toEqual([
      expect.stringMatching(/^network\/places\/bricoleur\.yaml: made2020\[1\]: unknown item "tournevis"/),
    ]);
  });

  it('refuse an unknown commune, a commune of another department and a wrong commune name', () => {
    const rennes = places.find((p) => p.commune.code === '35238')!;
    const unknown = { ...rennes, id: 'unknown', commune: { code: '35999', name: 'Nulle-part' } };
    const wrongDept = { ...rennes, id: 'wrong-dept', commune: { code: '29019', name: 'Brest' } };
    const wrongName = { ...rennes, id: 'wrong-name', commune: { code: '35238', name: 'Brest' } };
    expect(crossCheck({ places: [unknown, wrongDept, wrongName], production: [], inventory }, communes(), slugs)).toEqual([
      'network/places/unknown.yaml: commune.code: "35999" is not a current commune of Brittany',
      'network/places/wrong-dept.yaml: department: commune 29019 is in 29, not 35',
      'network/places/wrong-name.yaml: commune.name: commune 35238 is "Rennes", not "Brest"',
    ]);
  });

  it('refuse coordinates outside Brittany’s bounding box, naming the field', () => {
    const { id: _, ...place } = places[0];
    const west = placeSchema.safeParse({ ...place, coordinates: { lat: 48.4, lon: -5.5 } });
    const north = placeSchema.safeParse({ ...place, coordinates: { lat: 49.2, lon: -3.0 } });
    expect(west.success || west.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['coordinates.lon', 'longitude is west of Brittany']]);
    expect(north.success || north.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['coordinates.lat', 'latitude is north of Brittany']]);
  });

  it('refuse a place far from its commune’s position, naming the field and the position', () => {
    const brest = places.find((p) => p.commune.code === '29019')!;
    // Right commune, wrong town: Quimper's coordinates.
    const moved = { ...brest, id: 'moved', coordinates: { lat: 48.0, lon: -4.1 } };
    expect(crossCheck({ places: [moved], production: [], inventory }, communes(), slugs, positions)).toEqual([
      'network/places/moved.yaml: coordinates: lat 48, lon -4.1 is 52.0 km from Brest (GeoNames: lat 48.39029, lon -4.48628); a place stands at its town\'s approximate centre, within 5 km',
    ]);
  });

  it('refuse a report within an unknown report, within itself, within another item or within a department that does not hold it', () => {
    const base = production.find((e) => e.id === 'visieres-lorient-2020-04')!;
    const cases: [string[], RegExp][] = [
      [['nope'], /within\[0\]: no report "nope"/],
      [[base.id], /within\[0\]: a report cannot be within itself/],
      [['masques-brest-jules-lesven-2020-05'], /counts masque-barriere, not visiere/],
      [['visieres-bretagne-porte-de-loire-2020-04'], /covers 35, which does not hold 56/],
    ];
    for (const [within, message] of cases) {
      const problems = crossCheck({ places, production: production.map((e) => (e.id === base.id ? { ...e, within } : e)), inventory }, communes(), slugs, positions);
      expect(problems.join('\n')).toMatch(message);
      expect(problems.join('\n')).toContain('network/production/visieres-lorient-2020-04.yaml');
    }
  });

  it('refuse a link to a design that is not published', () => {
    const item = { ...inventory[0], designs: ['nulle-part'] };
    expect(crossCheck({ places: [], production: [], inventory: [item] }, communes(), slugs)).toEqual([
      `network/inventory/${item.id}.yaml: designs[0]: no published design "nulle-part"`,
    ]);
  });
});
