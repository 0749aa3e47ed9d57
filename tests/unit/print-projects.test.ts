// Print projects: every 3MF carries its design's print settings, plates lay copies
// out inside the bed, and the material estimate follows the settings.
import { describe, it, expect, beforeAll } from 'vitest';
import { designs, designBySlug } from '../../designs';
import { loadKernel, meshSolid, type Kernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { printSettingsOf } from '../../designs/_kit/frontMatter';
import { edgeReport, isClosedManifold } from '../../designs/_kit/meshCheck';
import { readPrusaConfig, readThreeMf, type ThreeMfObject } from '../../designs/_kit/threemfCheck';
import { BAMBU_CONFIG_PATH, PRUSA_CONFIG_PATH } from '../../designs/_kit/threemf';
import { arrange, footprint, parsePlate, plateContext, PLATE_GAP, PRINTERS, printerOf } from '../../designs/_kit/plate';
import { estimateMaterial, printedVolume } from '../../designs/_kit/material';
import { paramFileText, readParamFile } from '../../designs/_kit/paramFile';
import { primitives } from '../../designs/_kit/jscad';
import { toSolid } from '../../designs/_kit/model';
import type { AnyDesign } from '../../designs/_kit';
import type { PrintSettings } from '../../designs/_kit/printSettings';

let k: Kernel;
beforeAll(async () => {
  k = await loadKernel();
});

const solidDesigns = designs.filter((d) => d.formats.includes('3mf'));

async function threeMf(design: AnyDesign, input: Record<string, unknown>, print: PrintSettings | undefined = printSettingsOf(design.slug)) {
  const run = design.run(input);
  if (!run.ok) throw new Error(run.errors.map((e) => e.message.en).join(' '));
  const ctx = evaluateModel(k, design, run.values, run.model, print);
  return { ctx, file: readThreeMf(await formatOf('3mf').write(ctx)) };
}

function bounds(o: ThreeMfObject) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < o.triangles.length; i++) {
    min[i % 3] = Math.min(min[i % 3], o.triangles[i]);
    max[i % 3] = Math.max(max[i % 3], o.triangles[i]);
  }
  return { min, max };
}

describe('3MF files carry the print settings', () => {
  it('every 3D design has print settings in its front matter', () => {
    expect(solidDesigns.map((d) => d.slug)).toEqual(['visiere-serre-tete', 'attache-masque', 'crochet-charlotte']);
    for (const d of solidDesigns) expect(printSettingsOf(d.slug), d.slug).toBeDefined();
  });

  for (const design of solidDesigns) {
    it(`${design.slug}: defaults and presets read back as closed meshes in mm, with the design's settings for PrusaSlicer and Bambu/Orca`, async () => {
      const base = printSettingsOf(design.slug)!;
      for (const input of [{}, ...Object.keys(design.presets).map((n) => design.presetValues(n))]) {
        const { ctx, file } = await threeMf(design, input);
        expect(file.unit).toBe('millimeter');
        expect(file.objects.length).toBeGreaterThan(0);
        for (const o of file.objects) expect(isClosedManifold(edgeReport(o.triangles)), o.name).toBe(true);
        const prusa = readPrusaConfig(file.files[PRUSA_CONFIG_PATH]);
        const layer = ctx.print!.layerHeight;
        expect(prusa).toMatchObject({
          layer_height: String(layer),
          first_layer_height: String(layer),
          nozzle_diameter: String(base.nozzle),
          perimeters: String(base.perimeters),
          fill_density: `${base.infill}%`,
          support_material: base.supports ? '1' : '0',
          filament_type: base.material[0],
        });
        const bambu = JSON.parse(file.files[BAMBU_CONFIG_PATH]);
        expect(bambu).toMatchObject({ layer_height: String(layer), wall_loops: String(base.perimeters), sparse_infill_density: `${base.infill}%`, nozzle_diameter: [String(base.nozzle)], filament_type: [base.material[0]] });
      }
    });
  }

  it('a stacked headband is sliced at its stack pitch, whatever the front matter says', async () => {
    const band = designBySlug('visiere-serre-tete')!;
    const front: PrintSettings = { ...printSettingsOf(band.slug)!, layerHeight: 0.2 };
    const single = await threeMf(band, {}, front);
    expect(readPrusaConfig(single.file.files[PRUSA_CONFIG_PATH]).layer_height).toBe('0.2');
    const stack = await threeMf(band, band.presetValues('pile-6'), front);
    expect(readPrusaConfig(stack.file.files[PRUSA_CONFIG_PATH])).toMatchObject({ layer_height: '0.3', first_layer_height: '0.3' });
  });

  it('a design without settings writes a plain 3MF', async () => {
    const design = designBySlug('attache-masque')!;
    const run = design.run({});
    if (!run.ok) throw new Error('defaults refused');
    const file = readThreeMf(await formatOf('3mf').write(evaluateModel(k, design, run.values, run.model)));
    expect(file.files[PRUSA_CONFIG_PATH]).toBeUndefined();
    expect(file.files[BAMBU_CONFIG_PATH]).toBeUndefined();
  });
});

describe('plates', () => {
  it('cites a source for every printer, among them the ones makers used', () => {
    expect(PRINTERS.map((p) => p.id)).toEqual(['mk4', 'mk3s', 'mini', 'ender3', 'a1', 'p1s']);
    for (const p of PRINTERS) expect(p.source, p.id).toMatch(/^https:\/\/github\.com\/(prusa3d|Creality3DPrinting|bambulab)\//);
  });

  it('arranges a grid, turned when that holds more (counted by hand)', () => {
    // 50 × 30 on 250 × 210, 5 mm apart and from the edges: straight 4 columns (4 × 55 + 5 = 225)
    // × 5 rows (5 × 35 + 5 = 180) = 20; turned 30 × 50: 7 columns (7 × 35 + 5 = 250) × 3 rows = 21.
    const a = arrange([50, 30], { printer: 'mk4', copies: 'full' });
    expect(a.ok && [a.fits, a.placements.length, a.placements[0].turned]).toEqual([21, 21, true]);
    const b = arrange([50, 30], { printer: 'mk4', copies: 4 });
    expect(b.ok && b.placements.map((p) => [p.x, p.y])).toEqual([[5, 5], [40, 5], [75, 5], [110, 5]]);
  });

  it('says why a plate does not fit: a part larger than the bed, or more copies than fit', () => {
    const big = arrange([300, 10], { printer: 'mini', copies: 'full' });
    expect(!big.ok && big.error.en).toMatch(/larger than the Original Prusa MINI \/ MINI\+'s bed \(180 × 180 mm\)/);
    expect(!big.ok && big.error.fr).toMatch(/plus grande que le plateau/);
    const many = arrange([50, 30], { printer: 'mk4', copies: 22 });
    expect(!many.ok && many.error.en).toMatch(/22 copies do not fit .*: 21 at most/);
    expect(parsePlate('zz', 'full')).toMatchObject({ ok: false });
    expect(parsePlate('mk4', '0')).toMatchObject({ ok: false });
    expect(parsePlate('mk4', '2.5')).toMatchObject({ ok: false });
    expect(parsePlate(' mini ', ' 12 ')).toEqual({ ok: true, plate: { printer: 'mini', copies: 12 } });
  });

  // The ear saver's default footprint is 170 × 18 mm. On the MK4's 250 × 210 bed: straight, 1 column
  // (170 + 10 ≤ 250) × 8 rows (8 × 23 + 5 = 189) = 8; turned (18 × 170), 10 columns (10 × 23 + 5 = 235)
  // × 1 row = 10. On the MINI's 180 × 180: 7 × 1 either way (7 × 23 + 5 = 166).
  it.each([
    ['mk4', 10],
    ['mini', 7],
  ])('a full plate of ear savers on %s holds %i separate closed copies, apart and inside the bed', async (printer, expected) => {
    const design = designBySlug('attache-masque')!;
    const { ctx } = await threeMf(design, {});
    expect(footprint(ctx.meshes).map((v) => Math.round(v * 100) / 100)).toEqual([170, 18]);
    const plated = plateContext(ctx, { printer, copies: 'full' });
    if (!plated.ok) throw new Error(plated.error.en);
    const file = readThreeMf(await formatOf('3mf').write(plated.ctx));
    expect(file.objects).toHaveLength(expected);
    expect(file.items).toHaveLength(expected);
    expect(new Set(file.objects.map((o) => o.name)).size).toBe(expected);
    expect(readPrusaConfig(file.files[PRUSA_CONFIG_PATH]).perimeters).toBe('2');
    const [bx, by] = printerOf(printer)!.bed;
    const boxes = file.objects.map(bounds);
    for (const [i, o] of file.objects.entries()) {
      expect(isClosedManifold(edgeReport(o.triangles)), o.name).toBe(true);
      const { min, max } = boxes[i];
      expect(min[0]).toBeGreaterThanOrEqual(PLATE_GAP - 1e-3);
      expect(min[1]).toBeGreaterThanOrEqual(PLATE_GAP - 1e-3);
      expect(min[2]).toBeCloseTo(0, 4);
      expect(max[0]).toBeLessThanOrEqual(bx - PLATE_GAP + 1e-3);
      expect(max[1]).toBeLessThanOrEqual(by - PLATE_GAP + 1e-3);
      for (const other of boxes.slice(i + 1)) {
        // Apart by at least the gap along x or along y: the footprints never overlap.
        const apart = Math.max(other.min[0] - max[0], min[0] - other.max[0], other.min[1] - max[1], min[1] - other.max[1]);
        expect(apart).toBeGreaterThanOrEqual(PLATE_GAP - 1e-3);
      }
    }
  });

  it('a headband larger than the MINI is refused, with the sizes', async () => {
    const { ctx } = await threeMf(designBySlug('visiere-serre-tete')!, {});
    const plated = plateContext(ctx, { printer: 'mini', copies: 'full' });
    expect(!plated.ok && plated.error.en).toMatch(/is larger than the Original Prusa MINI/);
  });

  it('a parameter file carries the plate, and refuses a bad one naming it', () => {
    const known = Object.keys(designBySlug('attache-masque')!.params);
    const text = paramFileText('attache-masque', { length: 160 }, { printer: 'a1', copies: 12 });
    expect(readParamFile(text, 'attache-masque', known)).toEqual({ ok: true, values: { length: 160 }, plate: { printer: 'a1', copies: 12 } });
    const bad = JSON.stringify({ ...JSON.parse(text), plate: { printer: 'a1', copies: 'lots' } });
    const read = readParamFile(bad, 'attache-masque', known);
    expect(!read.ok && read.error.en).toMatch(/^"plate": Copies "lots" refused/);
  });
});

describe('material estimate from the settings', () => {
  it('counts walls, solid layers and infill on a 20 mm cube (by hand)', () => {
    const cube = meshSolid(k, toSolid(primitives.cuboid({ size: [20, 20, 20] })));
    const s: PrintSettings = { layerHeight: 0.2, nozzle: 0.4, perimeters: 2, infill: 20, supports: false, material: ['PLA'] };
    // Walls: 4 sides × 400 mm² × 2 × 0.45 mm = 1440; skins: 2 × 400 mm² × 4 layers × 0.2 mm = 640;
    // shell 2080 mm³, inside 8000 − 2080 = 5920 at 20 % = 1184: 3264 mm³.
    expect(printedVolume(cube, s)).toBeCloseTo(3264, 3);
    const e = estimateMaterial([cube], s);
    expect(e.filamentCm3).toBeCloseTo(3.264, 6);
    expect(e.materials[0].grams).toBeCloseTo(3.264 * 1.24, 6);
    // At 100 % infill the estimate is the solid volume.
    expect(printedVolume(cube, { ...s, infill: 100 })).toBeCloseTo(8000, 3);
  });
});
