// Partners' acceptance profiles: which designs a partner takes, within which envelope, in which
// materials. Pure and free of Node, like envelope.ts: the catalogue, the customizer and the tests
// share it.
import type { ParamSpecs } from '../../../designs/_kit/params';
import { envelopeProblems, outsideOf, type Envelope, type Outside } from './envelope';

export interface AcceptedDesign extends Envelope {
  design: string;
}
export interface Accepts {
  designs: AcceptedDesign[];
  materials: string[];
}

export type Acceptance = { accepted: true } | { accepted: false; reason: 'design' } | { accepted: false; reason: 'material'; materials: string[] } | { accepted: false; reason: 'envelope'; outside: Outside[] };

/** Whether a partner takes these values of `slug` (made in `material`, when given). */
export function acceptanceOf(accepts: Accepts, slug: string, defaults: Record<string, unknown>, values: Record<string, unknown>, variants: string[], material?: string): Acceptance {
  const entry = accepts.designs.find((d) => d.design === slug);
  if (!entry) return { accepted: false, reason: 'design' };
  const outside = outsideOf(entry, defaults, values, variants);
  if (outside.length) return { accepted: false, reason: 'envelope', outside };
  if (material && accepts.materials.length && !accepts.materials.some((m) => m.toLowerCase() === material.toLowerCase())) return { accepted: false, reason: 'material', materials: accepts.materials };
  return { accepted: true };
}

/** Problems of a profile against the registry, as [field, message]: an unknown design, an envelope it cannot have. */
export function acceptsProblems(accepts: Accepts, designs: { slug: string; params: ParamSpecs; presets: string[] }[]): [string, string][] {
  return accepts.designs.flatMap((d, j) => {
    const design = designs.find((x) => x.slug === d.design);
    if (!design) return [[`accepts.designs.${j}.design`, `unknown design "${d.design}" (designs: ${designs.map((x) => x.slug).join(', ')})`] as [string, string]];
    return envelopeProblems(d, design.params, design.presets).map(([field, message]) => [`accepts.designs.${j}.${field.replace(/^envelope\./, '')}`, message] as [string, string]);
  });
}
