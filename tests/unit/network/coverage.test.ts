// Coverage on a fixture small enough to compute by hand: three places and five communes on the
// equator, where one degree of longitude is 6371.0088 × π / 180 = 111.19508 km.
import { describe, expect, it } from 'vitest';
import { communeCoverage, departmentCoverage, distanceKm, zonesBlanches, band, type CommunePoint, type PlacePoint } from '../../../site/lib/network/coverage';

const DEG_KM = 111.19508;
const places: PlacePoint[] = [
  { id: 'A', lon: 0, lat: 0 },
  { id: 'B', lon: 1, lat: 0 },
  { id: 'C', lon: 5, lat: 0 },
];
const communes: CommunePoint[] = [
  { code: 'c1', name: 'c1', department: 'X', population: 100, lon: 0.1, lat: 0 },
  { code: 'c2', name: 'c2', department: 'X', population: 200, lon: 0.5, lat: 0 },
  { code: 'c3', name: 'c3', department: 'Y', population: 300, lon: 2, lat: 0 },
  { code: 'c4', name: 'c4', department: 'Y', population: 400, lon: 3.5, lat: 0 },
  { code: 'c5', name: 'c5', department: 'Y', population: 500, lon: 10, lat: 0 },
];

describe('distanceKm', () => {
  it('gives one degree of arc along the equator and along a meridian', () => {
    expect(distanceKm({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(DEG_KM, 3);
    expect(distanceKm({ lon: -3, lat: 47 }, { lon: -3, lat: 48 })).toBeCloseTo(DEG_KM, 3);
  });
});

describe('communeCoverage', () => {
  const rows = communeCoverage(communes, places);
  it('finds each commune’s nearest place and its distance', () => {
    // c2 is as far from A as from B: the first listed place wins.
    expect(rows.map((r) => r.nearest)).toEqual(['A', 'A', 'B', 'C', 'C']);
    const expected = [0.1, 0.5, 1, 1.5, 5].map((deg) => deg * DEG_KM);
    rows.forEach((r, i) => expect(r.distance).toBeCloseTo(expected[i], 2));
  });

  it('puts every commune infinitely far when no place qualifies', () => {
    const none = communeCoverage(communes, []);
    expect(none.every((r) => r.distance === Infinity && r.nearest === undefined)).toBe(true);
    const all = departmentCoverage(none, 150).at(-1)!;
    expect(all.populationBeyond).toBe(1500);
  });
});

describe('departmentCoverage at 150 km', () => {
  const table = departmentCoverage(communeCoverage(communes, places), 150);
  it('counts the communes and people beyond the threshold per department and overall', () => {
    // Beyond 150 km: c4 (166.8 km, 400 people) and c5 (556.0 km, 500 people), both in Y.
    expect(table.map((d) => d.department)).toEqual(['X', 'Y', 'all']);
    expect(table[0]).toMatchObject({ communes: 2, population: 300, communesBeyond: 0, populationBeyond: 0, shareBeyond: 0 });
    expect(table[1]).toMatchObject({ communes: 3, population: 1200, communesBeyond: 2, populationBeyond: 900, shareBeyond: 0.75 });
    expect(table[2]).toMatchObject({ communes: 5, population: 1500, communesBeyond: 2, populationBeyond: 900, shareBeyond: 0.6 });
    expect(table[0].maxDistance).toBeCloseTo(0.5 * DEG_KM, 2);
    expect(table[2].maxDistance).toBeCloseTo(5 * DEG_KM, 2);
  });
});

describe('zonesBlanches', () => {
  it('lists the communes beyond the threshold, most populated first', () => {
    const rows = communeCoverage(communes, places);
    expect(zonesBlanches(rows, 150).map((r) => r.commune.code)).toEqual(['c5', 'c4']);
    expect(zonesBlanches(rows, 100).map((r) => r.commune.code)).toEqual(['c5', 'c4', 'c3']);
    expect(zonesBlanches(rows, 100, 1).map((r) => r.commune.code)).toEqual(['c5']);
  });
});

describe('band', () => {
  it('sorts distances into the map’s bands', () => {
    expect([0, 10, 10.01, 20, 25, 30, 31, Infinity].map(band)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
