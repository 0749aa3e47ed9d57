// Shared tools for `npm run bench` sections: timing statistics, table printing, a served
// build of the site and a Chromium to measure it in. Numbers are printed, never asserted.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** One line saying what is measured and against which target. */
  note?: string;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the timings in ms. */
export async function time(fn: () => unknown | Promise<unknown>, runs = 12, warmup = 2): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

export const ms = (v: number) => v.toFixed(1);
/** The machine's load when a table was measured: a shared machine's figures depend on it. */
export const loadNote = () => `Load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at the end.`;
export const statCells = (s: Stats) => [ms(s.median), ms(s.min), ms(s.max), s.runs];

export function printTable(t: BenchTable): string {
  const cells = [t.columns, ...t.rows.map((r) => r.map(String))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const out = [`### ${t.title}`, '', line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)];
  if (t.note) out.push('', t.note);
  return out.join('\n');
}

/** The built site the sections measure: dist/, or USINETTE_DIST (a private `astro build --outDir`). */
export const DIST = process.env.USINETTE_DIST ?? 'dist';

/** Serves the built site on a loopback port and gives a Chromium; both are closed afterwards. */
export async function withSite<T>(fn: (site: { url: string; browser: Browser }) => Promise<T>): Promise<T> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npm run build\` first (npm run bench does).`);
  const serve = sirv(DIST, { dev: false, extensions: ['html'] });
  const server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    return await fn({ url: `http://127.0.0.1:${port}`, browser });
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
