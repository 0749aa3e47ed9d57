import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordFile, readRecords, readCriteria, ContentError } from '../../../site/lib/openSante/records';
import { criteriaCatalogueSchema } from '../../../site/schemas/review';
import { categories } from '../../../site/schemas/design';

const fixtures = join(process.cwd(), 'tests/fixtures/open-sante');

describe('review record schema', () => {
  it('reads the good fixtures in decision order', () => {
    const files = readRecords(join(fixtures, 'withdrawn'));
    expect(files.map((f) => f.record.decision)).toEqual(['debut-revue', 'favorable', 'retrait']);
    expect(files[0].path).toBe('tests/fixtures/open-sante/withdrawn/2020-05-04-hopital-debut.yaml');
  });

  it('treats a design without a reviews folder as having no record', () => {
    expect(readRecords(join(fixtures, 'no-such-folder'))).toEqual([]);
  });

  // Each bad fixture is named after its defect; the message must name the file and the field.
  const expectedField: Record<string, RegExp> = {
    'validated-without-criteria.yaml': /: criteria: .*checklist/,
    'future-date.yaml': /: date: date is in the future/,
    'unknown-reviewer-kind.yaml': /: reviewer\.kind: /,
    'favorable-with-failed-criterion.yaml': /: criteria\.3\.result: criterion "couverture" failed/,
    'clinical-without-printers.yaml': /: conditions\.printers: /,
    'favorable-without-use-level.yaml': /: useLevel: /,
    'withdrawal-without-reason.yaml': /: reason: /,
    'malformed-hash.yaml': /: files\.0\.sha256: must be a SHA-256/,
    'review-without-files.yaml': /: files: a review must list every file/,
    'coordination-reviewing.yaml': /: reviewer\.kind: the coordination may withdraw/,
  };
  const bad = readdirSync(join(fixtures, 'bad-records'));

  it('has a test case for every bad fixture', () => {
    expect(bad.sort()).toEqual(Object.keys(expectedField).sort());
  });

  for (const [name, field] of Object.entries(expectedField)) {
    it(`rejects ${name} naming file and field`, () => {
      const r = parseRecordFile(join(fixtures, 'bad-records', name), `bad-records/${name}`);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems.some((p) => p.startsWith(`bad-records/${name}: `) && field.test(p)), r.problems.join('\n')).toBe(true);
    });
  }

  it('fails the whole folder with every problem listed', () => {
    let error: unknown;
    try {
      readRecords(join(fixtures, 'bad-records'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const files = new Set((error as ContentError).problems.map((p) => p.split(':')[0]));
    expect(files.size).toBe(bad.length);
  });
});

describe('criteria checklists', () => {
  const catalogue = readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));

  it('has a checklist with sources for every design category', () => {
    for (const c of categories) {
      expect(catalogue[c].length).toBeGreaterThan(0);
      for (const criterion of catalogue[c]) expect(criterion.sources.length).toBeGreaterThan(0);
    }
  });

  it('rejects a checklist without sources or a missing category', () => {
    const { masque: _omitted, ...rest } = catalogue;
    expect(criteriaCatalogueSchema.safeParse(rest).success).toBe(false);
    const noSources = { ...catalogue, attache: [{ ...catalogue.attache[0], sources: [] }] };
    const r = criteriaCatalogueSchema.safeParse(noSources);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['attache', 0, 'sources']);
  });
});
