// Brittany drawn at build time: department outlines as SVG paths and any point projected to the
// same frame. Conformal conic projection centred on Brittany, like the Lambert projections of
// French maps, fitted to the four departments.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { DepartmentOutline } from './departmentOutlines';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 400;
const MARGIN = 8;

export interface MapFrame {
  projection: GeoProjection;
  departments: { code: string; name: string; d: string; label: [number, number] }[];
  project: (lon: number, lat: number) => [number, number];
}

const round1 = (v: number) => Number(v.toFixed(1));

export function mapFrame(outlines: DepartmentOutline[]): MapFrame {
  const collection = { type: 'FeatureCollection' as const, features: outlines.map((o) => o.feature) };
  const projection = geoConicConformal()
    .parallels([47.5, 48.5])
    .rotate([3, 0])
    .fitExtent([[MARGIN, MARGIN], [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN]], collection);
  const path = geoPath(projection).digits(1);
  const departments = outlines.map((o) => {
    const [x, y] = path.centroid(o.feature);
    return { code: o.code, name: o.name, d: path(o.feature) ?? '', label: [round1(x), round1(y)] as [number, number] };
  });
  const project = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project lon ${lon}, lat ${lat}`);
    return [round1(p[0]), round1(p[1])];
  };
  return { projection, departments, project };
}
