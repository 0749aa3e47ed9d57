// Performance budgets of the built site, printed by `npm run bench` (the JS sizes are also
// asserted, by tests/browser/budgets.test.ts, through jsWeight.ts):
// JavaScript per page type (gzip) and where three.js/JSCAD load; a design page on a weak phone
// (4× CPU slowdown, slow 4G); Lighthouse scores; build time of a synthetic 100-design catalogue.
// Alone: npx tsx scripts/bench/budgets.ts [--no-synthetic] [--no-lighthouse] [--only-synthetic] [--only-flat]
// USINETTE_DIST measures another build (e.g. a private `astro build --outDir /tmp/x-dist`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST, printTable, stats, type BenchTable } from './lib';
import { KB, PAGE_JS_BUDGET, chunkHolds, chunkName, gzipped as gzippedIn } from './jsWeight';

const kB = (n: number) => (n / 1024).toFixed(1);
const JS_BUDGET_KB = PAGE_JS_BUDGET / KB;

/**
 * Serves a copy of dist/ with precompressed text files (brotli and gzip, as any static host
 * compresses) and gives a Chromium: transfer sizes on slow 4G are then realistic.
 */
async function withSite<T>(fn: (site: { url: string; browser: Browser }) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-budgets-'));
  cpSync(DIST, dir, { recursive: true });
  const compress = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) compress(p);
      else if (/\.(html|js|mjs|css|json|svg|wasm|txt|xml|stl|dxf)$/.test(e.name)) {
        const bytes = readFileSync(p);
        writeFileSync(`${p}.gz`, gzipSync(bytes));
        writeFileSync(`${p}.br`, brotliCompressSync(bytes));
      }
    }
  };
  compress(dir);
  const serve = sirv(dir, { dev: false, extensions: ['html'], gzip: true, brotli: true });
  const server = createServer((req, res) => serve(req, res, () => void ((res.statusCode = 404), res.end())));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    return await fn({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, browser });
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every built page, as URL paths. */
function pages(dir = DIST, base = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory() && !['_astro', 'pagefind', 'fichiers'].includes(rel)) out.push(...pages(dir, rel));
    else if (e.name === 'index.html') out.push(`/${base ? `${base}/` : ''}`);
  }
  return out.sort();
}

/** "/modeles/visiere/" → "/modeles/*‍/": one row per kind of page. */
const pageType = (p: string) => {
  const s = p.split('/').filter(Boolean);
  const lang = s[0] === 'en' ? s.shift() : undefined;
  const shape = s.length >= 2 ? [...s.slice(0, -1), '*'] : s;
  return `/${[lang, ...shape].filter(Boolean).map((x) => `${x}/`).join('')}`;
};

const gzipped = (pathname: string) => gzippedIn(DIST, pathname);
const contains = (pathname: string, marker: string) => readFileSync(join(DIST, decodeURIComponent(pathname)), 'utf8').includes(marker);

interface Load {
  atLoad: number;
  afterPaint: number;
  wasm: number;
  three?: 'eager' | 'lazy';
  jscad?: 'eager' | 'lazy';
}

/** Loads one page and sorts what JavaScript it fetched: before first paint, or after it. */
async function jsOf(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen: { path: string; at: number }[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === new URL(url).origin && /\.(m?js|wasm)$/.test(u.pathname)) seen.push({ path: u.pathname, at: Date.now() });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('[data-customizer]').count()) {
    await page.waitForFunction(() => window.__usinette?.ready && window.__usinette.changeToDrawn.length > 0, null, { timeout: 60_000 }).catch(() => undefined);
  }
  await page.waitForLoadState('networkidle');
  const paint = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return performance.timeOrigin + (fcp ? fcp.startTime : performance.getEntriesByType('navigation')[0].duration);
  });
  await context.close();
  const load: Load = { atLoad: 0, afterPaint: 0, wasm: 0 };
  for (const { path, at } of new Map(seen.map((s) => [s.path, s])).values()) {
    const lazy = at > paint;
    if (path.endsWith('.wasm')) load.wasm += gzipped(path);
    else if (lazy) load.afterPaint += gzipped(path);
    else load.atLoad += gzipped(path);
    if (path.endsWith('.js') && contains(path, 'WebGLRenderer')) load.three = lazy ? 'lazy' : 'eager';
    if (path.endsWith('.js') && contains(path, 'geom3')) load.jscad = lazy ? 'lazy' : 'eager';
  }
  return load;
}

async function javascript(): Promise<BenchTable> {
  const byType = new Map<string, string[]>();
  for (const p of pages()) byType.set(pageType(p), [...(byType.get(pageType(p)) ?? []), p]);
  return withSite(async ({ url, browser }) => {
    const rows: (string | number)[][] = [];
    for (const [type, list] of byType) {
      const l = await jsOf(browser, url + list[0]);
      const total = l.atLoad + l.afterPaint;
      const customizer = !!l.three || !!l.jscad;
      const verdict = customizer ? `customizer: ${kB(l.atLoad)} kB before paint` : total <= JS_BUDGET_KB * 1024 ? 'within' : 'OVER';
      rows.push([type, list.length, kB(l.atLoad), kB(l.afterPaint), kB(l.wasm), l.three ?? '-', l.jscad ?? '-', verdict]);
    }
    return {
      title: 'JavaScript per page type (gzip, first page of each type, service worker blocked)',
      columns: ['page type', 'pages', 'JS before paint kB', 'JS after paint kB', 'WASM kB', 'three.js', 'JSCAD', `budget ${JS_BUDGET_KB} kB`],
      rows,
      note: `Budget: pages other than the customizer ship ≤ ${JS_BUDGET_KB} kB of JS (gzip); three.js and JSCAD only on customizer pages, after first paint ("lazy").`,
    };
  });
}

/** The flat designs' customizer pages (sheets, patterns): an SVG preview, no three.js. */
const flatCustomizerPages = () => pages().filter((p) => !p.startsWith('/en/') && /^\/modeles\/[^/]+\/$/.test(p) && readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('data-dimensions="2d"'));

/**
 * What a flat design's page requests, step by step: at its first paint, by its first preview
 * (the default values), when a download is asked for at the defaults, then after a change of
 * value, when each format is asked for. Each row: the new scripts, their gzipped size and what
 * they hold.
 */
async function flatCustomizers(): Promise<BenchTable> {
  return withSite(async ({ url, browser }) => {
    const rows: (string | number)[][] = [];
    for (const path of flatCustomizerPages()) {
      const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
      const page = await context.newPage();
      const seen = new Map<string, number>();
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (u.origin === new URL(url).origin && /\.(m?js|wasm)$/.test(u.pathname) && !seen.has(u.pathname)) seen.set(u.pathname, Date.now());
      });
      const counted = new Set<string>();
      let total = 0;
      const step = (name: string, until = Infinity) => {
        const fresh = [...seen].filter(([p, at]) => !counted.has(p) && at <= until).map(([p]) => p);
        for (const p of fresh) counted.add(p);
        const kBs = fresh.filter((p) => !p.endsWith('.wasm')).reduce((n, p) => n + gzipped(p), 0);
        total += kBs;
        const what = fresh.map((p) => `${chunkName(p)} ${kB(gzipped(p))}${chunkHolds(DIST, p).length ? ` (${chunkHolds(DIST, p).join(', ')})` : ''}`);
        rows.push([rows.some((r) => r[0] === path) ? '' : path, name, kB(kBs), kB(total), what.join('; ') || '-']);
      };
      const settled = () => page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
      const formats = async () => page.locator('[data-download]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.download!));
      const download = async (format: string) => {
        const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-download="${format}"]`)]);
        await d.path();
        await page.waitForLoadState('networkidle');
      };
      await page.goto(url + path, { waitUntil: 'load' });
      await settled();
      await page.waitForLoadState('networkidle');
      // The page's own scripts: those asked for before its design worker.
      const worker = [...seen].find(([p]) => /\/design\.worker[.-]/.test(p))?.[1] ?? Infinity;
      step('page load (before the design worker)', worker - 1);
      step('first preview (defaults), links ready');
      const all = await formats();
      await download(all[0]);
      step(`${all[0]} asked, default values`);
      const field = page.locator('form[data-param-form] input[data-number]').first();
      const id = await page.evaluate(() => window.__usinette!.lastId);
      const [value, stepBy] = await field.evaluate((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).dataset.step ?? '1']);
      await field.fill(String(Number(value.replace(',', '.')) + Number(stepBy)));
      await page.waitForFunction((last) => window.__usinette!.lastId > last, id);
      await settled();
      await page.waitForLoadState('networkidle');
      step('other values drawn');
      for (const format of all) {
        await download(format);
        step(`${format} asked`);
      }
      await context.close();
    }
    return {
      title: 'Flat designs’ customizer pages: JavaScript requested at each step (gzip kB, service worker blocked)',
      columns: ['page', 'step', 'new JS kB', 'JS so far kB', 'new files: kB and what they hold (WASM not counted in JS)'],
      rows,
      note: 'Steps in order: the page\'s own scripts (before its design worker); the preview of the default values with the download links ready; the first format asked for at the defaults; a number field one step up, drawn; then each format asked for, in the order of the links.',
    };
  });
}

/** Lighthouse's DevTools "slow 4G" throttling with a 4× slower CPU, as on a weak phone. */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One cold load of `url` on a weak phone: seconds from navigation to usable, preview drawn, files ready. */
async function weakPhoneLoad(browser: Browser, url: string) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { waitUntil: 'commit' });
  // Usable: the form and the default ready-made download link are in the page.
  await page.waitForSelector('form[data-param-form] input, form[data-param-form] select', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector('a[data-static-download="defaut"]', { state: 'attached', timeout: 60_000 });
  const usable = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => (window.__usinette?.changeToDrawn.length ?? 0) > 0, null, { timeout: 120_000, polling: 50 });
  const drawn = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 120_000, polling: 50 });
  const ready = await page.evaluate(() => performance.now());
  await context.close();
  return { usable, drawn, ready };
}

async function weakPhone(): Promise<BenchTable> {
  // The reference design when it is built, else the first design page.
  const all = pages();
  const design = all.includes('/modeles/visiere-serre-tete/') ? '/modeles/visiere-serre-tete/' : all.find((p) => /^\/modeles\/[^/]+\/$/.test(p));
  if (!design) throw new Error(`no design page in ${DIST}/`);
  // Shared links: one naming a preset (its preview is prepared at build, like the defaults'), and
  // one with values the build did not prepare (the first number field one step up), whose first
  // preview comes from the design worker and the kernel.
  const html = readFileSync(join(DIST, design, 'index.html'), 'utf8');
  const presets = html.match(/data-presets>(\{.*?\})<\/script>/);
  const preset = Object.keys(JSON.parse(presets?.[1] ?? '{}'))[0];
  const field = html.match(/<input[^>]*name="(\w+)"[^>]*value="([\d.,]+)"[^>]*data-number[^>]*data-step="([\d.]+)"/);
  const custom = field ? `${field[1]}=${Number(field[2].replace(',', '.')) + Number(field[3])}` : undefined;
  return withSite(async ({ url, browser }) => {
    const plain: Awaited<ReturnType<typeof weakPhoneLoad>>[] = [];
    const link: Awaited<ReturnType<typeof weakPhoneLoad>>[] = [];
    const customLink: Awaited<ReturnType<typeof weakPhoneLoad>>[] = [];
    for (let i = 0; i < 3; i++) {
      plain.push(await weakPhoneLoad(browser, url + design));
      if (preset) link.push(await weakPhoneLoad(browser, `${url}${design}?preset=${preset}`));
      if (custom) customLink.push(await weakPhoneLoad(browser, `${url}${design}?${custom}`));
    }
    const cells = (xs: number[]) => {
      const s = stats(xs);
      return [(s.median / 1000).toFixed(2), (s.min / 1000).toFixed(2), (s.max / 1000).toFixed(2), s.runs];
    };
    const rows: (string | number)[][] = [
      ['usable: form + default download link', ...cells(plain.map((r) => r.usable))],
      ['3D preview drawn', ...cells(plain.map((r) => r.drawn))],
      ['customized file ready for download', ...cells(plain.map((r) => r.ready))],
    ];
    if (preset) {
      rows.push([`shared link ?preset=${preset}: 3D preview drawn`, ...cells(link.map((r) => r.drawn))]);
      rows.push([`shared link ?preset=${preset}: customized file ready`, ...cells(link.map((r) => r.ready))]);
    }
    if (custom) {
      rows.push([`shared link ?${custom} (not prepared): 3D preview drawn`, ...cells(customLink.map((r) => r.drawn))]);
      rows.push([`shared link ?${custom} (not prepared): customized file ready`, ...cells(customLink.map((r) => r.ready))]);
    }
    return {
      title: `Design page ${design} on a weak phone (4× CPU slowdown, slow 4G: 562 ms RTT, 1.47 Mbit/s; cold cache)`,
      columns: ['from navigation to', 'median s', 'min s', 'max s', 'runs'],
      rows,
      note:
        'Targets: usable < 2.5 s, preview drawn < 4 s. Headless Chromium draws with software GL. Opened without values, the page draws ' +
        'the published STL of the default values, or of the preset a link names (prepared at build); a link with other values waits for the design worker and the kernel.',
    };
  });
}

/** Lighthouse 12 (mobile, simulated throttling) on the home, catalogue, a design and a guide. */
async function lighthouse(): Promise<BenchTable> {
  const all = pages();
  const targets = [
    ['home', '/'],
    ['catalogue', '/modeles/'],
    ['design', all.includes('/modeles/visiere-serre-tete/') ? '/modeles/visiere-serre-tete/' : all.find((p) => /^\/modeles\/[^/]+\/$/.test(p))],
    ['guide', all.find((p) => /^\/guides\/[^/]+\/$/.test(p))],
  ].filter((t): t is [string, string] => !!t[1] && all.includes(t[1]));
  let lh: typeof import('lighthouse').default;
  try {
    lh = (await import('lighthouse')).default;
  } catch {
    return { title: 'Lighthouse', columns: ['status'], rows: [['lighthouse is not installed (npm i -E -D lighthouse@12.2.3)']] };
  }
  return withSite(async ({ url }) => {
    const rows: (string | number)[][] = [];
    for (const [name, path] of targets) {
      // Lighthouse drives its own Chromium through chrome-launcher's debugging port.
      const { launch } = await import('chrome-launcher');
      const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
      try {
        const r = await lh(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        const c = r!.lhr.categories;
        const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
        rows.push([name, path, score('performance'), score('accessibility'), score('best-practices'), (r!.lhr.audits['largest-contentful-paint']?.numericValue ?? 0).toFixed(0)]);
      } finally {
        await chrome.kill();
      }
    }
    return {
      title: 'Lighthouse 12.2.3 (mobile preset, simulated slow 4G + 4× CPU)',
      columns: ['page', 'path', 'performance', 'accessibility', 'best practices', 'LCP ms'],
      rows,
      note: 'Target: every score ≥ 95.',
    };
  });
}

/** Copies the project to a temp dir (node_modules linked) with `extra` clones of the reference design. */
function synthetic(extra: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-synth-'));
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'archive', 'test-results', 'bench-results', 'scratch']);
  for (const e of readdirSync('.')) if (!skip.has(e)) cpSync(e, join(dir, e), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  const ref = 'visiere-serre-tete';
  let registry = readFileSync(join(dir, 'designs/index.ts'), 'utf8');
  const imports: string[] = [];
  const entries: string[] = [];
  for (let i = 1; i <= extra; i++) {
    const slug = `synthetique-${String(i).padStart(3, '0')}`;
    const to = join(dir, 'designs', slug);
    for (const f of ['design.ts', 'layout.ts', 'plan.ts', 'stack.ts', 'index.mdx', 'en.mdx']) {
      if (existsSync(join('designs', ref, f))) cpSync(join('designs', ref, f), join(to, f));
    }
    const design = join(to, 'design.ts');
    writeFileSync(design, readFileSync(design, 'utf8').replace(`slug: '${ref}'`, `slug: '${slug}'`));
    imports.push(`import synth${i} from './${slug}/design';`);
    entries.push(`  synth${i},`);
  }
  registry = registry.replace(/(import type[^\n]*\n)/, `$1${imports.join('\n')}\n`).replace(/(\n\];)/, `\n${entries.join('\n')}$1`);
  writeFileSync(join(dir, 'designs/index.ts'), registry);
  return dir;
}

function buildTime(dir: string): number {
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--silent'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build in ${dir} failed: ${r.stderr.slice(-2000)}`);
  return performance.now() - t0;
}

async function catalogueGrowth(): Promise<BenchTable> {
  const real = (await import('../../designs')).designs.length;
  const rows: (string | number)[][] = [];
  for (const total of [real, 100]) {
    if (total < real) continue;
    const dir = synthetic(total - real);
    try {
      const ms = buildTime(dir);
      const built = readdirSync(join(dir, 'dist/modeles'), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
      rows.push([total === real ? `${total} (real catalogue)` : `${total} (synthetic)`, built, (ms / 1000).toFixed(1), (ms / total / 1000).toFixed(2)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    title: 'astro build time as the catalogue grows (synthetic designs are clones of the reference design)',
    columns: ['designs', 'design pages built (fr)', 'build s', 's per design'],
    rows,
    note: 'Growth should be linear: the "s per design" column should stay flat or fall.',
  };
}

export async function bench(): Promise<BenchTable[]> {
  const args = process.argv.slice(2);
  if (args.includes('--only-flat')) return [await flatCustomizers()];
  const tables = args.includes('--only-synthetic') ? [] : [await javascript(), await flatCustomizers(), await weakPhone()];
  if (!args.includes('--no-lighthouse') && !args.includes('--only-synthetic')) tables.push(await lighthouse());
  if (!args.includes('--no-synthetic')) tables.push(await catalogueGrowth());
  return tables;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const t of await bench()) console.log(`\n${printTable(t)}`);
}
