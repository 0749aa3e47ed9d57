// Where the map page puts things, once the frame (mapSvg.ts) has projected them: places that
// share a point fanned out, communes drawn as dots sized by distance band, places and communes
// grouped by department. Pure functions, so the page only lays out markup.
import { band, type CommuneCoverage } from './coverage';

type Point = [number, number];

/** How far apart, in map units, markers that share a point are drawn. */
export const FAN_RADIUS = 7;

/** The non-colour cue: the farther the nearest place, the bigger the commune's dot. */
export const BAND_RADIUS = [1.3, 1.9, 2.5, 3.2] as const;

/**
 * Each marker's position. Markers sharing a point (places of one commune) are spread on a circle
 * around it so each can be clicked; the data keeps the entries' coordinates.
 */
export function fanOutMarkers(markers: { id: string; at: Point }[], radius = FAN_RADIUS): Map<string, Point> {
  const byPoint = new Map<string, { at: Point; ids: string[] }>();
  for (const m of markers) {
    const key = m.at.join(',');
    const group = byPoint.get(key) ?? { at: m.at, ids: [] };
    group.ids.push(m.id);
    byPoint.set(key, group);
  }
  const positions = new Map<string, Point>();
  for (const { at: [x, y], ids } of byPoint.values()) {
    const r = ids.length > 1 ? radius : 0;
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      positions.set(id, [Number((x + r * Math.cos(a)).toFixed(1)), Number((y + r * Math.sin(a)).toFixed(1))]);
    });
  }
  return positions;
}

/**
 * One coverage layer's commune dots as SVG markup: about 640 circles, written as one string
 * without per-element attributes to keep the page light.
 */
export function communeDotsSvg(rows: CommuneCoverage[], project: (lon: number, lat: number) => Point): string {
  return rows
    .map((r) => {
      const [x, y] = project(r.commune.lon, r.commune.lat);
      const b = band(r.distance);
      return `<circle cx="${x}" cy="${y}" r="${BAND_RADIUS[b]}" class="band-${b}"/>`;
    })
    .join('');
}

/** Items grouped by department, in the order given; a department with no item keeps an empty list. */
export function byDepartment<T>(departments: readonly string[], items: T[], departmentOf: (item: T) => string): { code: string; items: T[] }[] {
  return departments.map((code) => ({ code, items: items.filter((item) => departmentOf(item) === code) }));
}
