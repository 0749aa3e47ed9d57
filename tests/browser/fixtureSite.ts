// A scratch build of the site holding invented Open Santé data, for the browser tests that need
// it in the built pages: a recall of a whole design, a recall of one published file (by its
// SHA-256, computed here with the build's own code) and a partner's acceptance profile. The
// working tree is copied to a temporary folder, the fixtures are written there, and only the
// pages those tests open are built (design pages and their files, the catalogue, the verify page,
// the recall notices; no search index, no offline files), so the real data never holds a fixture
// and the build stays short. One build serves every test in open-sante-fixtures.test.ts; `npm test`
// makes it while it builds the real site.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { stringify } from 'yaml';
import { copyWorkingTree } from './editor/scratch';
import visiere from '../../designs/visiere-serre-tete/design';
import { formatOf } from '../../designs/_kit/export';
import { DEFAULT_VARIANT } from '../../designs/_kit/define';
import { evaluatedVariant } from '../../site/lib/variants';

/** The pages the fixture tests open (paths under site/pages/); every other page is left out of the scratch build. */
const PAGES = ['modeles/', 'open-sante/verifier.astro', 'open-sante/rappels/', 'fichiers/', 'apercus/'];

/** What the scratch site holds besides the real data. */
export const FIXTURES = {
  /** Recalled whole: every page of it says "rappelé". */
  designRecall: { id: 'essai-rappel-modele', design: 'visiere-feuille', date: '2020-06-01' },
  /** Only the headband's default STL is recalled. */
  fileRecall: { id: 'essai-rappel-fichier', design: visiere.slug, fileName: 'visiere-serre-tete--defaut.stl', date: '2020-06-02' },
  partner: { id: 'hopital-de-test', name: 'Hôpital de test' },
} as const;

export interface FixtureSite {
  url: string;
  /** SHA-256 of the recalled file. */
  recalledFile: string;
  close(): Promise<void>;
}

/** Written beside the built pages: what the tests need to know of the fixtures. */
const FACTS = 'fixtures.json';

/** The headband's default STL as the build writes it, hashed. */
async function defaultStlHash(): Promise<string> {
  const bytes = await formatOf('stl').write(await evaluatedVariant(visiere, DEFAULT_VARIANT));
  return createHash('sha256').update(bytes).digest('hex');
}

const recall = (design: string, date: string, file?: string) => ({
  design,
  ...(file && { file }),
  date,
  problem: { fr: 'Rappel inventé pour les tests, jamais publié.', en: 'Recall invented for the tests, never published.' },
  sources: [{ title: 'Fixture des tests Usinette' }],
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Builds the scratch site into `dir` (an empty folder): the copy, its fixtures, `dir/dist`. */
export async function buildFixtureSite(dir: string, root = process.cwd()): Promise<void> {
  copyWorkingTree(root, dir);
  const pages = join(dir, 'site/pages');
  for (const file of filesUnder(pages)) {
    const path = relative(pages, file).split(sep).join('/');
    if (!PAGES.some((p) => path === p || path.startsWith(p))) rmSync(file);
  }
  const recalledFile = await defaultStlHash();
  const { designRecall: d, fileRecall: f, partner } = FIXTURES;
  const recalls = join(dir, 'data/open-sante/recalls');
  mkdirSync(recalls, { recursive: true });
  writeFileSync(join(recalls, `${d.id}.yaml`), stringify(recall(d.design, d.date)));
  writeFileSync(join(recalls, `${f.id}.yaml`), stringify(recall(f.design, f.date, recalledFile)));
  mkdirSync(join(dir, 'data/open-sante/partners'), { recursive: true });
  copyFileSync(join(root, `tests/fixtures/open-sante/partners/${partner.id}.yaml`), join(dir, `data/open-sante/partners/${partner.id}.yaml`));

  const build = spawnSync('npx', ['astro', 'build', '--silent', '--outDir', join(dir, 'dist')], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`scratch build failed (${build.status}):\n${`${build.stdout}\n${build.stderr}`.slice(-3000)}`);
  writeFileSync(join(dir, FACTS), JSON.stringify({ recalledFile }));
}

/** Serves a scratch site built in `dir` on a free loopback port; `close` also removes `dir` when `owned`. */
async function serveFixtureSite(dir: string, owned: boolean): Promise<FixtureSite> {
  const { recalledFile } = JSON.parse(readFileSync(join(dir, FACTS), 'utf8')) as { recalledFile: string };
  const serve = sirv(join(dir, 'dist'), { dev: false, extensions: ['html'] });
  const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end('not found')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    recalledFile,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The scratch site: the one `npm test` built beside the real site (USINETTE_FIXTURE_SITE, see
 * scripts/test.ts), or one built now when the test runs alone.
 */
export async function fixtureSite(): Promise<FixtureSite> {
  const prebuilt = process.env.USINETTE_FIXTURE_SITE;
  if (prebuilt) return serveFixtureSite(prebuilt, false);
  const dir = mkdtempSync(join(tmpdir(), 'usinette-fixtures-'));
  try {
    await buildFixtureSite(dir);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return serveFixtureSite(dir, true);
}

// `tsx tests/browser/fixtureSite.ts <empty folder>`: builds the scratch site there (scripts/test.ts).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx tests/browser/fixtureSite.ts <empty folder>');
    process.exit(2);
  }
  await buildFixtureSite(dir);
}
