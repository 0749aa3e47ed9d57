// Recalls: read and checked like review records, matched against a design, its generator and its
// files, and stronger than any validation. The recalls and records here are invented fixtures.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import visiere from '../../../designs/visiere-serre-tete/design';
import { ContentError } from '../../../site/lib/openSante/records';
import { readRecalls, type RecallFile } from '../../../site/lib/openSante/recalls';
import { deriveStatus, type CurrentFile } from '../../../site/lib/openSante/status';
import { variantStatus } from '../../../site/lib/openSante/envelope';
import { variantTexts } from '../../../site/lib/openSante/scope';
import { recallSchema } from '../../../site/schemas/recall';
import { criteria, validatedVisor } from '../../helpers/validatedVisor';

const fixtures = join(process.cwd(), 'tests/fixtures/open-sante/recalls');
const design = visiere;
const slugs = ['visiere-serre-tete', 'surblouse'];
const GENERATOR = 'c3'.repeat(32);
const reviewed = { name: 'visiere-serre-tete--defaut.stl', sha256: 'a1'.repeat(32) };
const built: CurrentFile[] = [{ fileName: reviewed.name, sha256: reviewed.sha256 }];
/** The visor validated on its default STL, made with GENERATOR, no envelope (invented records). */
const records = validatedVisor(reviewed, { generator: GENERATOR, envelope: null });
const reviewCriteria = criteria();

const recall = (target: { generator?: string; file?: string }, slug = visiere.slug): RecallFile => ({
  id: 'essai',
  path: 'memoire/rappel.yaml',
  recall: recallSchema.parse({ design: slug, ...target, date: '2020-06-01', problem: { fr: 'Essai', en: 'Test' }, sources: [{ title: 'Fixture des tests' }] }),
});
const derive = (recalls: RecallFile[], generator = GENERATOR) =>
  deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: built, criteria: reviewCriteria, design, generator, recalls });

describe('recalls', () => {
  it('override a validation: the design and every variant read "rappelé"', () => {
    expect(derive([]).display).toBe('valide-communautaire');
    const s = derive([recall({})]);
    expect(s).toMatchObject({ state: 'valide-communautaire', display: 'rappele' });
    expect(s.envelope).toBeUndefined();
    expect(variantStatus({ display: s.display, envelope: s.envelope }, design.defaults, design.defaults, ['defaut']).kind).toBe('rappele');
  });

  it('of a generator apply while the design is built with it, and no longer once it changed', () => {
    expect(derive([recall({ generator: GENERATOR })]).display).toBe('rappele');
    const after = derive([recall({ generator: GENERATOR })], 'd4'.repeat(32));
    expect(after.display).toBe('valide-communautaire');
    expect(after.recalls).toEqual([]);
  });

  it('of one file are listed for the design without recalling the other variants; other designs’ recalls do not apply', () => {
    const s = derive([recall({ file: built[0].sha256 }), recall({}, 'surblouse')]);
    expect(s.display).toBe('valide-communautaire');
    expect(s.recalls.map((r) => r.recall.file)).toEqual([built[0].sha256]);
  });

  it('of a file no published variant makes are still given to the customizer, with their sentence', () => {
    const custom = 'e5'.repeat(32);
    const s = derive([recall({ file: custom }), recall({ file: built[0].sha256 }), recall({ file: 'f6'.repeat(32) }, 'surblouse')]);
    expect(s.recalls.map((r) => r.recall.file)).toEqual([built[0].sha256]);
    expect(s.fileRecalls.map((r) => r.recall.file)).toEqual([custom, built[0].sha256]);
    expect(variantTexts(design, s, 'fr').recalledFiles[0]).toEqual({
      sha256: custom,
      sentence: `Rappelé\u00a0: le fichier fait pour ces réglages (empreinte ${custom.slice(0, 12)}…) est rappelé depuis le 1 juin 2020. Ne plus le fabriquer ni distribuer ces pièces.`,
    });
  });

  it('are read from their folder, and a recall of an unknown design or with two targets fails naming file and field', () => {
    expect(readRecalls(join(fixtures, 'good'), slugs).map((r) => [r.id, r.recall.design])).toEqual([['visiere-serre-tete-2020-06-01', 'visiere-serre-tete']]);
    let error: unknown;
    try {
      readRecalls(join(fixtures, 'bad'), slugs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      'tests/fixtures/open-sante/recalls/bad/both-targets.yaml: file: a recall names a generator or a file, not both',
      'tests/fixtures/open-sante/recalls/bad/unknown-design.yaml: design: unknown design "visiere-inconnue" (designs: visiere-serre-tete, surblouse)',
    ]);
  });
});
