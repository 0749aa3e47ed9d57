// Catalogue thumbnails, made at build time from the same geometry the downloads hold: a PNG
// of the solids (raster.ts), or an SVG of the outlines of a flat design (outlineSvg.ts).
import type { Design, ParamSpecs } from '../../../designs/_kit';
import { DEFAULT_VARIANT } from '../../../designs/_kit/define';
import { evaluatedVariant } from '../variants';
import { meshThumbnail } from './raster';
import { outlineThumbnail } from './outlineSvg';

export type Thumbnail = { kind: 'png'; href: string; bytes: Uint8Array } | { kind: 'svg'; svg: string };

export const thumbnailsBase = '/apercus/';
const cache = new Map<string, Promise<Thumbnail>>();

async function makeThumbnail(design: Design<ParamSpecs>): Promise<Thumbnail> {
  const ctx = await evaluatedVariant(design, DEFAULT_VARIANT);
  if (ctx.meshes.length) return { kind: 'png', href: `${thumbnailsBase}${design.slug}.png`, bytes: meshThumbnail(ctx.meshes.map((m) => m.mesh)) };
  return { kind: 'svg', svg: outlineThumbnail(ctx.outlines.map((o) => o.outline), design.title.fr) };
}

/** The catalogue card image of a design; computed once per build. */
export function thumbnailOf(design: Design<ParamSpecs>): Promise<Thumbnail> {
  let p = cache.get(design.slug);
  if (!p) cache.set(design.slug, (p = makeThumbnail(design)));
  return p;
}
