// Legal status notes: read and checked like other Open Santé content; a regime whose end date has
// passed has ended, the day after its last day.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasEnded, readLegalNotes } from '../../../site/lib/openSante/legal';
import { ContentError } from '../../../site/lib/openSante/records';

describe('legal status notes', () => {
  it('end after their last day, and never without an end date', () => {
    const note = { to: new Date('2021-06-30') };
    expect(hasEnded(note, new Date('2021-06-30T23:59:59Z'))).toBe(false);
    expect(hasEnded(note, new Date('2021-07-01T00:00:00Z'))).toBe(true);
    expect(hasEnded({}, new Date('2099-01-01'))).toBe(false);
  });

  it('include the visor regime of 2020, sourced and dated, which has ended', () => {
    const visor = readLegalNotes().filter((n) => n.note.category === 'visiere');
    expect(visor).toHaveLength(1);
    const { note } = visor[0];
    expect(note.sources[0].url).toMatch(/^https:\/\/travail-emploi\.gouv\.fr\//);
    expect(note.to?.toISOString().slice(0, 10)).toBe('2021-06-30');
    expect(hasEnded(note, new Date())).toBe(true);
  });

  it('fail naming file and field when a regime ends before it starts or has no source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-legal-'));
    try {
      const base = 'category: visiere\ntitle: { fr: Essai, en: Test }\nsummary: { fr: Essai, en: Test }\nfrom: 2020-04-30\nasOf: 2020-05-01\n';
      writeFileSync(join(dir, 'a.yaml'), `${base}to: 2020-01-01\nsources: [{ title: Une source }]\n`);
      writeFileSync(join(dir, 'b.yaml'), `${base}sources: []\n`);
      let error: unknown;
      try {
        readLegalNotes(dir, dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems).toEqual(['a.yaml: to: from is after to', 'b.yaml: sources: at least one source is required']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
