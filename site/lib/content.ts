// Every getCollection call of the site lives here, so pages never query on their own.
import { getCollection, getEntry } from 'astro:content';
import { designs as registry } from '../../designs';

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
