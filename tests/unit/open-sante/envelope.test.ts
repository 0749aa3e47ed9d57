// What a review covers: a parameter envelope and presets. Records here are written in memory for
// the tests (invented, never published); the design is the real headband.
import { describe, expect, it } from 'vitest';
import visiere from '../../../designs/visiere-serre-tete/design';
import type { AnyDesign } from '../../../designs/_kit';
import { describeVariant, envelopeProblems, outsideOf, taggedFileName, variantStatus, type Envelope } from '../../../site/lib/openSante/envelope';
import { ContentError } from '../../../site/lib/openSante/records';
import { deriveStatus, type CurrentFile, type DerivedStatus } from '../../../site/lib/openSante/status';
import { statusLabel, variantTexts } from '../../../site/lib/openSante/scope';
import { reviewRecordSchema } from '../../../site/schemas/review';
import { criteria, validatedVisor } from '../../helpers/validatedVisor';

const design: AnyDesign = visiere;
const envelope: Envelope = { parameters: [{ id: 'headCircumference', min: 540, max: 600 }], presets: ['a4-2'] };
const at = (values: Record<string, unknown>) => {
  const all = { ...design.defaults, ...values } as AnyDesign['defaults'];
  return outsideOf(envelope, design.defaults, all, design.variantsOf(all));
};

describe('a parameter envelope', () => {
  it('covers the defaults and values inside a range, both edges included', () => {
    expect(at({})).toEqual([]);
    expect(at({ headCircumference: 540 })).toEqual([]);
    expect(at({ headCircumference: 600 })).toEqual([]);
    expect(at({ headCircumference: 575 })).toEqual([]);
  });

  it('names a value just outside either edge, with the reviewed range', () => {
    expect(at({ headCircumference: 535 })).toEqual([{ id: 'headCircumference', value: '535', reviewed: { kind: 'range', min: 540, max: 600 } }]);
    expect(at({ headCircumference: 600.5 })).toEqual([{ id: 'headCircumference', value: '600.5', reviewed: { kind: 'range', min: 540, max: 600 } }]);
  });

  it('covers a parameter it does not list at its default value only', () => {
    expect(at({ bandHeight: 25 })).toEqual([{ id: 'bandHeight', value: '25', reviewed: { kind: 'default', value: '20' } }]);
    expect(at({ bandHeight: 25, headCircumference: 620 }).map((o) => o.id)).toEqual(['headCircumference', 'bandHeight']);
  });

  it('covers a listed preset as it is, and no longer once one of its values changes', () => {
    expect(at(design.presetValues('a4-2'))).toEqual([]);
    expect(at({ ...design.presetValues('a4-2'), headCircumference: 580 })).toEqual([{ id: 'sheetPattern', value: 'a4-2', reviewed: { kind: 'default', value: 'a4-4' } }]);
  });

  it('checks choices and yes/no against listed values', () => {
    const env: Envelope = { parameters: [{ id: 'sheetPattern', values: ['a4-4', 'a4-2'] }, { id: 'reinforcement', values: ['true', 'false'] }], presets: [] };
    const values = (v: Record<string, unknown>) => ({ ...design.defaults, ...v });
    expect(outsideOf(env, design.defaults, values({ sheetPattern: 'a4-2', reinforcement: false }), [])).toEqual([]);
    expect(outsideOf(env, design.defaults, values({ sheetPattern: 'letter-3' }), []).map((o) => o.id)).toEqual(['sheetPattern']);
  });
});

describe('a variant’s status, in words', () => {
  const validated = { display: 'valide-communautaire' as const, envelope };
  it('is covered inside the envelope and outside it names the parameter and its reviewed range', () => {
    const texts = variantTexts(design, { state: 'valide-communautaire', display: 'valide-communautaire', mismatches: [], history: [], envelope, generatorChanged: false, recalls: [], fileRecalls: [] }, 'fr');
    const inside = variantStatus(validated, design.defaults, design.defaults, ['defaut']);
    expect(inside.kind).toBe('couvert');
    expect(describeVariant(texts, inside)).toContain('tour de tête 540–600\u00a0mm');
    const outside = variantStatus(validated, design.defaults, { ...design.defaults, headCircumference: 620 }, []);
    expect(outside.kind).toBe('hors-perimetre');
    expect(describeVariant(texts, outside)).toBe(
      'Hors du périmètre revu\u00a0: Tour de tête à 620\u00a0mm (revu\u00a0: 540–600\u00a0mm). La validation (Validé – usage communautaire) ne couvre pas ces réglages.',
    );
  });

  it('is the design’s own status while it is not validated, whatever the values', () => {
    expect(variantStatus({ display: 'propose' }, design.defaults, { ...design.defaults, headCircumference: 620 }, []).kind).toBe('propose');
    expect(variantStatus({ display: 'modifie', envelope }, design.defaults, design.defaults, ['defaut']).kind).toBe('modifie');
  });

  it('travels in a downloaded file’s name once a review exists, and not before', () => {
    expect(taggedFileName('visiere-serre-tete--perso.stl', 'hors-perimetre')).toBe('visiere-serre-tete--perso--hors-perimetre-revu.stl');
    expect(taggedFileName('surblouse--defaut.a0.pdf', 'couvert')).toBe('surblouse--defaut--valide.a0.pdf');
    expect(taggedFileName('visiere-serre-tete--perso.stl', 'propose')).toBe('visiere-serre-tete--perso.stl');
  });

  it('gives the badge what the validation covers', () => {
    const status: DerivedStatus = { state: 'valide-communautaire', display: 'valide-communautaire', mismatches: [], history: [], envelope: { parameters: [{ id: 'headCircumference', min: 540, max: 600 }], presets: [] }, generatorChanged: false, recalls: [], fileRecalls: [] };
    expect(statusLabel(design, status, 'fr')).toBe('Validé – usage communautaire (tour de tête 540–600\u00a0mm)');
    expect(statusLabel(design, status, 'en')).toBe('Validated – community use (head circumference 540–600\u00a0mm)');
  });
});

const reviewed = { name: 'visiere-serre-tete--defaut.stl', sha256: 'a1'.repeat(32) };
const built: CurrentFile[] = [{ fileName: reviewed.name, sha256: reviewed.sha256 }];
/** The status of the visor validated on its default STL with `envelope` (`null`: none). */
const derive = (envelope: unknown) => deriveStatus({ slug: visiere.slug, category: 'visiere', records: validatedVisor(reviewed, { envelope }), files: built, criteria: criteria(), design });
const problemsOf = (envelope: unknown) => {
  try {
    derive(envelope);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
};

describe('envelope records at build', () => {
  it('derive a validation covering the record’s envelope; without one, only the examined files’ variants', () => {
    expect(derive({ parameters: [{ id: 'headCircumference', min: 540, max: 600 }] }).envelope).toEqual({ parameters: [{ id: 'headCircumference', min: 540, max: 600 }], presets: [] });
    expect(derive(null).envelope).toEqual({ parameters: [], presets: ['defaut'] });
  });

  it('fail naming file and field when an envelope is wider than the parameter’s own range', () => {
    expect(problemsOf({ parameters: [{ id: 'headCircumference', min: 540, max: 700 }] })).toEqual([
      "memoire/2020-05-20-favorable.yaml: envelope.parameters.0.max: 700 is above the parameter's own maximum 640 (range 500–640)",
    ]);
    expect(problemsOf({ parameters: [{ id: 'headCircumference', min: 400, max: 600 }] })[0]).toMatch(/envelope\.parameters\.0\.min: 400 is below/);
  });

  it('fail on an unknown parameter, preset or value, and on an examined file left outside', () => {
    expect(problemsOf({ parameters: [{ id: 'tourDeTete', min: 540, max: 600 }] })[0]).toMatch(/: envelope\.parameters\.0\.id: unknown parameter "tourDeTete"/);
    expect(problemsOf({ presets: ['a5'] })[0]).toMatch(/: envelope\.presets\.0: unknown preset "a5"/);
    expect(problemsOf({ parameters: [{ id: 'sheetPattern', values: ['a3'] }] })[0]).toMatch(/: envelope\.parameters\.0\.values\.0: "a3" is not a value of "sheetPattern"/);
    expect(problemsOf({ parameters: [{ id: 'headCircumference', min: 580, max: 600 }] })[0]).toMatch(
      /memoire\/2020-05-20-favorable\.yaml: files\.0\.name: the examined file "visiere-serre-tete--defaut\.stl" is outside the record's envelope \(headCircumference = 570\)/,
    );
  });

  it('refuse in the schema a range without both ends, a reversed range, and an envelope on another decision', () => {
    const favourable = validatedVisor(reviewed, { envelope: null })[1].record;
    const issues = (r: unknown) => reviewRecordSchema.safeParse(r).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    const plain = { ...favourable, date: '2020-05-20' };
    expect(issues({ ...plain, envelope: { parameters: [{ id: 'headCircumference', min: 540 }] } })).toEqual(['envelope.parameters.0.max: parameter "headCircumference": a range needs both min and max']);
    expect(issues({ ...plain, envelope: { parameters: [{ id: 'headCircumference', min: 600, max: 540 }] } })).toEqual(['envelope.parameters.0.max: parameter "headCircumference": max 540 is below min 600']);
    expect(issues({ ...plain, decision: 'debut-revue', useLevel: undefined, criteria: [], envelope: { parameters: [] } })).toEqual(['envelope: only a favourable decision covers an envelope']);
    expect(envelopeProblems({ parameters: [{ id: 'headCircumference', values: ['570'] }], presets: [] }, design.params, [])[0][0]).toBe('envelope.parameters.0.values');
  });
});
