// The generator hash: the design's source, the kit modules its output depends on and the versions
// of the packages they import. Checked on a scratch tree, so each change is made on purpose.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatorOf } from '../../../site/lib/openSante/generator';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

function scratch() {
  root = mkdtempSync(join(tmpdir(), 'usinette-generator-'));
  write('designs/essai/design.ts', "import { outline } from '../_kit/shapes';\nimport type { Unused } from './types';\nexport default outline(10);\n");
  write('designs/essai/types.ts', 'export type Unused = number;\n');
  write('designs/_kit/shapes.ts', "import { square } from 'forme-test/sub';\n// import './absent'\nexport const outline = (n: number) => square(n);\n");
  write('designs/_kit/export.ts', "import { readFileSync } from 'node:fs';\nexport const exporters = [readFileSync];\n");
  write('designs/_kit/kernel.ts', "export const kernel = () => import('./wasm.js');\n");
  write('designs/_kit/wasm.ts', 'export const wasm = 1;\n');
  write('designs/_kit/unrelated.ts', 'export const other = 1;\n');
  write('node_modules/forme-test/package.json', '{ "name": "forme-test", "version": "1.0.0" }');
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the generator hash', () => {
  it('lists the design, every module it reaches, the exporters, the kernel and package versions', () => {
    scratch();
    expect(generatorOf('essai', root).parts.map((p) => p.split(' ')[0])).toEqual([
      'designs/_kit/export.ts',
      'designs/_kit/kernel.ts',
      'designs/_kit/shapes.ts',
      'designs/_kit/wasm.ts',
      'designs/essai/design.ts',
      'designs/essai/types.ts',
      'forme-test@1.0.0',
    ]);
  });

  it('changes with the design, with a kit module it imports, and with a package version', () => {
    scratch();
    const before = generatorOf('essai', root).sha256;
    write('designs/_kit/unrelated.ts', 'export const other = 2;\n');
    expect(generatorOf('essai', root).sha256, 'a module nothing imports').toBe(before);
    write('designs/_kit/shapes.ts', "import { square } from 'forme-test/sub';\nexport const outline = (n: number) => square(n + 1);\n");
    const kitChanged = generatorOf('essai', root).sha256;
    expect(kitChanged).not.toBe(before);
    write('node_modules/forme-test/package.json', '{ "name": "forme-test", "version": "1.0.1" }');
    const packageChanged = generatorOf('essai', root).sha256;
    expect(packageChanged).not.toBe(kitChanged);
    write('designs/essai/design.ts', "import { outline } from '../_kit/shapes';\nexport default outline(12);\n");
    expect(generatorOf('essai', root).sha256).not.toBe(packageChanged);
  });

  it('covers the real headband’s layout module and the geometry kernel’s package', () => {
    const parts = generatorOf('visiere-serre-tete').parts;
    expect(parts.some((p) => p.startsWith('designs/visiere-serre-tete/layout.ts '))).toBe(true);
    expect(parts.some((p) => /^manifold-3d@\d/.test(p))).toBe(true);
    expect(parts.some((p) => p.startsWith('designs/surblouse/'))).toBe(false);
    root = mkdtempSync(join(tmpdir(), 'usinette-generator-')); // nothing to clean but this
  });
});
