// Brittany's geography for the map and the coverage: department outlines and commune centres
// derived from IGN contours (network/geo/, see scripts/network/derive-geo.ts), joined with the
// legal populations of the installed @etalab/decoupage-administratif (INSEE).
import communesCog from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import departementsGeo from '../../../network/geo/departements.json' with { type: 'json' };
import communesGeo from '../../../network/geo/communes.json' with { type: 'json' };
import type { CommunePoint } from './coverage';

export interface DepartmentShape {
  code: string;
  name: string;
  polygons: number[][][][];
}

export const GEO_SOURCE = communesGeo.meta;

export function departmentShapes(): DepartmentShape[] {
  return departementsGeo.departements.map((d) => ({ code: d.code, name: d.nom, polygons: d.polygons }));
}

let cached: Map<string, CommunePoint> | undefined;

/** Every current commune of Brittany with its centre and legal population. */
export function communes(): Map<string, CommunePoint> {
  if (cached) return cached;
  const population = new Map((communesCog as { code: string; type: string; population?: number }[]).filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.population ?? 0]));
  cached = new Map(
    communesGeo.communes.map((c) => [
      c.code,
      { code: c.code, name: c.nom, department: c.departement, lon: c.centre[0], lat: c.centre[1], population: population.get(c.code) ?? 0 },
    ]),
  );
  return cached;
}
