// Checks across the network's data files, which a single entry's schema cannot see: every item
// named exists in the inventory, every design slug is published, every place names a current
// commune of its department under its official name and, when the build knows that commune's
// position, lies near it. Each problem names the file (one per entry, named by its id) and the field.
import type { Place } from '../../schemas/place';
import type { ProductionEntry } from '../../schemas/production';
import type { InventoryItem } from '../../schemas/inventory';
import type { Commune } from './geo';
import { distanceKm, type LonLat } from './coverage';

/** How far a place may sit from its commune's position (GeoNames): towns, not doors, but no typo. */
export const PLACE_TOLERANCE_KM = 5;

export interface NetworkData {
  places: Place[];
  production: ProductionEntry[];
  inventory: InventoryItem[];
}

/** The file an entry lives in: network/<folder>/<id>.yaml. */
export const entryFile = (folder: 'places' | 'production' | 'inventory', id: string) => `network/${folder}/${id}.yaml`;

export function crossCheck(data: NetworkData, communes: Map<string, Commune>, designSlugs: string[], positions: Map<string, LonLat> = new Map()): string[] {
  const items = new Set(data.inventory.map((i) => i.id));
  const known = [...items].join(', ');
  const problems: string[] = [];
  const reports = new Map(data.production.map((e) => [e.id, e]));
  data.production.forEach((e) => {
    const file = entryFile('production', e.id);
    if (!items.has(e.item)) problems.push(`${file}: item: unknown item "${e.item}" (known: ${known})`);
    // A report within another must name a wider (or equal) report of the same item: the region
    // holds every department, a department only itself.
    e.within.forEach((id, i) => {
      const wider = reports.get(id);
      if (!wider) problems.push(`${file}: within[${i}]: no report "${id}"`);
      else if (id === e.id) problems.push(`${file}: within[${i}]: a report cannot be within itself`);
      else if (wider.item !== e.item) problems.push(`${file}: within[${i}]: "${id}" counts ${wider.item}, not ${e.item}`);
      else if (wider.territory !== 'bretagne' && wider.territory !== e.territory) problems.push(`${file}: within[${i}]: "${id}" covers ${wider.territory}, which does not hold ${e.territory}`);
    });
  });
  for (const p of data.places) {
    const file = entryFile('places', p.id);
    p.made2020.forEach((item, i) => {
      if (!items.has(item)) problems.push(`${file}: made2020[${i}]: unknown item "${item}" (known: ${known})`);
    });
    const c = communes.get(p.commune.code);
    if (!c) {
      problems.push(`${file}: commune.code: "${p.commune.code}" is not a current commune of Brittany`);
      continue;
    }
    if (c.department !== p.department) problems.push(`${file}: department: commune ${c.code} is in ${c.department}, not ${p.department}`);
    if (c.name !== p.commune.name) problems.push(`${file}: commune.name: commune ${c.code} is "${c.name}", not "${p.commune.name}"`);
    const at = positions.get(c.code);
    const gap = at ? distanceKm(at, p.coordinates) : 0;
    if (at && gap > PLACE_TOLERANCE_KM) {
      problems.push(`${file}: coordinates: lat ${p.coordinates.lat}, lon ${p.coordinates.lon} is ${gap.toFixed(1)} km from ${c.name} (GeoNames: lat ${at.lat}, lon ${at.lon}); a place stands at its town's approximate centre, within ${PLACE_TOLERANCE_KM} km`);
    }
  }
  for (const item of data.inventory) {
    item.designs.forEach((slug, i) => {
      if (!designSlugs.includes(slug)) problems.push(`${entryFile('inventory', item.id)}: designs[${i}]: no published design "${slug}"`);
    });
  }
  return problems;
}
