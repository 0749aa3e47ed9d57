// The headband validated for head circumferences 540–600 mm: review records written in memory for
// the tests (an invented hospital, never published), with the criteria they must answer.
import { join } from 'node:path';
import visiere from '../../designs/visiere-serre-tete/design';
import { readCriteria, type RecordFile } from '../../site/lib/openSante/records';
import { reviewRecordSchema } from '../../site/schemas/review';

export const criteria = () => readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));

/** The envelope the favourable record covers unless told otherwise. */
export const HEAD_540_600 = { parameters: [{ id: 'headCircumference', min: 540, max: 600 }] };

export interface VisorReview {
  /** The generator the favourable record names; none when left out. */
  generator?: string;
  /** What the favourable record covers, as a record file would write it: HEAD_540_600 when left out, none with `null`. */
  envelope?: unknown;
}

type ReviewedFile = { name: string; sha256: string };

/** A review opened on `files` on 2020-05-04, then concluded favourably (community use) on 2020-05-20, every criterion met. */
export function validatedVisor(files: ReviewedFile | readonly ReviewedFile[], { generator, envelope = HEAD_540_600 }: VisorReview = {}): RecordFile[] {
  const base = { design: visiere.slug, designVersion: '1.0.0', reviewer: { organisation: 'Hôpital fictif des tests', kind: 'hopital', role: 'Cadre de santé' }, files: [files].flat() };
  return [
    { path: 'memoire/2020-05-04-debut.yaml', record: reviewRecordSchema.parse({ ...base, date: '2020-05-04', decision: 'debut-revue' }) },
    {
      path: 'memoire/2020-05-20-favorable.yaml',
      record: reviewRecordSchema.parse({
        ...base,
        date: '2020-05-20',
        decision: 'favorable',
        useLevel: 'communautaire',
        ...(generator && { generator }),
        criteria: criteria().visiere.map((c) => ({ id: c.id, result: 'conforme' })),
        ...(envelope !== null && { envelope }),
      }),
    },
  ];
}
