// A validation binds to the exact files and to the generator: building the same design with one
// parameter default changed must drop its status from "validé" to "modifié"; a changed generator
// whose reference files come out byte for byte the same keeps it.
import { describe, expect, it } from 'vitest';
import visiere from '../../../designs/visiere-serre-tete/design';
import { defineDesign, type Design, type ParamSpecs } from '../../../designs/_kit';
import { buildArtifacts } from '../../../site/lib/artifacts';
import { deriveStatus } from '../../../site/lib/openSante/status';
import { criteria, validatedVisor } from '../../helpers/validatedVisor';

const reviewCriteria = criteria();
const asDesign = (d: unknown) => d as Design<ParamSpecs>;

/** The visor validated on the default variant's built files, no envelope (invented records, never published). */
const recordsFor = (files: { fileName: string; sha256: string }[], generator?: string) =>
  validatedVisor(files.filter((f) => f.fileName.includes('--defaut.')).map((f) => ({ name: f.fileName, sha256: f.sha256 })), { generator, envelope: null });

describe('status bound to the built files', () => {
  it('drops from validé to modifié when a parameter default changes', async () => {
    const original = await buildArtifacts(asDesign(visiere));
    const records = recordsFor(original);
    const before = deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: original, criteria: reviewCriteria });
    expect(before.display).toBe('valide-communautaire');

    const spec = visiere.params.headCircumference;
    const changed = defineDesign({ ...visiere, params: { ...visiere.params, headCircumference: { ...spec, default: spec.default + 20 } } });
    const rebuilt = await buildArtifacts(asDesign(changed));
    const after = deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: rebuilt, criteria: reviewCriteria });
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
    const derive = (files: typeof original, generator: string) => deriveStatus({ slug: visiere.slug, category: 'visiere', records, files, criteria: reviewCriteria, design: asDesign(visiere), generator });
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
