// `npm run bench`: builds the site if needed, then runs every section in scripts/bench/
// (each exports `bench()` returning tables) and prints the tables. Also saved to
// bench-results/latest.md for the README.
import { readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { printTable, type BenchTable } from './bench/lib';

const only = process.argv.slice(2);
// USINETTE_DIST points the sections that read a built site at a private build instead.
if (!process.env.USINETTE_DIST && (!existsSync('dist/index.html') || process.env.BENCH_REBUILD)) {
  console.log('Building the site first (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Foundation first, then the others in name order.
const sections = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.ts') && f !== 'lib.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort((a, b) => (a === 'visor' ? -1 : b === 'visor' ? 1 : a.localeCompare(b)))
  .filter((name) => only.length === 0 || only.includes(name));

const out: string[] = [`# Usinette benchmark — ${new Date().toISOString()} — Node ${process.version}, ${process.platform}`];
let failed = false;
for (const name of sections) {
  const mod = (await import(pathToFileURL(`scripts/bench/${name}.ts`).href)) as { bench?: () => Promise<BenchTable[]> };
  if (typeof mod.bench !== 'function') continue;
  console.log(`\n## ${name}`);
  try {
    for (const table of await mod.bench()) {
      const text = printTable(table);
      console.log(`\n${text}`);
      out.push(text);
    }
  } catch (e) {
    failed = true;
    console.error(`section ${name} failed: ${(e as Error).stack}`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.md', out.join('\n\n') + '\n');
if (failed) process.exit(1);
