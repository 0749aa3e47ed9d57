// What the verify page needs to tell a batch's status without the network: for each design, its
// title, the review data the customizer uses, its presets' values, its published files, its
// generator now and the one its review examined, and the recalls that concern it. Embedded in the page, which the service worker precaches.
import { pathTo, type Lang } from '../../i18n';
import { designEntries } from '../content';
import { artifactsOf } from '../artifacts';
import { allRecalls, statusOf } from '.';
import { generatorHash } from './generator';
import { HASH_PREFIX } from './batchLink';
import { variantTexts } from './scope';
import { recallTarget } from './recalls';
import { recallPath } from './recallText';
import { isoDay } from './format';
import type { VariantTexts } from './envelope';

export interface VerifyDesign {
  slug: string;
  title: string;
  href: string;
  texts: VariantTexts;
  presets: Record<string, Record<string, unknown>>;
  files: { variant: string; fileName: string; sha256: string }[];
  /** Starts of the generator's hash now and of the one the decisive review record names. */
  generators: { current: string; reviewed?: string };
  recalls: { target: 'design' | 'generator' | 'file'; hash?: string; date: string; problem: string; href: string }[];
}

export async function verifyData(lang: Lang): Promise<VerifyDesign[]> {
  return Promise.all(
    (await designEntries()).map(async ({ design, doc, docEn }) => {
      const status = await statusOf(design, doc.data.category);
      return {
        slug: design.slug,
        title: lang === 'en' && docEn ? docEn.data.title : doc.data.title,
        href: pathTo('designs', lang, design.slug),
        texts: variantTexts(design, status, lang),
        presets: Object.fromEntries(Object.keys(design.presets).map((p) => [p, design.presetValues(p)])),
        files: (await artifactsOf(design)).map((a) => ({ variant: a.variant, fileName: a.fileName, sha256: a.sha256 })),
        generators: { current: generatorHash(design.slug).slice(0, HASH_PREFIX), reviewed: status.decisive?.record.generator?.slice(0, HASH_PREFIX) },
        recalls: allRecalls()
          .filter((r) => r.recall.design === design.slug)
          .map(({ id, recall }) => ({ target: recallTarget(recall), hash: recall.generator ?? recall.file, date: isoDay(recall.date), problem: recall.problem[lang], href: recallPath(lang, id) })),
      };
    }),
  );
}
