// Coverage of Brittany by the network's places: for each commune, how far the nearest place
// with a given capability is, and how many people live beyond a threshold distance.
// Pure functions over plain data, so the hand-computed fixture in tests can check them.

export interface LonLat {
  lon: number;
  lat: number;
}
export interface CommunePoint extends LonLat {
  code: string;
  name: string;
  department: string;
  population: number;
}
export interface PlacePoint extends LonLat {
  id: string;
}

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius

/** Great-circle distance in km (haversine): communes are points at their centre. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface CommuneCoverage {
  commune: CommunePoint;
  /** km to the nearest place, Infinity when no place qualifies */
  distance: number;
  nearest?: string;
}

export function communeCoverage(communes: CommunePoint[], places: PlacePoint[]): CommuneCoverage[] {
  return communes.map((commune) => {
    let distance = Infinity;
    let nearest: string | undefined;
    for (const p of places) {
      const d = distanceKm(commune, p);
      if (d < distance) [distance, nearest] = [d, p.id];
    }
    return { commune, distance, nearest };
  });
}

export interface DepartmentCoverage {
  department: string;
  communes: number;
  population: number;
  /** communes whose centre is farther than the threshold */
  communesBeyond: number;
  populationBeyond: number;
  /** population beyond / population, 0..1 */
  shareBeyond: number;
  /** farthest commune centre from any place, km (Infinity without places) */
  maxDistance: number;
}

/** Per department (and "all" as the last row), what lies beyond `thresholdKm`. */
export function departmentCoverage(rows: CommuneCoverage[], thresholdKm: number): DepartmentCoverage[] {
  const groups = new Map<string, CommuneCoverage[]>();
  for (const r of rows) groups.set(r.commune.department, [...(groups.get(r.commune.department) ?? []), r]);
  const summarise = (department: string, rs: CommuneCoverage[]): DepartmentCoverage => {
    const beyond = rs.filter((r) => r.distance > thresholdKm);
    const population = rs.reduce((s, r) => s + r.commune.population, 0);
    const populationBeyond = beyond.reduce((s, r) => s + r.commune.population, 0);
    return {
      department,
      communes: rs.length,
      population,
      communesBeyond: beyond.length,
      populationBeyond,
      shareBeyond: population > 0 ? populationBeyond / population : 0,
      maxDistance: rs.reduce((m, r) => Math.max(m, r.distance), 0),
    };
  };
  const departments = [...groups.keys()].sort();
  return [...departments.map((d) => summarise(d, groups.get(d)!)), summarise('all', rows)];
}

/** The "zones blanches": communes beyond the threshold, most populated first. */
export function zonesBlanches(rows: CommuneCoverage[], thresholdKm: number, limit = Infinity): CommuneCoverage[] {
  return rows
    .filter((r) => r.distance > thresholdKm)
    .sort((a, b) => b.commune.population - a.commune.population || a.commune.code.localeCompare(b.commune.code))
    .slice(0, limit);
}

/** Distance bands for the map layer; the last band is "beyond every threshold or no place". */
export const DISTANCE_BANDS_KM = [10, 20, 30] as const;
export function band(distance: number): number {
  const i = DISTANCE_BANDS_KM.findIndex((limit) => distance <= limit);
  return i === -1 ? DISTANCE_BANDS_KM.length : i;
}
