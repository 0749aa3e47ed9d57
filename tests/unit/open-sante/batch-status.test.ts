// A batch's status on the verify page, from its link: the variant's status under the review, a
// recall of its very file, and the generator it was made with. The validation and the recall are
// invented in memory for the test (never published); the design is the real headband.
import { describe, expect, it } from 'vitest';
import visiere from '../../../designs/visiere-serre-tete/design';
import { deriveStatus } from '../../../site/lib/openSante/status';
import { variantTexts } from '../../../site/lib/openSante/scope';
import { batchStatus, generatorOfBatch } from '../../../site/lib/openSante/batchStatus';
import type { BatchLink } from '../../../site/lib/openSante/batchLink';
import type { VerifyDesign } from '../../../site/lib/openSante/verifyData';
import { criteria, validatedVisor } from '../../helpers/validatedVisor';

const design = visiere;
const REVIEWED = 'a1'.repeat(32);
const CURRENT = 'b2'.repeat(32);
const OLDER = 'c3'.repeat(32);
const file = { name: 'visiere-serre-tete--defaut.stl', sha256: 'd4'.repeat(32) };

/** The headband validated for head circumferences 540–600 mm with generator REVIEWED, built now with CURRENT. */
function verifyDesign(recalls: VerifyDesign['recalls'] = []): VerifyDesign {
  const records = validatedVisor(file, { generator: REVIEWED });
  const status = deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: [{ fileName: file.name, sha256: file.sha256 }], criteria: criteria(), design, generator: CURRENT });
  return {
    slug: visiere.slug,
    title: 'Visière',
    href: '/modeles/visiere-serre-tete/',
    texts: variantTexts(design, status, 'fr'),
    presets: Object.fromEntries(Object.keys(design.presets).map((p) => [p, design.presetValues(p)])),
    files: [{ variant: 'defaut', fileName: file.name, sha256: file.sha256 }],
    generators: { current: CURRENT.slice(0, 16), reviewed: REVIEWED.slice(0, 16) },
    recalls,
  };
}

const link = (more: Partial<BatchLink>): BatchLink => ({ design: visiere.slug, file: 'e5'.repeat(8), params: { headCircumference: '580' }, material: 'PETG', batch: 'USN-7', date: '2020-06-02', ...more });

describe('a batch’s generator', () => {
  it('is today’s, the reviewed one, another one, or unknown when the code does not carry it', () => {
    const generators = { current: CURRENT.slice(0, 16), reviewed: REVIEWED.slice(0, 16) };
    expect(generatorOfBatch({ generator: CURRENT.slice(0, 12) }, generators)).toBe('current');
    expect(generatorOfBatch({ generator: REVIEWED.slice(0, 16) }, generators)).toBe('reviewed');
    expect(generatorOfBatch({ generator: OLDER.slice(0, 16) }, generators)).toBe('other');
    expect(generatorOfBatch({}, generators)).toBe('unknown');
    expect(generatorOfBatch({ generator: REVIEWED.slice(0, 16) }, { current: CURRENT.slice(0, 16) })).toBe('other');
  });
});

describe('a batch’s status', () => {
  const d = verifyDesign();
  it('is covered inside the envelope when made with today’s or the reviewed generator, or with none named', () => {
    for (const generator of [CURRENT, REVIEWED, undefined]) {
      expect(batchStatus(d, link({ generator: generator?.slice(0, 16) })).status.kind).toBe('couvert');
    }
    expect(batchStatus(d, link({ params: { headCircumference: '620' } })).status).toMatchObject({ kind: 'hors-perimetre', outside: [{ id: 'headCircumference', value: '620' }] });
  });

  it('is "modifié depuis la revue" when made with another generator, unless its file is one published now', () => {
    const older = batchStatus(d, link({ generator: OLDER.slice(0, 16) }));
    expect(older).toMatchObject({ status: { kind: 'modifie' }, generator: 'other', because: 'generator' });
    expect(batchStatus(d, link({ generator: OLDER.slice(0, 16), file: file.sha256.slice(0, 16), params: {}, preset: 'defaut' })).status.kind).toBe('couvert');
  });

  it('is "rappelé" when its very file is recalled, and not for a recall of another file', () => {
    const recall = { target: 'file' as const, hash: 'e5'.repeat(32), date: '2020-06-03', problem: 'Rappel inventé', href: '/open-sante/rappels/essai/' };
    const recalled = verifyDesign([recall]);
    expect(batchStatus(recalled, link({ generator: CURRENT.slice(0, 16) }))).toMatchObject({ status: { kind: 'rappele' }, because: 'file-recall', recalls: [recall] });
    expect(batchStatus(recalled, link({ file: 'f6'.repeat(8) }))).toMatchObject({ status: { kind: 'couvert' }, recalls: [] });
  });
});
