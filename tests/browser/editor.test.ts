// The wiki's editor, end to end (issue 12): Decap CMS from the built site, against decap-server in
// git mode on a scratch copy of this repository (tests/browser/editor/scratch.ts). Each
// proposal is saved (a cms/… branch), set ready and published (merged into main), as a
// coordinator would; then the scratch copy is rebuilt and the site shows what was published.
// Invented entries live only in the scratch copy, never in the published data.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launch } from './harness';
import { DIST } from './site';
import { scratchRepo, type Scratch } from './editor/scratch';
import { field, fieldWithValue, logIn, publishNow, save, saved, setStatus } from './editor/decap';
import { startWiki, type Wiki } from '../../scripts/wiki';

const EDITOR = '/contribuer/editer/';

describe.skipIf(!hasChromium)('the editor: proposals reviewed, then published', () => {
  let scratch: Scratch;
  let wiki: Wiki;
  let browser: Browser;
  let page: Page;
  let rebuilt: string;

  const open = async (hash: string, viewport = { width: 1280, height: 900 }) => {
    await page?.close();
    page = await browser.newPage({ viewport });
    page.setDefaultTimeout(20_000);
    page.on('dialog', (d) => void d.accept()); // "publish now?": yes
    await logIn(page, `${wiki.url}${EDITOR}#${hash}`);
  };
  const branches = () => scratch.git('branch', '--list', 'cms/*').split('\n').filter(Boolean);
  /** Lines of one file that the last published proposal changed: [removed, added]. */
  const changedLines = (file: string) => {
    const diff = scratch.git('diff', 'HEAD~1', 'HEAD', '--unified=0', '--', file).split('\n');
    return [diff.filter((l) => l.startsWith('-') && !l.startsWith('---')), diff.filter((l) => l.startsWith('+') && !l.startsWith('+++'))];
  };
  /** Ready, then published: the proposal's branch is merged into main and removed. */
  const approveAndPublish = async () => {
    await setStatus(page, 'Prêt');
    await publishNow(page);
    await page.getByText('Entrée publiée', { exact: false }).first().waitFor();
    await expect.poll(branches).toEqual([]);
  };

  beforeAll(async () => {
    scratch = scratchRepo();
    wiki = await startWiki({ repo: scratch.dir, dist: DIST, port: 0, quiet: true });
    browser = await launch();
  }, 60_000);

  // What the editor showed when a step failed, for whoever reads the CI log.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await page?.screenshot({ path: `test-results/editor-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}.png` }).catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    scratch?.remove();
    if (rebuilt) rmSync(rebuilt, { recursive: true, force: true });
  });

  it('edits one protocol step: only that line changes once published', async () => {
    await open('/collections/protocoles/entries/emballage');
    const step = await fieldWithValue(page, 'Mettre des gants propres et travailler dans la zone propre.');
    await step.fill('Mettre des gants propres et neufs, puis travailler dans la zone propre.');
    await save(page);
    await saved(page);
    expect(branches()).toEqual(['cms/protocoles/emballage']);
    expect(scratch.git('show', 'main:protocols/emballage.mdx')).toContain('Mettre des gants propres et travailler'); // not published yet
    await approveAndPublish();
    expect(changedLines('protocols/emballage.mdx')).toEqual([
      ['-      fr: Mettre des gants propres et travailler dans la zone propre.'],
      ['+      fr: Mettre des gants propres et neufs, puis travailler dans la zone propre.'],
    ]);
  });

  it('edits a guide body that holds MDX components: they survive byte for byte', async () => {
    const file = 'guides/surblouse/index.mdx';
    const before = readFileSync(join(scratch.dir, file), 'utf8');
    const components = before.split('\n').filter((l) => /^<|highlight=\{|^- /.test(l));
    expect(components.length).toBeGreaterThan(10);
    await open('/collections/guides/entries/surblouse');
    const body = field(page, 'Texte de la page (Markdown/MDX)');
    const text = await body.inputValue();
    expect(text).toContain("highlight={['cut', 'fold']}");
    await body.fill(text.replace('Pliez le drap en deux dans le sens de la longueur.', 'Pliez le drap en deux, dans le sens de la longueur.'));
    await save(page);
    await saved(page);
    await approveAndPublish();
    const after = readFileSync(join(scratch.dir, file), 'utf8');
    expect(after.split('\n').filter((l) => /^<|highlight=\{|^- /.test(l))).toEqual(components);
    const [removed, added] = changedLines(file);
    expect(removed).toHaveLength(1);
    expect(added).toEqual(['+Pliez le drap en deux, dans le sens de la longueur. Posez le bord « PLIURE » du corps sur le pli :']);
  });
});
