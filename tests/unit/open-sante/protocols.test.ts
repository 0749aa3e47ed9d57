import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { protocolSchema } from '../../../site/schemas/protocol';
import { categories } from '../../../site/schemas/design';
import { formatDuration } from '../../../site/components/protocols/duration';

const fixtures = join(process.cwd(), 'tests/fixtures/open-sante/protocols');
const load = (name: string) => parse(readFileSync(join(fixtures, name), 'utf8'));
const frontMatter = (path: string) => parse(readFileSync(path, 'utf8').split('\n---\n')[0].replace(/^---\n/, ''));

describe('protocol schema', () => {
  it('accepts the good fixture', () => {
    const p = protocolSchema.parse(load('good.yaml'));
    expect(p.steps[0].duration).toEqual({ minutes: 5, atLeast: false });
    expect(p.steps[1].alternatives?.map((a) => a.text.en)).toEqual(['One way.', 'Another way.']);
  });

  const expected: Record<string, (string | number)[]> = {
    'no-sources.yaml': ['sources'],
    'empty-sources.yaml': ['sources'],
    'future-review.yaml': ['lastReviewed'],
    'unknown-category.yaml': ['appliesTo', 0],
    'negative-duration.yaml': ['steps', 0, 'duration', 'minutes'],
    'step-without-english.yaml': ['steps', 0, 'text', 'en'],
    'no-version.yaml': ['version'],
    'single-alternative.yaml': ['steps', 0, 'alternatives'],
  };

  it('has a case for every bad fixture', () => {
    expect(readdirSync(fixtures).filter((f) => f !== 'good.yaml').sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, path] of Object.entries(expected)) {
    it(`rejects ${name}, naming the field`, () => {
      const r = protocolSchema.safeParse(load(name));
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path)).toContainEqual(path);
    });
  }
});

describe('published protocols', () => {
  const dir = join(process.cwd(), 'protocols');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const parsed = files.map((f) => ({ file: f, data: protocolSchema.parse(frontMatter(join(dir, f))) }));

  it('cover every design category', () => {
    for (const c of categories) expect(parsed.some((p) => p.data.appliesTo.includes(c)), c).toBe(true);
  });

  it('include the required subjects', () => {
    expect(files.sort()).toEqual(
      ['collecte-et-livraison.mdx', 'desinfection-pieces-imprimees.mdx', 'emballage.mdx', 'hygiene-atelier.mdx', 'lavage-textiles.mdx', 'lots-et-quarantaine.mdx'].sort(),
    );
  });

  it('keep PLA away from heat above 60 °C and wash textiles at 60 °C for 30 min', () => {
    const disinfection = parsed.find((p) => p.file === 'desinfection-pieces-imprimees.mdx')!.data;
    expect(disinfection.cautions.map((c) => c.fr).join(' ')).toMatch(/60 °C pour le PLA/);
    const washing = parsed.find((p) => p.file === 'lavage-textiles.mdx')!.data;
    expect(washing.steps.some((s) => /60 °C/.test(s.text.fr) && s.duration?.minutes === 30)).toBe(true);
  });

  // "Or ethanol…", "Alternatively UV-C…" numbered as steps to tick one after the other read as
  // if every method had to be done: methods to choose from are a step's alternatives.
  it('write methods to choose from as alternatives, not as steps that begin with "or"', () => {
    const either = /^(ou|or|autre possibilité|alternatively)\b/i;
    for (const { file, data } of parsed) {
      for (const s of data.steps) expect(either.test(s.text.fr) || either.test(s.text.en), `${file}: ${s.text.fr}`).toBe(false);
    }
    const disinfection = parsed.find((p) => p.file === 'desinfection-pieces-imprimees.mdx')!.data;
    expect(disinfection.steps.find((s) => s.alternatives)?.alternatives?.length).toBe(6);
  });
});

describe('durations', () => {
  it('read in the largest whole unit', () => {
    expect(formatDuration('fr', { minutes: 5, atLeast: false })).toBe('5 min');
    expect(formatDuration('en', { minutes: 2, atLeast: true })).toBe('at least 2 min');
    expect(formatDuration('fr', { minutes: 4320, atLeast: true })).toBe('au moins 3 jours');
    expect(formatDuration('en', { minutes: 120, atLeast: false })).toBe('2 h');
    expect(formatDuration('en', { minutes: 60, atLeast: false })).toBe('60 min');
  });
});
