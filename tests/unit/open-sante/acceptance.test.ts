// Partners' acceptance profiles: which designs, within which envelope, in which materials. The
// partner is the invented test fixture, never published.
import { describe, expect, it } from 'vitest';
import visiere from '../../../designs/visiere-serre-tete/design';
import type { AnyDesign } from '../../../designs/_kit';
import { acceptanceOf, acceptsProblems } from '../../../site/lib/openSante/acceptance';
import { partnerSchema } from '../../../site/schemas/partner';
import { readEntryFolder } from '../../../site/lib/entryFiles';

const design: AnyDesign = visiere;
const [fixture] = readEntryFolder('tests/fixtures/open-sante/partners');
const partner = partnerSchema.parse(fixture.data);
const accepts = partner.accepts!;
const check = (values: Record<string, unknown>, material?: string) => {
  const all = { ...design.defaults, ...values } as AnyDesign['defaults'];
  return acceptanceOf(accepts, visiere.slug, design.defaults, all, design.variantsOf(all), material);
};
const registry = [{ slug: visiere.slug, params: design.params, presets: Object.keys(design.presets) }];

describe('a partner’s acceptance profile', () => {
  it('accepts values inside its envelope and a listed preset, in an accepted material', () => {
    expect(check({ headCircumference: 600 }, 'PETG')).toEqual({ accepted: true });
    expect(check(design.presetValues('a4-2'), 'petg')).toEqual({ accepted: true });
  });

  it('names the parameter outside, a material it does not take, and a design it does not list', () => {
    expect(check({ headCircumference: 620 })).toEqual({ accepted: false, reason: 'envelope', outside: [{ id: 'headCircumference', value: '620', reviewed: { kind: 'range', min: 540, max: 600 } }] });
    expect(check({}, 'PLA')).toEqual({ accepted: false, reason: 'material', materials: ['PETG'] });
    expect(acceptanceOf(accepts, 'surblouse', {}, {}, [])).toEqual({ accepted: false, reason: 'design' });
  });

  it('fails the build on an unknown design or an envelope wider than the parameter, naming the field', () => {
    expect(acceptsProblems(accepts, registry)).toEqual([]);
    const wide = { ...accepts, designs: [{ ...accepts.designs[0], parameters: [{ id: 'headCircumference', min: 540, max: 700 }] }, { design: 'inconnu', parameters: [], presets: [] }] };
    expect(acceptsProblems(wide, registry)).toEqual([
      ['accepts.designs.0.parameters.0.max', "700 is above the parameter's own maximum 640 (range 500–640)"],
      ['accepts.designs.1.design', 'unknown design "inconnu" (designs: visiere-serre-tete)'],
    ]);
    const half = partnerSchema.safeParse({ ...fixture.data as object, accepts: { designs: [{ design: visiere.slug, parameters: [{ id: 'headCircumference', min: 540 }] }] } });
    expect(half.error?.issues.map((i) => i.path.join('.'))).toEqual(['accepts.designs.0.parameters.0.max']);
  });
});
