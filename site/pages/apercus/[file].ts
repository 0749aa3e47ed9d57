import type { APIRoute, GetStaticPaths } from 'astro';
import { designs } from '../../../designs';
import { thumbnailOf } from '../../lib/thumbnails';

// Catalogue thumbnails of the solid designs, drawn at build time from their default mesh.
export const getStaticPaths = (async () => {
  const paths = [];
  for (const design of designs) {
    const t = await thumbnailOf(design);
    if (t.kind === 'png') paths.push({ params: { file: `${design.slug}.png` }, props: { bytes: t.bytes } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) => new Response(new Uint8Array(props.bytes), { headers: { 'Content-Type': 'image/png' } });
