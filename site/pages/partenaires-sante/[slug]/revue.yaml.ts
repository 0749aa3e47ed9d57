import type { APIRoute, GetStaticPaths } from 'astro';
import { designEntries, type DesignEntry } from '../../../lib/content';
import { artifactsOf } from '../../../lib/artifacts';
import { criteria } from '../../../lib/openSante';
import { reviewTemplate } from '../../../lib/openSante/template';
import { generatorHash } from '../../../lib/openSante/generator';

// The pre-filled review record template of each design, a static file built with the site.
export const getStaticPaths = (async () =>
  (await designEntries()).map((entry) => ({ params: { slug: entry.design.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: DesignEntry }> = async ({ props: { entry } }) => {
  const files = await artifactsOf(entry.design);
  const { design } = entry;
  const body = reviewTemplate({
    slug: design.slug,
    version: entry.doc.data.version,
    files,
    checklist: criteria()[entry.doc.data.category],
    generator: generatorHash(design.slug),
    params: design.params,
    presets: Object.keys(design.presets),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
