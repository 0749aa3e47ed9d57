// The design worker keeps evaluated subtrees across changes (designs/_kit/kernel.ts): a file
// downloaded after A → B → A must be the CLI's file for A, byte for byte, not a stale or
// history-dependent one.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, customizerSettled, hasChromium, openCustomizer } from './harness';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

function cliStl(values: Record<string, string>) {
  const out = join(mkdtempSync(join(tmpdir(), 'usinette-cache-')), 'band.stl');
  const sets = Object.entries(values).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', 'visiere-serre-tete', ...sets, '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return readFileSync(out);
}

async function setAndSettle(page: Page, field: string, value: string) {
  const id = await page.evaluate(() => window.__usinette!.lastId);
  await page.fill(`#p-${field}`, value);
  await customizerSettled(page, id);
}

async function downloadedStl(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="stl"]')]);
  return readFile((await download.path())!);
}

describe.skipIf(!hasChromium)('visor customizer with kept subtrees', () => {
  it('after A → B → A the STL is the CLI’s for A, and in between the CLI’s for B', async () => {
    const { page, context } = await openCustomizer(browser, '/modeles/visiere-serre-tete/');
    await setAndSettle(page, 'headCircumference', '600');
    await setAndSettle(page, 'bandHeight', '16');
    const a = await downloadedStl(page);
    // B leaves the pins, the plan outline and the web as they were: they come from the cache.
    await setAndSettle(page, 'bandHeight', '22');
    const b = await downloadedStl(page);
    await setAndSettle(page, 'bandHeight', '16');
    const again = await downloadedStl(page);
    const cliA = cliStl({ headCircumference: '600', bandHeight: '16' });
    expect(a.equals(cliA)).toBe(true);
    expect(again.equals(cliA)).toBe(true);
    expect(b.equals(cliStl({ headCircumference: '600', bandHeight: '22' }))).toBe(true);
    await context.close();
  });
});
