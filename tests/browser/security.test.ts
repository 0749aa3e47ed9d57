// Security and privacy checks on the built site: every page carries the Content-Security-Policy,
// nothing inline that the policy would have to allow, and no eval in the shipped JavaScript.
// (CSP violations at run time show up as console errors in crawl.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, hasChromium, launch } from './harness';
import { DIST, EDITOR_PAGE, sitePages } from './site';
import { contentSecurityPolicy } from '../../site/lib/csp';

/** What a page's static DOM holds that a strict policy forbids or must know about. */
function inspect() {
  const all = [...document.querySelectorAll('*')];
  return {
    csp: [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map((m) => m.getAttribute('content')),
    cspFirst: document.head.firstElementChild?.nextElementSibling?.matches('meta[http-equiv="Content-Security-Policy" i]') ?? false,
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`)),
    inlineScripts: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !['application/json', 'application/ld+json'].includes(s.getAttribute('type') ?? ''))
      .map((s) => (s.textContent ?? '').slice(0, 80)),
    inlineStyles: [...document.querySelectorAll('style')].map((s) => (s.textContent ?? '').slice(0, 80)),
    styleAttributes: all.filter((el) => el.hasAttribute('style')).map((el) => `<${el.localName} style="${el.getAttribute('style')}">`),
    scriptUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a) ?? ''))
      .filter((v) => /^\s*javascript:/i.test(v)),
  };
}

/** Decap CMS's bundle: it needs eval, and only the editor's page, under its own policy, loads it. */
const EDITOR_BUNDLE = join(DIST, 'contribuer', 'editer', 'decap');

function jsFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== EDITOR_BUNDLE) jsFiles(p, out);
    }
    else if (/\.(m?js)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** eval and its relatives, as they appear in minified code (not `.evaluate(`, not `retrieval(`). */
const DYNAMIC_CODE = /(?<![\w$.])(eval\s*\(|new\s+Function\s*\(|Function\s*\(\s*["'`]|set(?:Timeout|Interval)\s*\(\s*["'`])/;

describe.skipIf(!hasChromium)('security and privacy of the built site', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = await (await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' })).newPage();
  });
  afterAll(async () => browser?.close());

  it.each(sitePages())('%s: carries the CSP and nothing inline', async (path) => {
    await page.goto(baseUrl() + path);
    const found = await page.evaluate(inspect);
    expect(found.csp, 'exactly one CSP meta with the site policy').toEqual([contentSecurityPolicy]);
    expect(found.cspFirst, 'the CSP meta comes right after <meta charset>, before anything it governs').toBe(true);
    expect(found.handlers, 'inline event handlers').toEqual([]);
    expect(found.inlineScripts, 'inline scripts').toEqual([]);
    expect(found.inlineStyles, 'inline <style> elements').toEqual([]);
    expect(found.styleAttributes, 'style attributes').toEqual([]);
    expect(found.scriptUrls, 'javascript: URLs').toEqual([]);
  });

  it('ships no eval or new Function in any JavaScript file of the site', () => {
    const files = jsFiles(DIST);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((f) => {
      const m = readFileSync(f, 'utf8').match(DYNAMIC_CODE);
      return m ? [`${f}: …${m[0]}…`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('the policy itself is strict', () => {
    expect(contentSecurityPolicy).toMatch(/default-src 'self'/);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
  });

  it('the editor page alone has its own policy, with eval for Decap CMS and still no other origin while no forge is set', async () => {
    await page.goto(baseUrl() + EDITOR_PAGE);
    const found = await page.evaluate(inspect);
    expect(found.csp).toHaveLength(1);
    expect(found.csp[0]).toContain("'unsafe-eval'");
    expect(found.csp[0]).toContain("connect-src 'self'");
    expect(found.csp[0]).not.toMatch(/\*|https?:/);
    expect(found.inlineScripts, 'inline scripts').toEqual([]);
    // Every other page was checked above for exactly the site policy, which has no eval.
    expect(sitePages()).not.toContain(EDITOR_PAGE);
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
  });
});
