// Network figures: coverage of Brittany's 1,202 communes in Node, and in Chromium the time from
// opening the search page with a query to grouped results, and the map page's weight.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { communes } from '../../site/lib/network/geo';
import { communeCoverage, departmentCoverage } from '../../site/lib/network/coverage';
import { time, stats, statCells, withSite, type BenchTable } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];

function coverage(): Promise<BenchTable> {
  const list = [...communes().values()];
  const places: { id: string; coordinates: { lon: number; lat: number } }[] = parseYaml(readFileSync('network/places.yaml', 'utf8'));
  const points = places.map((p) => ({ id: p.id, lon: p.coordinates.lon, lat: p.coordinates.lat }));
  // A denser network too: one place per 10th commune, to see how the cost grows.
  const dense = list.filter((_, i) => i % 10 === 0).map((c) => ({ id: c.code, lon: c.lon, lat: c.lat }));
  return Promise.all([
    time(() => departmentCoverage(communeCoverage(list, points), 20), 30),
    time(() => departmentCoverage(communeCoverage(list, dense), 20), 12),
  ]).then(([small, big]) => ({
    title: 'Coverage in Node (1,202 communes)',
    columns: COLUMNS,
    rows: [
      [`${points.length} places (current data)`, ...statCells(small)],
      [`${dense.length} places`, ...statCells(big)],
    ],
    note: 'Computed at build for every capability; no target, shown to catch a regression.',
  }));
}

async function browser(): Promise<BenchTable[]> {
  return withSite(async ({ url, browser }) => {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const samples: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      await page.goto(`${url}/recherche/?q=visi%C3%A8re`);
      await page.locator('[data-search-results] section').first().waitFor();
      samples.push(performance.now() - t0);
    }
    const html = readFileSync('dist/reseau/carte/index.html');
    return [
      { title: 'Search in Chromium', columns: COLUMNS, rows: [['open /recherche/?q=visière → grouped results', ...statCells(stats(samples))]], note: 'Includes loading pagefind and its French index from the built files.' },
      {
        title: 'Map page weight',
        columns: ['measure', 'bytes'],
        rows: [['/reseau/carte/ HTML', html.length], ['/reseau/carte/ HTML gzip', gzipSync(html).length]],
        note: 'Map, 1,202 commune dots per coverage layer and tables, all drawn at build.',
      },
    ];
  });
}

export async function bench(): Promise<BenchTable[]> {
  return [await coverage(), ...(await browser())];
}
