// After the build: packs the site with a dependency-free server into one zip that a coordinator
// copies to a USB key and serves with `node serve.mjs` on a machine with no internet.
// A copy is published with the site (dist/usinette-site.zip), linked from the offline pages;
// it is not in the archive itself, nor in the list of files the browser saves.
// Usage: tsx scripts/archive.ts [dist] [out.zip]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { ARCHIVE_URL } from '../site/offline/caches';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'archive/usinette-site.zip';
const here = dirname(new URL(import.meta.url).pathname);
const top = 'usinette';
const published = join(dist, ARCHIVE_URL.slice(1));

// Already compressed formats are stored as they are.
const STORED = /\.(zip|png|jpe?g|webp|gz|br|woff2?|pf_fragment|pf_index|pf_meta)$/i;

const tree: Zippable = {
  [`${top}/serve.mjs`]: readFileSync(join(here, 'portable/serve.mjs')),
  [`${top}/LISEZMOI-README.txt`]: readFileSync(join(here, 'portable/LISEZMOI.txt')),
};
function add(dir: string) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    // The editor needs its backend (decap-server), which the portable copy does not run.
    if (e.isDirectory()) {
      if (p !== join(dist, 'contribuer', 'editer')) add(p);
    } else if (p === published) continue; // a previous run's copy
    else tree[`${top}/site/${relative(dist, p).split(sep).join('/')}`] = [readFileSync(p), { level: STORED.test(e.name) ? 0 : 6 }];
  }
}
add(dist);

const zip = zipSync(tree, { mtime: new Date() });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip);
writeFileSync(published, zip);
console.log(`archive: ${out} (and ${published}), ${Object.keys(tree).length} files, ${(zip.byteLength / 1e6).toFixed(1)} MB`);
