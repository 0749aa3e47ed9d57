// Checks across the network's data files, which a single entry's schema cannot see: every item
// named exists in the inventory, every design slug is published, every place sits on its
// commune's centre. Each problem names the file, the entry and the field.
import type { Place } from '../../schemas/place';
import type { ProductionEntry } from '../../schemas/production';
import type { InventoryItem } from '../../schemas/inventory';
import type { CommunePoint } from './coverage';

export interface NetworkData {
  places: Place[];
  production: ProductionEntry[];
  inventory: InventoryItem[];
}

/** Max gap between a place's coordinates and its commune's centre (≈ 100 m). */
const CENTRE_TOLERANCE_DEG = 0.001;

export function crossCheck(data: NetworkData, communes: Map<string, CommunePoint>, designSlugs: string[]): string[] {
  const items = new Set(data.inventory.map((i) => i.id));
  const known = [...items].join(', ');
  const problems: string[] = [];
  data.production.forEach((e) => {
    if (!items.has(e.item)) problems.push(`network/production.csv: entry "${e.id}", field item: unknown item "${e.item}" (known: ${known})`);
  });
  for (const p of data.places) {
    p.made2020.forEach((item, i) => {
      if (!items.has(item)) problems.push(`network/places.yaml: entry "${p.id}", field made2020[${i}]: unknown item "${item}" (known: ${known})`);
    });
    const c = communes.get(p.commune.code);
    if (!c) {
      problems.push(`network/places.yaml: entry "${p.id}", field commune.code: "${p.commune.code}" is not a current commune of Brittany`);
      continue;
    }
    if (c.department !== p.department) problems.push(`network/places.yaml: entry "${p.id}", field department: commune ${c.code} is in ${c.department}, not ${p.department}`);
    if (Math.abs(c.lat - p.coordinates.lat) > CENTRE_TOLERANCE_DEG || Math.abs(c.lon - p.coordinates.lon) > CENTRE_TOLERANCE_DEG) {
      problems.push(`network/places.yaml: entry "${p.id}", field coordinates: use the centre of ${c.name}, lat ${c.lat}, lon ${c.lon}`);
    }
  }
  for (const item of data.inventory) {
    item.designs.forEach((slug, i) => {
      if (!designSlugs.includes(slug)) problems.push(`network/inventory.yaml: entry "${item.id}", field designs[${i}]: no published design "${slug}"`);
    });
  }
  return problems;
}
