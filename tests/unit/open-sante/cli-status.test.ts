// The CLI prints the Open Santé status of the values it exports, from the same records as the site.
// The records are invented for the test and written to a scratch folder (OPEN_SANTE_REVIEWS).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import visiere from '../../../designs/visiere-serre-tete/design';
import { buildArtifacts } from '../../../site/lib/artifacts';
import { generatorHash } from '../../../site/lib/openSante/generator';
import { readCriteria } from '../../../site/lib/openSante/records';
import { runCli } from '../../helpers/cli';

let scratch: string;
const criteria = readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'usinette-reviews-'));
  const dir = join(scratch, 'reviews', visiere.slug);
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(scratch, 'out'));
  const stl = (await buildArtifacts(visiere)).find((a) => a.variant === 'defaut' && a.format === 'stl')!;
  const base = {
    design: visiere.slug,
    designVersion: '1.0.0',
    reviewer: { organisation: 'Hôpital fictif des tests', kind: 'hopital', role: 'Cadre de santé' },
    files: [{ name: stl.fileName, sha256: stl.sha256 }],
    generator: generatorHash(visiere.slug),
  };
  writeFileSync(join(dir, '2020-05-04-hopital-debut.yaml'), stringify({ ...base, date: '2020-05-04', decision: 'debut-revue' }));
  writeFileSync(
    join(dir, '2020-05-20-hopital-favorable.yaml'),
    stringify({
      ...base,
      date: '2020-05-20',
      decision: 'favorable',
      useLevel: 'communautaire',
      criteria: criteria.visiere.map((c) => ({ id: c.id, result: 'conforme' })),
      envelope: { parameters: [{ id: 'headCircumference', min: 540, max: 600 }] },
    }),
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], reviews?: string, recalls?: string) =>
  runCli('export', [visiere.slug, '--out', join(scratch, 'out') + '/', ...args], {
    ...process.env, LANG: 'en_GB.UTF-8', ...(reviews && { OPEN_SANTE_REVIEWS: reviews }), ...(recalls && { OPEN_SANTE_RECALLS: recalls }),
  });

describe('the CLI’s Open Santé status', () => {
  it('names a parameter outside the reviewed envelope, with its reviewed range', () => {
    const outside = run(['--set', 'headCircumference=620', '--lang', 'fr'], join(scratch, 'reviews'));
    expect(outside.status, outside.stderr).toBe(0);
    expect(outside.stdout).toContain('Open Santé — Hors du périmètre revu\u00a0: Tour de tête à 620\u00a0mm (revu\u00a0: 540–600\u00a0mm).');
  });

  it('says "proposed" for the published designs, which no partner has reviewed', () => {
    const r = run([]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Open Santé — Proposed: Published by its authors, not reviewed by a health partner.');
  });

  it('says "recalled" when a recall concerns the design, over its validation', () => {
    const r = run(['--set', 'headCircumference=580'], join(scratch, 'reviews'), 'tests/fixtures/open-sante/recalls/good');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Open Santé — Recalled: do not make or distribute these parts any more.');
  });
});
