// Every getCollection call of the site lives here, so pages never query on their own.
import { getCollection, getEntry } from 'astro:content';
import { designs as registry } from '../../designs';
import { crossCheck } from './network/checks';
import { endOf } from '../schemas/sourced';
import { stepsWithoutFigure } from '../schemas/guide';
import { communes } from './network/geo';
import { communeCentres } from './network/communeCentres';

export async function designEntries() {
  const [docs, docsEn] = await Promise.all([getCollection('designs'), getCollection('designsEn')]);
  return registry.map((design) => {
    const doc = docs.find((d) => d.id === design.slug);
    if (!doc) throw new Error(`designs/${design.slug}/index.mdx is missing: every design needs its documentation.`);
    return { design, doc, docEn: docsEn.find((d) => d.id === design.slug) };
  });
}

export type DesignEntry = Awaited<ReturnType<typeof designEntries>>[number];

export async function designEntry(slug: string) {
  return (await designEntries()).find((e) => e.design.slug === slug);
}

export { getEntry };

/** An entry's data with its id, which is its file name (network/<folder>/<id>.yaml, data/open-sante/partners/<id>.yaml). */
const withId = <T>(e: { id: string; data: T }) => ({ id: e.id, ...e.data });

/** One file per entry has no file order: `order` says where each stands, the id breaks ties. */
const rank = (o: number | undefined) => o ?? Number.MAX_SAFE_INTEGER;
const inOrder = <T extends { id: string; order?: number }>(list: T[]) => list.sort((a, b) => rank(a.order) - rank(b.order) || a.id.localeCompare(b.id));

/** The network's data, cross-checked: a dangling reference fails the build, naming file and field. */
export async function networkData() {
  const [places, production, inventory, resources, figures, workingGroups, models] = await Promise.all([
    getCollection('places'), getCollection('production'), getCollection('inventory'), getCollection('resources'),
    getCollection('networkFigures'), getCollection('workingGroups'), getCollection('orgModels'),
  ]);
  const data = {
    places: inOrder(places.map(withId)),
    production: production.map(withId).sort((a, b) => endOf(a.to).getTime() - endOf(b.to).getTime() || a.id.localeCompare(b.id)),
    inventory: inOrder(inventory.map(withId)),
    resources: inOrder(resources.map(withId)),
    figures: inOrder(figures.map(withId)),
    workingGroups: inOrder(workingGroups.map(withId)),
    models: models.map((e) => ({ slug: e.id, ...e.data })).sort((a, b) => a.order - b.order),
  };
  const positions = new Map(communeCentres().located.map((c) => [c.code, c]));
  const problems = crossCheck(data, communes(), registry.map((d) => d.slug), positions);
  if (problems.length > 0) throw new Error(`Network data has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return data;
}

export type NetworkData = Awaited<ReturnType<typeof networkData>>;

/** Health partners, the organisations that review designs, by name. None is recorded yet: the list may be empty. */
export async function partnerEntries() {
  return (await getCollection('partners')).map(withId).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Sanitary protocols, in their reading order. */
export async function protocolEntries() {
  return (await getCollection('protocols')).sort((a, b) => a.data.order - b.data.order);
}

export type ProtocolEntry = Awaited<ReturnType<typeof protocolEntries>>[number];

/** The protocols that apply to a design category, so design pages link them without a list to maintain. */
export async function protocolsFor(category: ProtocolEntry['data']['appliesTo'][number]) {
  return (await protocolEntries()).filter((p) => p.data.appliesTo.includes(category));
}

/** Sewing guides, each with its English text and the pattern design it sews. */
export async function guideEntries() {
  const [guides, guidesEn] = await Promise.all([getCollection('guides'), getCollection('guidesEn')]);
  return guides
    .map((guide) => {
      const design = registry.find((d) => d.slug === guide.data.design);
      if (!design) throw new Error(`guides/${guide.id}/index.mdx: design "${guide.data.design}" is not in designs/index.ts`);
      const en = guidesEn.find((g) => g.id === guide.id);
      const texts = [{ body: guide.body, file: 'index.mdx' }, ...(en ? [{ body: en.body, file: 'en.mdx' }] : [])];
      for (const { body, file } of texts) {
        const missing = stepsWithoutFigure(body ?? '', guide.data.figures.steps.map((f) => f.step));
        if (missing.length) throw new Error(`guides/${guide.id}/${file}: <Step n={${missing[0]}}> has no figure: add one to figures.steps in guides/${guide.id}/index.mdx (step: ${missing[0]})`);
      }
      return { id: guide.id, guide, guideEn: en, design };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export type GuideEntry = Awaited<ReturnType<typeof guideEntries>>[number];

/** The guide that sews a design, for the link from its design page. */
export async function guideForDesign(slug: string) {
  return (await guideEntries()).find((g) => g.design.slug === slug);
}
