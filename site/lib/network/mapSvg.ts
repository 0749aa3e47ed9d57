// Brittany drawn at build time: department outlines as SVG paths and any point projected to
// the same frame. Conformal conic projection centred on Brittany, as French maps use.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import type { DepartmentShape } from './geo';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 400;

export interface MapFrame {
  projection: GeoProjection;
  departments: { code: string; name: string; d: string; label: [number, number] }[];
  project: (lon: number, lat: number) => [number, number];
}

export function mapFrame(shapes: DepartmentShape[]): MapFrame {
  const collection = {
    type: 'FeatureCollection' as const,
    features: shapes.map((s) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPolygon', coordinates: s.polygons } as MultiPolygon })),
  };
  const projection = geoConicConformal().parallels([47, 49]).rotate([3, 0]).fitExtent([[8, 8], [MAP_WIDTH - 8, MAP_HEIGHT - 8]], collection);
  const path = geoPath(projection).digits(1);
  const departments = shapes.map((s, i) => {
    const f = collection.features[i];
    const [x, y] = path.centroid(f);
    return { code: s.code, name: s.name, d: path(f) ?? '', label: [Number(x.toFixed(1)), Number(y.toFixed(1))] as [number, number] };
  });
  const project = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project ${lon}, ${lat}`);
    return [Number(p[0].toFixed(1)), Number(p[1].toFixed(1))];
  };
  return { projection, departments, project };
}
