// Material estimate against a slicer: for every published 3MF, Usinette's estimate (material.ts,
// from the file's own triangles and the settings it carries) beside PrusaSlicer's "filament used"
// after slicing the same file with no setting passed. PrusaSlicer is for this bench only (Debian:
// `apt-get install -y prusa-slicer`); never in the build or the tests. Without it the section
// says so and prints the estimates alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designs } from '../../designs';
import { buildArtifacts } from '../../site/lib/artifacts';
import { printedVolume } from '../../designs/_kit/material';
import { readPrusaConfig, readThreeMf } from '../../designs/_kit/threemfCheck';
import { PRUSA_CONFIG_PATH } from '../../designs/_kit/threemf';
import type { PrintSettings } from '../../designs/_kit/printSettings';
import type { BenchTable } from './lib';

/** The settings a 3MF carries, read back from PrusaSlicer's configuration in it. */
function settingsOf(config: Record<string, string>): PrintSettings {
  return {
    layerHeight: Number(config.layer_height),
    nozzle: Number(config.nozzle_diameter),
    perimeters: Number(config.perimeters),
    infill: Number(config.fill_density.replace('%', '')),
    supports: config.support_material === '1',
    material: [config.filament_type],
  };
}

/** The estimate for a 3MF file, cm³: each object's triangles as the file stores them. */
function estimateOf(bytes: Uint8Array): { cm3: number; settings: PrintSettings } {
  const file = readThreeMf(bytes);
  const settings = settingsOf(readPrusaConfig(file.files[PRUSA_CONFIG_PATH]));
  const mm3 = file.objects.reduce((sum, o) => {
    const positions = o.triangles;
    const indices = Uint32Array.from({ length: positions.length / 3 }, (_, i) => i);
    return sum + printedVolume({ positions, indices }, settings);
  }, 0);
  return { cm3: mm3 / 1000, settings };
}

const hasPrusaSlicer = () => spawnSync('prusa-slicer', ['--help'], { stdio: 'ignore' }).status === 0;

/** PrusaSlicer's "filament used" (cm³) and print time for a 3MF, on a bed large enough for every published file. */
function slice(path: string): { cm3: number; time: string } | { error: string } {
  const gcode = `${path}.gcode`;
  const r = spawnSync('prusa-slicer', ['--export-gcode', path, '--bed-shape', '0x0,300x0,300x300,0x300', '--center', '150,150', '--output', gcode], { encoding: 'utf8' });
  if (r.status !== 0) return { error: (r.stderr.split('\n').filter((l) => l && !l.includes('[trace]')).at(-1) ?? `status ${r.status}`).slice(0, 80) };
  const text = readFileSync(gcode, 'utf8');
  const cm3 = Number(/^; filament used \[cm3\] = ([\d.]+)/m.exec(text)?.[1]);
  const time = /^; estimated printing time \(normal mode\) = (.*)$/m.exec(text)?.[1] ?? '';
  return { cm3, time };
}

export async function bench(): Promise<BenchTable[]> {
  const slicer = hasPrusaSlicer();
  const dir = mkdtempSync(join(tmpdir(), 'usinette-slicer-'));
  const rows: (string | number)[][] = [];
  const gaps: number[] = [];
  try {
    for (const design of designs.filter((d) => d.formats.includes('3mf'))) {
      for (const a of (await buildArtifacts(design)).filter((x) => x.format === '3mf')) {
        const { cm3, settings } = estimateOf(a.bytes);
        const described = `${settings.layerHeight} mm, ${settings.perimeters} per., ${settings.infill} %`;
        if (!slicer) {
          rows.push([a.fileName, described, cm3.toFixed(2)]);
          continue;
        }
        const path = join(dir, a.fileName);
        writeFileSync(path, a.bytes);
        const sliced = slice(path);
        if ('error' in sliced) {
          rows.push([a.fileName, described, cm3.toFixed(2), '—', sliced.error, '']);
          continue;
        }
        const gap = ((cm3 - sliced.cm3) / sliced.cm3) * 100;
        gaps.push(Math.abs(gap));
        rows.push([a.fileName, described, cm3.toFixed(2), sliced.cm3.toFixed(2), `${gap >= 0 ? '+' : ''}${gap.toFixed(1)} %`, sliced.time]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!slicer) {
    return [{
      title: 'Material estimate per published 3MF (PrusaSlicer not installed: no comparison)',
      columns: ['file', 'settings carried', 'estimate cm³'],
      rows,
      note: 'PrusaSlicer was not found on PATH (`apt-get install -y prusa-slicer` on Debian, for this bench only): the estimates are printed alone.',
    }];
  }
  const worst = gaps.length ? Math.max(...gaps) : NaN;
  return [{
    title: 'Material estimate vs PrusaSlicer "filament used", every published 3MF',
    columns: ['file', 'settings carried', 'estimate cm³', 'PrusaSlicer cm³', 'gap', 'PrusaSlicer time (its default printer)'],
    rows,
    note: `Target: within 15 %. Largest gap: ${worst.toFixed(1)} % over ${gaps.length} files. PrusaSlicer slices each file as published, with no setting passed (it reads the settings the file carries), on a 300 × 300 mm bed with the file centred; its default printer adds one skirt loop, which the estimate leaves out. The time is that printer's, given for reference: Usinette gives none.`,
  }];
}
