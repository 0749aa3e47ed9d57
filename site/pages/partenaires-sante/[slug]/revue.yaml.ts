import type { APIRoute, GetStaticPaths } from 'astro';
import { designEntries, type DesignEntry } from '../../../lib/content';
import { artifactsOf } from '../../../lib/artifacts';
import { criteria } from '../../../lib/openSante';
import { reviewTemplate } from '../../../lib/openSante/template';

// The pre-filled review record template of each design, a static file built with the site.
export const getStaticPaths = (async () =>
  (await designEntries()).map((entry) => ({ params: { slug: entry.design.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: DesignEntry }> = async ({ props: { entry } }) => {
  const files = await artifactsOf(entry.design);
  const body = reviewTemplate({ slug: entry.design.slug, version: entry.doc.data.version, files, checklist: criteria()[entry.doc.data.category] });
  return new Response(body, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
