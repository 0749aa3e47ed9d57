// The portable archive made by `npm run build`: it holds the site and its server, and once
// unzipped, `node serve.mjs` serves every page, the WASM with its MIME type, and the customizer
// works under the server's Content-Security-Policy header.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customizerSettled, hasChromium, launch } from './harness';
import { sitePages } from './site';
import { contentSecurityPolicy } from '../../site/lib/csp';

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
