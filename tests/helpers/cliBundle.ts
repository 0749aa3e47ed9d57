// Global setup of the unit project: compiles scripts/export.ts and scripts/fabric.ts into one
// file each (tests/helpers/cli.ts runs them). Packages are bundled too, since Node scans every
// CommonJS package imported from ES modules for its export names; manifold-3d stays outside,
// as it finds its WASM file beside its own module.
import { renameSync } from 'node:fs';
import { build } from 'esbuild';
import { bundleOf, type CliName } from './cli';

const CLIS: CliName[] = ['export', 'fabric'];

export default async function setup() {
  await Promise.all(CLIS.map(async (name) => {
    const out = bundleOf(name);
    // Written aside, then renamed: a run that starts meanwhile never reads half a file.
    const partial = `${out}.${process.pid}.part`;
    await build({
      entryPoints: [`scripts/${name}.ts`],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['manifold-3d'],
      // Bundled CommonJS code calls require(): give the module one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    renameSync(partial, out);
  }));
}
