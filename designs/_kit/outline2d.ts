import { serialize as serializeSvg } from '@jscad/svg-serializer';
import { serialize as serializeDxf } from '@jscad/dxf-serializer';
import { geometries, type Geom2 } from './jscad';
import type { Outline, OutlinedPart } from './kernel';

/**
 * Laser-cutter files from the kernel's evaluated outlines, at 1 unit = 1 mm. The outlines are
 * turned back into JSCAD geom2 (one closed ring of sides per polygon, holes keep their
 * clockwise order) so JSCAD's SVG and DXF serializers can write them.
 */
export function outlineToGeom2(outline: Outline, name?: string): Geom2 {
  const sides: [[number, number], [number, number]][] = [];
  for (const ring of outline) {
    for (let i = 0; i < ring.length; i++) sides.push([ring[i], ring[(i + 1) % ring.length]]);
  }
  const geom = geometries.geom2.create(sides as never);
  return name ? Object.assign(geom, { id: name, name }) : geom;
}

function requireOutlines(parts: OutlinedPart[], format: string): Geom2[] {
  const geoms = parts.filter((p) => p.outline.length > 0).map((p) => outlineToGeom2(p.outline, p.name));
  if (geoms.length === 0) throw new Error(`${format}: the model has no 2D outline to cut.`);
  return geoms;
}

/**
 * SVG in millimetres (width/height in mm, viewBox in the same units). Cut lines are drawn as
 * hairline strokes without fill, which laser software reads as "cut", not "engrave".
 */
export function toSvg(parts: OutlinedPart[]): Uint8Array {
  const [svg] = serializeSvg({ unit: 'mm' }, requireOutlines(parts, 'SVG')) as string[];
  const cut = svg.replace(/<path fill="[^"]*"/g, '<path fill="none" stroke="#000" stroke-width="0.1"');
  return new TextEncoder().encode(cut);
}

/** DXF (AutoCAD 2017, $INSUNITS = 4: millimetres), one closed LWPOLYLINE per ring. */
export function toDxf(parts: OutlinedPart[]): Uint8Array {
  const [dxf] = serializeDxf({ geom2To: 'lwpolyline' }, requireOutlines(parts, 'DXF')) as string[];
  return new TextEncoder().encode(dxf);
}
