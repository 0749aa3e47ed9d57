// Health partners with their acceptance profiles, checked once per build against the designs:
// a profile naming an unknown design or an envelope the design cannot have fails the build.
import { designs } from '../../../designs';
import { partnerEntries } from '../content';
import { acceptsProblems } from './acceptance';
import { ContentError } from './records';

let checked: ReturnType<typeof check> | undefined;

async function check() {
  const partners = await partnerEntries();
  const registry = designs.map((d) => ({ slug: d.slug, params: d.params, presets: Object.keys(d.presets) }));
  const problems = partners.flatMap((p) => (p.accepts ? acceptsProblems(p.accepts, registry).map(([field, message]) => `data/open-sante/partners/${p.id}.yaml: ${field}: ${message}`) : []));
  if (problems.length) throw new ContentError(problems);
  return partners;
}

export const checkedPartners = () => (checked ??= check());

/** The partners whose profile lists `slug`. */
export async function partnersAccepting(slug: string) {
  return (await checkedPartners()).filter((p) => p.accepts?.designs.some((d) => d.design === slug));
}
