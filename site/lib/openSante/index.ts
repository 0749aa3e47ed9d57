// Site-side entry of Open Santé: the status of each published design, computed once per build
// from its records in designs/<slug>/reviews/, the files the build produces and its generator.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Design, ParamSpecs } from '../../../designs/_kit';
import { artifactsOf } from '../artifacts';
import type { categories } from '../../schemas/design';
import type { CriteriaCatalogue } from '../../schemas/review';
import { readCriteria, readRecords } from './records';
import { deriveStatus, type DerivedStatus } from './status';
import { generatorHash } from './generator';
import { readRecalls, recallsDir, type RecallFile } from './recalls';
import { designs } from '../../../designs';

export const CRITERIA_FILE = 'data/open-sante/criteria.yaml';
/**
 * Where a design's records are read: designs/<slug>/reviews/. Tests and scratch builds point
 * OPEN_SANTE_REVIEWS at a folder of invented records, one sub-folder per design, so no fixture
 * ever sits where the site publishes records from.
 */
export const reviewsDir = (slug: string) => (process.env.OPEN_SANTE_REVIEWS ? join(process.env.OPEN_SANTE_REVIEWS, slug) : join('designs', slug, 'reviews'));

let criteriaCache: CriteriaCatalogue | undefined;
export function criteria(): CriteriaCatalogue {
  return (criteriaCache ??= readCriteria(join(process.cwd(), CRITERIA_FILE)));
}

let recallsCache: RecallFile[] | undefined;
/** Every recall, checked once per build against the designs the registry has. */
export function allRecalls(): RecallFile[] {
  return (recallsCache ??= readRecalls(recallsDir(), designs.map((d) => d.slug)));
}

const cache = new Map<string, Promise<DerivedStatus>>();

export function statusOf(design: Design<ParamSpecs>, category: (typeof categories)[number]): Promise<DerivedStatus> {
  let p = cache.get(design.slug);
  if (!p) {
    const records = readRecords(resolve(reviewsDir(design.slug)));
    const recalls = allRecalls().filter((r) => r.recall.design === design.slug);
    // Without a record or a recall nothing is compared: the CLI then needs no build of the files.
    p = (records.length || recalls.length ? artifactsOf(design) : Promise.resolve([])).then((files) =>
      deriveStatus({
        slug: design.slug,
        category,
        records,
        files,
        criteria: criteria(),
        design,
        generator: generatorHash(design.slug),
        recalls,
      }),
    );
    cache.set(design.slug, p);
  }
  return p;
}

/** A design's category, read from its documentation's front matter (for the CLI, outside Astro). */
export function categoryOf(slug: string): (typeof categories)[number] {
  const text = readFileSync(join(process.cwd(), 'designs', slug, 'index.mdx'), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return (parseYaml(front) as { category: (typeof categories)[number] }).category;
}
