// What the editor's config needs from the build: the documents that exist, and for each design
// the review form's data (its version, the files built now with their SHA-256, its criteria, its
// generator, parameters and presets).
import { artifactsOf } from '../artifacts';
import { designEntries, guideEntries, networkData } from '../content';
import { criteria, statusOf } from '../openSante';
import { TRANSITIONS } from '../openSante/states';
import { generatorHash } from '../openSante/generator';
import fr from '../../i18n/fr';
import { forge } from '../../settings';
import { cmsConfig } from './config';
import type { ContentIndex } from './collections';

let index: Promise<ContentIndex> | undefined;

/** Computed once per build: config.yml, config.json and reviews.json all read it. */
export function contentIndex(): Promise<ContentIndex> {
  return (index ??= readIndex());
}

async function readIndex(): Promise<ContentIndex> {
  const [designs, guides, network] = await Promise.all([designEntries(), guideEntries(), networkData()]);
  const checklists = criteria();
  return {
    designs: designs.map((e) => ({ slug: e.design.slug, title: e.doc.data.title, hasEn: !!e.docEn })),
    guides: guides.map((g) => ({ slug: g.id, title: g.guide.data.title, hasEn: !!g.guideEn })),
    inventory: network.inventory.map((i) => ({ id: i.id, name: i.name.fr })),
    reviews: await Promise.all(
      designs.map(async (e) => {
        const { state } = await statusOf(e.design, e.doc.data.category);
        return {
          slug: e.design.slug,
          title: e.doc.data.title,
          version: e.doc.data.version,
          files: (await artifactsOf(e.design)).map((a) => ({ name: a.fileName, sha256: a.sha256 })),
          criteria: checklists[e.doc.data.category].map((c) => ({ id: c.id, label: c.label.fr })),
          state,
          allowed: [...TRANSITIONS[state]],
          generator: generatorHash(e.design.slug),
          params: Object.entries(e.design.params).map(([id, p]) => ({ id, label: p.label.fr })),
          presets: [{ id: 'defaut', label: fr['design.presetDefault'] }, ...Object.entries(e.design.presets).map(([id, p]) => ({ id, label: p.label.fr }))],
        };
      }),
    ),
  };
}

/** The configuration this build publishes. */
export async function siteCmsConfig() {
  return cmsConfig(forge, await contentIndex());
}
