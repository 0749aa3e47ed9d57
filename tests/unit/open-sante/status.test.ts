import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords, readCriteria, ContentError } from '../../../site/lib/openSante/records';
import { deriveStatus, type CurrentFile } from '../../../site/lib/openSante/status';

const fixtures = join(process.cwd(), 'tests/fixtures/open-sante');
const criteria = readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));
const H1 = 'a1'.repeat(32);
const H2 = 'b2'.repeat(32);
const built: CurrentFile[] = [
  { fileName: 'modele-test--defaut.stl', sha256: H1 },
  { fileName: 'modele-test--a4.stl', sha256: H2 },
];
const derive = (dir: string, files = built) =>
  deriveStatus({ slug: 'modele-test', category: 'visiere', records: readRecords(join(fixtures, dir)), files, criteria });

describe('derived Open Santé status', () => {
  it('is "proposé" without any record', () => {
    const s = deriveStatus({ slug: 'modele-test', category: 'visiere', records: [], files: built, criteria });
    expect(s).toMatchObject({ state: 'propose', display: 'propose', mismatches: [] });
    expect(s.decisive).toBeUndefined();
  });

  it('shows the validation when every reviewed hash matches the built file', () => {
    const s = derive('matching');
    expect(s.state).toBe('valide-communautaire');
    expect(s.display).toBe('valide-communautaire');
    expect(s.history.map((h) => `${h.from}>${h.to}`)).toEqual(['propose>en-revue', 'en-revue>valide-communautaire']);
  });

  it('shows "modifié" and keeps the reviewed hash when one built file differs', () => {
    const changed = 'c3'.repeat(32);
    const s = derive('matching', [built[0], { ...built[1], sha256: changed }]);
    expect(s.state).toBe('valide-communautaire');
    expect(s.display).toBe('modifie');
    expect(s.mismatches).toEqual([{ name: 'modele-test--a4.stl', reviewed: H2, current: changed }]);
    expect(s.decisive?.record.date.toISOString().slice(0, 10)).toBe('2020-05-20');
  });

  it('shows a withdrawal even though the hashes match', () => {
    const s = derive('withdrawn');
    expect(s.display).toBe('retire');
    expect(s.decisive?.record.reason).toMatch(/picots/);
  });

  it('fails on an illegal transition and on a file that is not built, naming file and field', () => {
    let error: unknown;
    try {
      derive('bad-history');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const file = 'tests/fixtures/open-sante/bad-history/2020-05-20-hopital-favorable.yaml';
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}: decision: illegal transition from "Proposed" to "Validated – community use"`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}: files\\.1\\.name: no file "modele-test--inconnu\\.stl"`)));
  });

  it('fails when a record belongs to another design or misses a criterion of the category', () => {
    const records = readRecords(join(fixtures, 'matching'));
    expect(() => deriveStatus({ slug: 'autre-modele', category: 'visiere', records, files: built, criteria })).toThrow(/: design: "modele-test" does not match/);
    expect(() => deriveStatus({ slug: 'modele-test', category: 'attache', records, files: built, criteria })).toThrow(/criteria\.0\.id: unknown criterion "ajustement"|criteria\.1\.id: unknown criterion "lunettes"/);
  });
});
