// Messages between the customizer page and its Web Worker.
import type { ParamError } from '../../designs/_kit/messages';
import type { FormatId } from '../../designs/_kit';
import type { MaterialEstimate } from '../../designs/_kit/material';

export interface GenerateRequest {
  id: number;
  slug: string;
  input: Record<string, unknown>;
  /** The page runs two workers: one answers with the preview, the other with the files. */
  want: 'preview' | 'files';
}

export interface PreviewPart {
  name: string;
  positions: Float32Array;
  indices: Uint32Array;
}

/** A 2D part: closed polygons in mm (outer outlines counter-clockwise, holes clockwise). */
export interface PreviewOutline {
  name: string;
  polygons: [number, number][][];
}

export type WorkerReply =
  | { id: number; kind: 'preview'; values: Record<string, unknown>; parts: PreviewPart[]; outlines: PreviewOutline[]; triangles: number; size: [number, number, number]; ms: { build: number; mesh: number }; material?: MaterialEstimate }
  | { id: number; kind: 'files'; files: { format: FormatId; fileName: string; mime: string; bytes: Uint8Array }[] }
  | { id: number; kind: 'invalid'; errors: ParamError[] }
  | { id: number; kind: 'failed'; message: string };
