import type { AnyDesign } from './_kit';
import visiereSerreTete from './visiere-serre-tete/design';
import visiereFeuille from './visiere-feuille/design';
import attacheMasque from './attache-masque/design';
import crochetCharlotte from './crochet-charlotte/design';
// Sewing patterns.
import masqueAPlis from './masque-a-plis/design';
import masqueBecDeCanard from './masque-bec-de-canard/design';
import surblouse from './surblouse/design';
import charlotte from './charlotte/design';

/**
 * Every published design, in catalogue order. The site, the CLI and the tests all read this
 * list, so adding a design here publishes it everywhere. (The customizer's worker loads only its
 * page's design, from the design's folder: site/client/design.worker.ts.)
 */
export const designs: AnyDesign[] = [
  visiereSerreTete,
  visiereFeuille,
  attacheMasque,
  crochetCharlotte,
  masqueAPlis,
  masqueBecDeCanard,
  surblouse,
  charlotte,
];

export function designBySlug(slug: string): AnyDesign | undefined {
  return designs.find((d) => d.slug === slug);
}
