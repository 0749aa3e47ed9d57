// Derives the small geographic files under network/geo/ from the IGN Admin Express COG 2018
// contours published as GeoJSON by github.com/gregoiredavid/france-geojson (Licence Ouverte).
// No npm package ships department or commune polygons, so the derived files are committed and
// this script documents how they were made:
//   npx tsx scripts/network/derive-geo.ts <france-geojson checkout>/regions/bretagne
// Commune codes are carried to the current Code officiel géographique (the installed
// @etalab/decoupage-administratif), merging former communes into the commune that absorbed them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import communesCog from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };

const BRITTANY = ['22', '29', '35', '56'];
const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/network/derive-geo.ts <path to regions/bretagne>');
  process.exit(1);
}
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

/** d3-geo wants clockwise exterior rings; IGN's GeoJSON may wind either way. */
function rewound(f: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const rev = (rings: Position[][]) => rings.map((r) => [...r].reverse());
  const g = f.geometry;
  return { ...f, geometry: g.type === 'Polygon' ? { ...g, coordinates: rev(g.coordinates) } : { ...g, coordinates: g.coordinates.map(rev) } };
}

/** Rounds to `step` degrees and drops repeated points: the map is drawn a few hundred px wide. */
function simplifyRing(ring: Position[], step: number): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x / step) * step, Math.round(y / step) * step].map((v) => Number(v.toFixed(4)));
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : [];
}
function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}
function simplified(g: Polygon | MultiPolygon, step: number): Position[][][] {
  return polygons(g)
    .map((rings) => rings.map((r) => simplifyRing(r, step)).filter((r) => r.length > 0))
    .filter((rings) => rings.length > 0);
}

type CogCommune = { code: string; nom: string; type: string; departement?: string; chefLieu?: string; anciensCodes?: string[] };
const cog = communesCog as CogCommune[];
const current = new Map(cog.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
const absorbedInto = new Map<string, string>([
  ...cog.filter((c) => c.chefLieu && c.type !== 'commune-actuelle').map((c): [string, string] => [c.code, c.chefLieu!]),
  ...[...current.values()].flatMap((c) => (c.anciensCodes ?? []).map((old): [string, string] => [old, c.code])),
]);

const departements = read('departements-bretagne.geojson').features.map((f) => {
  const g = rewound(f).geometry;
  return { code: String(f.properties?.code), nom: String(f.properties?.nom), polygons: simplified(g, 0.005) };
});

const merged = new Map<string, { parts: Feature<Polygon | MultiPolygon>[] }>();
const unmatched: string[] = [];
for (const f of read('communes-bretagne.geojson').features) {
  const old = String(f.properties?.code);
  const code = current.has(old) ? old : absorbedInto.get(old);
  if (!code || !current.has(code)) {
    unmatched.push(`${old} ${f.properties?.nom}`);
    continue;
  }
  const entry = merged.get(code) ?? { parts: [] };
  entry.parts.push(rewound(f));
  merged.set(code, entry);
}

const communes = [...merged.entries()]
  .map(([code, { parts }]) => {
    const centroid = geoCentroid({ type: 'FeatureCollection', features: parts });
    return { code, nom: current.get(code)!.nom, departement: current.get(code)!.departement!, centre: centroid.map((v) => Number(v.toFixed(4))) };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const missing = [...current.values()].filter((c) => BRITTANY.includes(c.departement ?? '') && !merged.has(c.code));
const meta = {
  source: 'IGN Admin Express COG 2018, via github.com/gregoiredavid/france-geojson (Licence Ouverte), regions/bretagne',
  derived: 'scripts/network/derive-geo.ts: department outlines rounded to 0.005°; commune centres are d3-geo centroids of the full-resolution contours (merged communes: centroid of all former communes)',
  codes: 'commune codes carried to the Code officiel géographique of @etalab/decoupage-administratif',
};
writeFileSync('network/geo/departements.json', JSON.stringify({ meta, departements }));
writeFileSync('network/geo/communes.json', JSON.stringify({ meta, communes }));
console.log(`${departements.length} departments, ${communes.length} communes; unmatched 2018 codes: ${unmatched.length}; current communes without contour: ${missing.length}`);
for (const u of unmatched) console.log(`  unmatched ${u}`);
for (const m of missing) console.log(`  no contour ${m.code} ${m.nom}`);
