// The headband validated for head circumferences 540–600 mm: review records written in memory for
// the tests (an invented hospital, never published), with the criteria they must answer.
import { join } from 'node:path';
import visiere from '../../designs/visiere-serre-tete/design';
import { readCriteria, type RecordFile } from '../../site/lib/openSante/records';
import { reviewRecordSchema } from '../../site/schemas/review';

export const criteria = () => readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));

/** A review opened then concluded favourably on `file`, naming `generator` when given. */
export function validatedVisor(file: { name: string; sha256: string }, generator?: string): RecordFile[] {
  const base = { design: visiere.slug, designVersion: '1.0.0', reviewer: { organisation: 'Hôpital fictif des tests', kind: 'hopital', role: 'Cadre de santé' }, files: [file] };
  return [
    { path: 'memoire/debut.yaml', record: reviewRecordSchema.parse({ ...base, date: '2020-05-04', decision: 'debut-revue' }) },
    {
      path: 'memoire/favorable.yaml',
      record: reviewRecordSchema.parse({
        ...base,
        date: '2020-05-20',
        decision: 'favorable',
        useLevel: 'communautaire',
        ...(generator && { generator }),
        criteria: criteria().visiere.map((c) => ({ id: c.id, result: 'conforme' })),
        envelope: { parameters: [{ id: 'headCircumference', min: 540, max: 600 }] },
      }),
    },
  ];
}
