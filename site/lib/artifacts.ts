import { createHash } from 'node:crypto';
import { designs } from '../../designs';
import type { Design, FormatId, ParamSpecs } from '../../designs/_kit';
import { fileName, formatOf } from '../../designs/_kit/export';
import { edgeReport, isClosedManifold, readBinaryStl } from '../../designs/_kit/meshCheck';
import { DEFAULT_VARIANT } from '../../designs/_kit/define';
import { DEFAULT_PRINTER, plateContext, plateVariant, type PlateRequest } from '../../designs/_kit/plate';
import { evaluatedVariant, publishedVariants } from './variants';

/** A file written at build time: downloadable without JavaScript, with its fingerprint. */
export interface Artifact {
  slug: string;
  /** "defaut" or a preset name; for a plate, "defaut--plateau-mk4". */
  variant: string;
  /** A plate of copies: for which printer, how many. */
  plate?: { printer: string; copies: number };
  format: FormatId;
  fileName: string;
  href: string;
  mime: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
}

export { DEFAULT_VARIANT };
export const filesBase = '/fichiers/';

/** Small parts published also as a full plate for the default printer: what makers print by the dozen. */
export const PLATED_DESIGNS = ['attache-masque', 'crochet-charlotte'];
const FULL_PLATE: PlateRequest = { printer: DEFAULT_PRINTER, copies: 'full' };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Builds a design's default and preset files; exported so tests can build a variant of a design. */
export async function buildArtifacts(design: Design<ParamSpecs>): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const variant of publishedVariants(design)) {
    const ctx = await evaluatedVariant(design, variant);
    for (const format of design.formats) {
      const bytes = await formatOf(format).write(ctx);
      // Never publish a broken file: the STL is read back and its edges counted.
      if (format === 'stl') {
        const report = edgeReport(readBinaryStl(bytes).vertices);
        if (!isClosedManifold(report)) throw new Error(`${design.slug} ${variant}: STL is not closed: ${JSON.stringify(report)}`);
      }
      const name = fileName(design.slug, variant, format);
      out.push({
        slug: design.slug,
        variant,
        format,
        fileName: name,
        href: `${filesBase}${design.slug}/${name}`,
        mime: formatOf(format).mime,
        bytes,
        size: bytes.byteLength,
        sha256: sha256(bytes),
      });
    }
    if (variant === DEFAULT_VARIANT && PLATED_DESIGNS.includes(design.slug)) {
      const plated = plateContext(ctx, FULL_PLATE);
      if (!plated.ok) throw new Error(`${design.slug}: ${plated.error.en}`);
      const bytes = await formatOf('3mf').write(plated.ctx);
      const name = fileName(design.slug, plateVariant(variant, FULL_PLATE), '3mf');
      out.push({
        slug: design.slug,
        variant: plateVariant(variant, FULL_PLATE),
        plate: { printer: plated.printer.id, copies: plated.count },
        format: '3mf',
        fileName: name,
        href: `${filesBase}${design.slug}/${name}`,
        mime: formatOf('3mf').mime,
        bytes,
        size: bytes.byteLength,
        sha256: sha256(bytes),
      });
    }
  }
  return out;
}

// Pages and file endpoints ask for the same files during one build: compute each design once.
const cache = new Map<string, Promise<Artifact[]>>();

export function artifactsOf(design: Design<ParamSpecs>): Promise<Artifact[]> {
  let p = cache.get(design.slug);
  if (!p) cache.set(design.slug, (p = buildArtifacts(design)));
  return p;
}

export async function allArtifacts(): Promise<Artifact[]> {
  return (await Promise.all(designs.map(artifactsOf))).flat();
}
