// Every commune's distance to the nearest place, for each capability, so coordinators can apply
// their own threshold. Communes the build could not place keep their row, with empty position
// and distances and the reason in `unlocated`.
import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { networkData } from '../../lib/content';
import { communeCentres } from '../../lib/network/communeCentres';
import { capabilities } from '../../lib/network/capabilities';
import { communeCoverage } from '../../lib/network/coverage';

export const GET: APIRoute = async () => {
  const { places } = await networkData();
  const { located, unlocated } = communeCentres();
  const caps = capabilities(places).map((c) => ({ id: c.id, byCode: new Map(communeCoverage(located, c.places).map((r) => [r.commune.code, r])) }));
  const byCode = new Map(located.map((c) => [c.code, c]));
  const reason = new Map(unlocated.map((u) => [u.commune.code, u.reason]));
  const all = [...located, ...unlocated.map((u) => u.commune)].sort((a, b) => a.code.localeCompare(b.code));
  const rows = all.map((c) => {
    const at = byCode.get(c.code);
    const row: Record<string, string> = {
      code: c.code, commune: c.name, department: c.department, population: String(c.population),
      lat: at ? String(at.lat) : '', lon: at ? String(at.lon) : '',
      geonames_place: at?.gazetteerName ?? '', unlocated: reason.get(c.code) ?? '',
    };
    for (const cap of caps) {
      const r = cap.byCode.get(c.code);
      row[`distance_km_${cap.id}`] = r && Number.isFinite(r.distance) ? r.distance.toFixed(1) : '';
      row[`nearest_${cap.id}`] = r?.nearest ?? '';
    }
    return row;
  });
  return new Response(csvFormat(rows) + '\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
