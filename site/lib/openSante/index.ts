// Site-side entry of Open Santé: the status of each published design, computed once per build
// from its records in designs/<slug>/reviews/ and the files the build produces.
import { join } from 'node:path';
import type { Design, ParamSpecs } from '../../../designs/_kit';
import { artifactsOf } from '../artifacts';
import type { categories } from '../../schemas/design';
import type { CriteriaCatalogue } from '../../schemas/review';
import { readCriteria, readRecords } from './records';
import { deriveStatus, type DerivedStatus } from './status';

export const CRITERIA_FILE = 'data/open-sante/criteria.yaml';
export const reviewsDir = (slug: string) => join('designs', slug, 'reviews');

let criteriaCache: CriteriaCatalogue | undefined;
export function criteria(): CriteriaCatalogue {
  return (criteriaCache ??= readCriteria(join(process.cwd(), CRITERIA_FILE)));
}

const cache = new Map<string, Promise<DerivedStatus>>();

export function statusOf(design: Design<ParamSpecs>, category: (typeof categories)[number]): Promise<DerivedStatus> {
  let p = cache.get(design.slug);
  if (!p) {
    p = artifactsOf(design).then((files) =>
      deriveStatus({
        slug: design.slug,
        category,
        records: readRecords(join(process.cwd(), reviewsDir(design.slug))),
        files,
        criteria: criteria(),
      }),
    );
    cache.set(design.slug, p);
  }
  return p;
}
