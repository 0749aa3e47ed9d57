// Every commune's distance to the nearest place, for each capability, so coordinators can
// apply their own threshold.
import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { networkData } from '../../lib/content';
import { communes } from '../../lib/network/geo';
import { capabilities } from '../../lib/network/capabilities';
import { communeCoverage } from '../../lib/network/coverage';

export const GET: APIRoute = async () => {
  const { places } = await networkData();
  const list = [...communes().values()];
  const caps = capabilities(places).map((c) => ({ id: c.id, rows: communeCoverage(list, c.places) }));
  const rows = list.map((c, i) => {
    const row: Record<string, string> = { code: c.code, commune: c.name, department: c.department, population: String(c.population), lon: String(c.lon), lat: String(c.lat) };
    for (const cap of caps) {
      const r = cap.rows[i];
      row[`distance_km_${cap.id}`] = Number.isFinite(r.distance) ? r.distance.toFixed(1) : '';
      row[`nearest_${cap.id}`] = r.nearest ?? '';
    }
    return row;
  });
  return new Response(csvFormat(rows) + '\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
