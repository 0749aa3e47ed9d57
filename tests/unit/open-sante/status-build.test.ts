// A validation binds to the exact files and to the generator: building the same design with one
// parameter default changed must drop its status from "validé" to "modifié"; a changed generator
// whose reference files come out byte for byte the same keeps it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import visiere from '../../../designs/visiere-serre-tete/design';
import { defineDesign, type Design, type ParamSpecs } from '../../../designs/_kit';
import { buildArtifacts } from '../../../site/lib/artifacts';
import { readCriteria, type RecordFile } from '../../../site/lib/openSante/records';
import { deriveStatus } from '../../../site/lib/openSante/status';
import { reviewRecordSchema } from '../../../site/schemas/review';

const criteria = readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));
const asDesign = (d: unknown) => d as Design<ParamSpecs>;

/** Records written in memory from the files of `reviewed`: invented, never published. */
function recordsFor(files: { fileName: string; sha256: string }[], generator?: string): RecordFile[] {
  const base = {
    design: visiere.slug,
    generator,
    designVersion: '1.0.0',
    reviewer: { organisation: 'Hôpital fictif des tests', kind: 'hopital', role: 'Cadre de santé' },
    files: files.filter((f) => f.fileName.includes('--defaut.')).map((f) => ({ name: f.fileName, sha256: f.sha256 })),
  };
  const open = reviewRecordSchema.parse({ ...base, date: '2020-05-04', decision: 'debut-revue' });
  const done = reviewRecordSchema.parse({
    ...base,
    date: '2020-05-20',
    decision: 'favorable',
    useLevel: 'communautaire',
    criteria: criteria.visiere.map((c) => ({ id: c.id, result: 'conforme' })),
  });
  return [
    { path: 'memoire/2020-05-04-debut.yaml', record: open },
    { path: 'memoire/2020-05-20-favorable.yaml', record: done },
  ];
}

describe('status bound to the built files', () => {
  it('drops from validé to modifié when a parameter default changes', async () => {
    const original = await buildArtifacts(asDesign(visiere));
    const records = recordsFor(original);
    const before = deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: original, criteria });
    expect(before.display).toBe('valide-communautaire');

    const spec = visiere.params.headCircumference;
    const changed = defineDesign({ ...visiere, params: { ...visiere.params, headCircumference: { ...spec, default: spec.default + 20 } } });
    const rebuilt = await buildArtifacts(asDesign(changed));
    const after = deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: rebuilt, criteria });
    expect(after.state).toBe('valide-communautaire');
    expect(after.display).toBe('modifie');
    const reviewedDefault = original.find((f) => f.variant === 'defaut')!;
    expect(after.mismatches.map((m) => m.name)).toContain(reviewedDefault.fileName);
    expect(after.mismatches.find((m) => m.name === reviewedDefault.fileName)?.reviewed).toBe(reviewedDefault.sha256);
  });

  it('keeps the validation when a changed generator alters no reference output, and reports one that does', async () => {
    const reviewedGenerator = 'a'.repeat(64);
    const newGenerator = 'b'.repeat(64);
    const original = await buildArtifacts(asDesign(visiere));
    const records = recordsFor(original, reviewedGenerator);
    const derive = (files: typeof original, generator: string) => deriveStatus({ slug: visiere.slug, category: 'visiere', records, files, criteria, design: asDesign(visiere), generator });
    expect(derive(original, reviewedGenerator)).toMatchObject({ display: 'valide-communautaire', generatorChanged: false });

    // A refactor: the build goes through another function, the reference files are the same bytes.
    const refactored = defineDesign({ ...visiere, build: (values) => visiere.build({ ...values }) });
    const same = derive(await buildArtifacts(asDesign(refactored)), newGenerator);
    expect(same).toMatchObject({ display: 'valide-communautaire', generatorChanged: true, mismatches: [] });

    const thinner = defineDesign({ ...visiere, build: (values) => visiere.build({ ...values, bandThickness: values.bandThickness - 0.1 }) });
    const changed = derive(await buildArtifacts(asDesign(thinner)), newGenerator);
    expect(changed).toMatchObject({ display: 'modifie', generatorChanged: true });
    expect(changed.envelope).toBeUndefined();
  });
});
