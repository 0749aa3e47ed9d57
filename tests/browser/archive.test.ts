// The portable archive made by `npm run build`: it holds the site and its server, and once
// unzipped, `node serve.mjs` serves every page, the WASM with its MIME type, and the customizer
// works under the server's Content-Security-Policy header. The built site publishes it, linked
// from the offline pages, which say in plain words how to serve it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, customizerSettled, hasChromium, launch } from './harness';
import { DIST, sitePages } from './site';
import { contentSecurityPolicy } from '../../site/lib/csp';
import { ARCHIVE_URL, CATALOGUE_LIST, type CatalogueList } from '../../site/offline/caches';

const ARCHIVE = process.env.USINETTE_ARCHIVE ?? 'archive/usinette-site.zip';

describe('portable archive', () => {
  let dir: string;
  let entries: string[];
  let server: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const files = unzipSync(readFileSync(ARCHIVE));
    entries = Object.keys(files);
    dir = mkdtempSync(join(tmpdir(), 'usinette-archive-'));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    server = spawn(process.execPath, ['serve.mjs'], { cwd: join(dir, 'usinette'), env: { ...process.env, PORT: '0' } });
    origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/http:\/\/localhost:\d+/);
        if (m) resolve(m[0]);
      });
      server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
    });
  });
  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the server, the instructions and every page of the built site', () => {
    expect(entries).toContain('usinette/serve.mjs');
    expect(entries).toContain('usinette/LISEZMOI-README.txt');
    expect(entries).toContain('usinette/site/index.html');
    for (const page of sitePages()) {
      const file = page.endsWith('/') ? `${page}index.html` : page;
      expect(entries, page).toContain(`usinette/site${file}`);
    }
  });

  it('serves pages with the CSP header, the WASM as application/wasm, and nothing outside the site', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-security-policy')).toContain(contentSecurityPolicy);

    const wasm = entries.find((e) => e.endsWith('.wasm'))!.replace('usinette/site', '');
    const w = await fetch(origin + wasm);
    expect(w.status).toBe(200);
    expect(w.headers.get('content-type')).toBe('application/wasm');

    for (const page of sitePages().slice(0, 20)) expect((await fetch(origin + page)).status, page).toBe(200);
    expect((await fetch(`${origin}/nulle-part/`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/serve.mjs`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2fserve.mjs`)).status).toBe(404);
  });

  it('serves the tables and the review templates with their text types', async () => {
    for (const [ext, type] of [['.csv', /^text\/csv/], ['.yaml', /^text\/yaml/]] as const) {
      const file = entries.find((e) => e.endsWith(ext));
      expect(file, `a ${ext} file in the archive`).toBeDefined();
      const r = await fetch(origin + file!.replace('usinette/site', ''));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type'), ext).toMatch(type);
    }
  });

  it('says in both languages that the port is taken, without a stack trace, and exits non-zero', async () => {
    const port = new URL(origin).port;
    const second = spawn(process.execPath, ['serve.mjs'], { cwd: join(dir, 'usinette'), env: { ...process.env, PORT: port } });
    let out = '';
    second.stdout!.on('data', (d) => (out += d));
    second.stderr!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(out).toMatch(new RegExp(`port ${port} est déjà utilisé`, 'i'));
    expect(out).toMatch(new RegExp(`port ${port} is already in use`, 'i'));
    expect(out).toContain('PORT=9000 node serve.mjs');
    expect(out, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(out).not.toContain('EADDRINUSE');
  });

  it('is published with the built site, not inside itself, and not in the list of files the browser saves', () => {
    expect(Buffer.compare(readFileSync(join(DIST, ARCHIVE_URL)), readFileSync(ARCHIVE)), `${DIST}${ARCHIVE_URL} is the archive`).toBe(0);
    expect(entries.filter((e) => e.endsWith('.zip'))).toEqual([]);
    const list: CatalogueList = JSON.parse(readFileSync(join(DIST, CATALOGUE_LIST), 'utf8'));
    expect(list.files.map((f) => f.url)).not.toContain(ARCHIVE_URL);
  });

  it.runIf(hasChromium)('the offline pages link to it with its size and name the folder to open', async () => {
    // Every entry is in one folder: the one the instructions name.
    const top = entries[0].split('/')[0];
    expect(entries.every((e) => e.startsWith(`${top}/`))).toBe(true);
    const bytes = readFileSync(ARCHIVE).byteLength;
    const browser = await launch();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      for (const [path, lang, unit, folder] of [['/hors-ligne/', 'fr', 'Mo', `«\u00a0${top}\u00a0»`], ['/en/offline/', 'en', 'MB', `“${top}”`]] as const) {
        await page.goto(baseUrl() + path);
        const link = page.locator(`a[href="${ARCHIVE_URL}"]`);
        expect(await link.isVisible(), path).toBe(true);
        const size = `(${(bytes / 1e6).toLocaleString(lang, { maximumFractionDigits: 1 })} ${unit})`;
        await expect.poll(() => page.locator('[data-archive-size]').textContent(), { timeout: 10_000, message: path }).toBe(size);
        const text = (await page.locator('section[aria-labelledby="archive-title"]').textContent())!;
        expect(text, path).toContain(folder);
        expect(text, path).toContain('node serve.mjs');
        expect(text, path).not.toContain('npm run build');
      }
      // Opening the page that links the archive does not save the archive in the browser.
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 }).toMatch(/available offline/);
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
        return urls;
      });
      expect(cached.length).toBeGreaterThan(0);
      expect(cached).not.toContain(ARCHIVE_URL);
    } finally {
      await browser.close();
    }
  });

  it.runIf(hasChromium)('read from another computer of the network (plain http), the offline page says the archive already works', async () => {
    // A name for this machine that is not localhost: http on it is not a secure context.
    const browser = await launch(['--host-resolver-rules=MAP usinette.lan 127.0.0.1']);
    try {
      const page = await browser.newPage();
      const lan = origin.replace('localhost', 'usinette.lan');
      for (const [path, says, not] of [
        ['/hors-ligne/', /Cette adresse \(en http.*ne permet pas au navigateur d’enregistrer le site.*archive portable.*fonctionne déjà sans internet/, /Ce navigateur/],
        ['/en/offline/', /This address \(plain http.*does not let the browser save the site.*portable archive.*already works without internet/, /This browser/],
      ] as const) {
        await page.goto(lan + path);
        expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
        const message = page.locator('[data-offline-save] [data-message]');
        await expect.poll(() => message.textContent(), { timeout: 10_000, message: path }).toMatch(says);
        expect(await message.textContent()).not.toMatch(not);
        // This copy of the site does not hold the archive: no link to a missing file.
        await expect.poll(() => page.locator('[data-archive-download]').isHidden(), { timeout: 10_000 }).toBe(true);
      }
    } finally {
      await browser.close();
    }
  });

  const designPage = sitePages().find((p) => /^\/modeles\/[^/]+\/$/.test(p));
  it.runIf(hasChromium && designPage)('runs the customizer from the archive, under the header policy', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(origin + designPage!);
      await customizerSettled(page);
      expect(await page.locator('[data-download]').first().getAttribute('href')).toMatch(/^blob:/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
