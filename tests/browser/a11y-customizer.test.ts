// Accessibility of every customizer: the keyboard reaches every control and passes the 3D view
// without being trapped, the view has a text alternative naming dimensions and parts, reduced
// motion stops animations, and an invalid value leaves no serious axe violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, customizerSettled, hasChromium, launch } from './harness';
import { fileFor, sitePages } from './site';
import { readFileSync } from 'node:fs';
import { designs } from '../../designs';
import { is3d } from '../../designs/_kit/model';

const customizers = sitePages().filter((p) => p.endsWith('/') && readFileSync(fileFor(p), 'utf8').includes('data-customizer'));

describe.skipIf(!hasChromium)('customizer accessibility', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  it('finds customizer pages', () => expect(customizers.length).toBeGreaterThan(0));

  describe.each(customizers)('%s', (path) => {
    let page: Page;
    beforeAll(async () => {
      const context = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
      page = await context.newPage();
      await page.goto(baseUrl() + path);
      await customizerSettled(page);
    });
    afterAll(async () => page?.context().close());

    it('reaches every control with Tab and moves on past the 3D view', async () => {
      const controls = await page.$$eval('[data-customizer] :is(input, select, button, a[data-download])', (els) =>
        els.map((e) => e.id || e.getAttribute('data-download') || e.textContent?.trim() || ''),
      );
      await page.locator('[data-customizer] select, [data-customizer] input').first().focus();
      const reached = new Set<string>();
      let left = false;
      for (let i = 0; i < controls.length + 15 && !left; i++) {
        const at = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return { inside: !!a?.closest('[data-customizer]'), key: a ? a.id || a.getAttribute('data-download') || a.textContent?.trim() || '' : '' };
        });
        if (!at.inside) left = true;
        else reached.add(at.key);
        await page.keyboard.press('Tab');
      }
      expect(controls.filter((c) => !reached.has(c)), 'controls Tab never reached').toEqual([]);
      expect(left, 'focus leaves the customizer after its last control').toBe(true);
    });

    it('describes the 3D view in text: dimensions and parts', async () => {
      const view = page.locator('[data-viewport]');
      expect(await view.getAttribute('role')).toBe('img');
      // The first description is the view's; a 3D view adds how to turn it from the keyboard.
      const [descId, helpId] = ((await view.getAttribute('aria-describedby')) ?? '').split(' ');
      const desc = (await page.locator(`#${descId}`).textContent()) ?? '';
      if (await view.getAttribute('tabindex')) expect(await page.locator(`#${helpId}`).textContent()).toMatch(/(flèches|arrows)/);
      // Numbers as the page writes them: "2 250,5 × 180 × 12 mm".
      expect(desc).toMatch(/\d[\d\s.,]*×\s*\d[\d\s.,]*(×\s*\d[\d\s.,]*)?mm/);
      expect(desc, 'the parts are named').not.toMatch(/(pièces|parts)\s*:\s*\.?\s*$/);
      // By the names the page gives them, not the file's internal ids.
      const design = designs.find((d) => path.includes(`/${d.slug}/`))!;
      const run = design.run({});
      if (!run.ok) throw new Error(`${design.slug}: defaults refused`);
      const lang = path.startsWith('/en/') ? 'en' : 'fr';
      // The solids, or for a flat design its outlines (as summarize() picks them).
      const shown = run.model.parts.some(is3d) ? run.model.parts.filter(is3d) : run.model.parts;
      for (const part of shown) expect(desc).toContain(part.label[lang]);
      expect(desc).not.toMatch(/\w--\w/);
      // Nothing inside the view takes focus: the view itself does, for the keyboard orbit.
      expect(await page.locator('[data-viewport] :is(a, button, input, select, textarea, [tabindex]:not([tabindex="-1"]))').count()).toBe(0);
    });

    it('stops any animation or transition a page adds when reduced motion is asked for', async () => {
      // The site draws nothing that moves today; this holds the rule for whatever is added to
      // this page later: a spinning status mark, a sliding panel.
      const running = await page.evaluate(async () => {
        // A constructed sheet, as the page's CSP forbids inline <style>.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('@keyframes usinette-probe { to { opacity: 0.5; } } .usinette-probe { animation: usinette-probe 1s infinite; transition: opacity 1s; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const probe = document.createElement('div');
        probe.className = 'usinette-probe';
        document.querySelector('[data-customizer]')!.append(probe);
        probe.getBoundingClientRect();
        probe.style.opacity = '0.2';
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const moving = document.getAnimations().filter((a) => a.playState === 'running').length;
        probe.remove();
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        return moving;
      });
      expect(running).toBe(0);
    });

    it('shows an invalid value accessibly (no serious axe violation)', async () => {
      const field = page.locator('form[data-param-form] input[inputmode="decimal"]').first();
      await field.fill('abc');
      await page.waitForSelector('[aria-invalid="true"]');
      const violations = await axeViolations(page, '[data-customizer]');
      const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(grave).toEqual([]);
      expect(await page.locator('[data-error-for]:not([hidden])').first().textContent()).toContain('abc');
    });
  });
});
