import { strToU8, zipSync } from 'fflate';
import type { MeshedPart } from './kernel';

/*
 * 3MF (3D Manufacturing Format) package: a zip holding one XML model in millimetres, one named
 * object per part. Written here rather than with @jscad/3mf-serializer because that serializer
 * repeats each triangle's vertices (the 3MF spec wants a manifold mesh that shares them), snaps
 * vertices (which can drop triangles) and stamps the date in the XML and the zip, so the same
 * model would get a new SHA-256 at every build and Open Santé reviews could never match a file.
 */

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>
</Relationships>`;

export const MODEL_PATH = '3D/3dmodel.model';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
// Float32 coordinates: 6 significant decimals in mm is far below a printer's resolution.
const coord = (v: number) => String(Math.round(v * 1e6) / 1e6);

function objectXml(part: MeshedPart, id: number): string {
  const { positions: p, indices: t } = part.mesh;
  const lines: string[] = [`  <object id="${id}" type="model" name="${escapeXml(part.name)}">`, '   <mesh>', '    <vertices>'];
  for (let i = 0; i < p.length; i += 3) lines.push(`     <vertex x="${coord(p[i])}" y="${coord(p[i + 1])}" z="${coord(p[i + 2])}"/>`);
  lines.push('    </vertices>', '    <triangles>');
  for (let i = 0; i < t.length; i += 3) lines.push(`     <triangle v1="${t[i]}" v2="${t[i + 1]}" v3="${t[i + 2]}"/>`);
  lines.push('    </triangles>', '   </mesh>', '  </object>');
  return lines.join('\n');
}

/** The XML model part: shared vertices, counter-clockwise triangles, unit millimetre. */
export function threeMfModel(parts: MeshedPart[]): string {
  if (parts.length === 0) throw new Error('3MF: the model has no 3D part.');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<model unit="millimeter" xml:lang="und" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">',
    ' <metadata name="Application">Usinette</metadata>',
    ' <resources>',
    ...parts.map((part, i) => objectXml(part, i + 1)),
    ' </resources>',
    ' <build>',
    ...parts.map((_, i) => `  <item objectid="${i + 1}"/>`),
    ' </build>',
    '</model>',
  ].join('\n');
}

// A fixed date keeps the zip, and so its SHA-256, identical from one build to the next.
const FIXED_MTIME = new Date('2020-03-17T00:00:00Z');

export function toThreeMf(parts: MeshedPart[]): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELS),
      [MODEL_PATH]: strToU8(threeMfModel(parts)),
    },
    { level: 6, mtime: FIXED_MTIME },
  );
}
