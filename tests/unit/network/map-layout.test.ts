// The map page's layout, on points placed by hand: markers sharing a point spread on a circle,
// commune dots sized by distance band, grouping by department, and how positions and shares read.
import { describe, expect, it } from 'vitest';
import { BAND_RADIUS, FAN_RADIUS, byDepartment, communeDotsSvg, fanOutMarkers } from '../../../site/lib/network/mapLayout';
import { percent, position } from '../../../site/lib/network/format';
import type { CommuneCoverage } from '../../../site/lib/network/coverage';

describe('fanOutMarkers', () => {
  it('keeps a marker alone at its point where it is', () => {
    expect(fanOutMarkers([{ id: 'a', at: [10, 20] }, { id: 'b', at: [30, 40] }])).toEqual(new Map([['a', [10, 20]], ['b', [30, 40]]]));
  });

  it('spreads markers sharing a point evenly on a circle around it, first one to the east', () => {
    const at = fanOutMarkers([{ id: 'a', at: [100, 50] }, { id: 'b', at: [100, 50] }, { id: 'c', at: [100, 50] }, { id: 'd', at: [100, 50] }]);
    expect(at.get('a')).toEqual([100 + FAN_RADIUS, 50]);
    expect(at.get('b')).toEqual([100, 50 + FAN_RADIUS]);
    expect(at.get('c')).toEqual([100 - FAN_RADIUS, 50]);
    expect(at.get('d')).toEqual([100, 50 - FAN_RADIUS]);
  });

  it('fans out only the markers that share a point, and rounds to a tenth', () => {
    const at = fanOutMarkers([{ id: 'a', at: [0, 0] }, { id: 'lone', at: [5, 5] }, { id: 'b', at: [0, 0] }, { id: 'c', at: [0, 0] }], 10);
    expect(at.get('lone')).toEqual([5, 5]);
    // Three around (0, 0): at 0°, 120° and 240°.
    expect(at.get('b')).toEqual([-5, 8.7]);
    expect(at.get('c')).toEqual([-5, -8.7]);
  });
});

describe('communeDotsSvg', () => {
  const row = (lon: number, distance: number): CommuneCoverage => ({ commune: { code: 'c', name: 'c', department: '29', population: 1, lon, lat: 0 }, distance });

  it('draws each commune at its projected point, bigger and in a further band when its nearest place is further', () => {
    const svg = communeDotsSvg([row(1, 5), row(2, 25), row(3, Infinity)], (lon, lat) => [lon * 10, lat + 7]);
    expect(svg).toBe(
      `<circle cx="10" cy="7" r="${BAND_RADIUS[0]}" class="band-0"/>` +
        `<circle cx="20" cy="7" r="${BAND_RADIUS[2]}" class="band-2"/>` +
        `<circle cx="30" cy="7" r="${BAND_RADIUS[3]}" class="band-3"/>`,
    );
    expect(BAND_RADIUS[0]).toBeLessThan(BAND_RADIUS[3]);
  });
});

describe('byDepartment', () => {
  it('groups in the departments’ order and keeps a department with nothing', () => {
    const items = [{ n: 'Brest', d: '29' }, { n: 'Rennes', d: '35' }, { n: 'Quimper', d: '29' }];
    expect(byDepartment(['22', '29', '35'], items, (i) => i.d).map((g) => [g.code, g.items.map((i) => i.n)])).toEqual([
      ['22', []],
      ['29', ['Brest', 'Quimper']],
      ['35', ['Rennes']],
    ]);
  });
});

describe('map figures as each language writes them', () => {
  it('writes a share with one decimal, French with a narrow no-break space before %', () => {
    expect(percent('fr', 0.1234)).toBe('12,3\u202f%');
    expect(percent('en', 0.1234)).toBe('12.3%');
  });

  it('writes a position with two decimals, separated by a semicolon in French', () => {
    expect(position('fr', 48.1, -1.678)).toBe('48,10\u00a0; -1,68');
    expect(position('en', 48.1, -1.678)).toBe('48.10, -1.68');
  });
});
