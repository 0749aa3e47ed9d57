// Network figures in Chromium: the time from opening the search page with a query to grouped
// results, and the weight of the places page behind /reseau/carte/. (Coverage is not measured:
// without commune centres the site computes none.)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST, stats, statCells, withSite, type BenchTable } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];

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
        title: 'Places page weight',
        columns: ['measure', 'bytes'],
        rows: [['/reseau/carte/ HTML', html.length], ['/reseau/carte/ HTML gzip', gzipSync(html).length]],
        note: 'Places by department with their filters; no map is drawn until commune boundaries are available.',
      },
    ];
  });
}

export async function bench(): Promise<BenchTable[]> {
  return browser();
}
