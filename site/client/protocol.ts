// Messages between the customizer page and its Web Workers.
import type { ParamError } from '../../designs/_kit/messages';
import type { FormatId } from '../../designs/_kit';
import type { PreviewSummary } from '../../designs/_kit/summary';
import type { PrintSettings } from '../../designs/_kit/printSettings';
import type { PlateRequest } from '../../designs/_kit/plate';
import type { MaterialEstimate } from '../../designs/_kit/material';
import type { Localized } from '../../designs/_kit/params';

export interface GenerateRequest {
  kind: 'generate';
  id: number;
  slug: string;
  input: Record<string, unknown>;
  /** The page runs two workers: one answers with the preview, the other with the files. */
  want: 'preview' | 'files';
  /** The design's print settings (front matter): the 3MF files carry them, the estimate uses them. */
  print?: PrintSettings;
  /** A plate to write beside the files, if the page asks for one. */
  plate?: PlateRequest;
  /** Only these formats (a flat design's page asks for the one whose link was activated); else every format. */
  formats?: FormatId[];
}

/** A file the files worker wrote for a request's values. */
export interface WrittenFile {
  format: FormatId;
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** The plate file, or why there is none (a part larger than the bed, more copies than fit). */
export type PlateReply =
  | { ok: true; fileName: string; mime: string; bytes: Uint8Array; count: number; fits: number; printer: string; bed: [number, number]; material: MaterialEstimate }
  | { ok: false; error: Localized };

/**
 * To a design worker: values to build, or manifold.wasm: its bytes, fetched by the page while the
 * worker loads, or the module another worker compiled (absent if the page could not get either).
 */
export type ToDesignWorker =
  | GenerateRequest
  | { kind: 'wasm'; wasm?: ArrayBuffer | WebAssembly.Module }
  /** A port to the viewer worker: the preview worker hands its models there, not through the page. */
  | { kind: 'viewer'; port: MessagePort };

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
  /** manifold.wasm compiled from the bytes the page gave, for the page's other worker. */
  | { id?: undefined; kind: 'wasm'; module: WebAssembly.Module }
  /** `variants`: every name the values answer to ("defaut", presets); none for other values. */
  /** `inViewer`: the parts went straight to the viewer worker, and `parts` is empty. */
  | { id: number; kind: 'preview'; variants: string[]; summary: PreviewSummary; parts: PreviewPart[]; inViewer?: boolean; outlines: PreviewOutline[]; ms: { build: number; mesh: number } }
  /** `summary`: the exact mesh's, with its triangle count and material estimate. */
  | { id: number; kind: 'files'; files: WrittenFile[]; plate?: PlateReply; summary: PreviewSummary }
  | { id: number; kind: 'invalid'; errors: ParamError[] }
  | { id: number; kind: 'failed'; message: string };

/** A drag, pinch or wheel on the 3D view; dx and dy are fractions of the view's height. */
export type OrbitInput = { kind: 'rotate' | 'pan'; dx: number; dy: number } | { kind: 'zoom'; factor: number };

export interface ViewSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** To the viewer worker, which draws the 3D preview on a canvas the page hands over. */
export type ToViewer =
  | { kind: 'init'; canvas: OffscreenCanvas; size: ViewSize }
  | { kind: 'show'; id: number; parts: PreviewPart[] }
  /** Draws a binary STL file (the default values' published file) instead of parts. */
  | { kind: 'show-stl'; id: number; bytes: ArrayBuffer }
  /** A port on which the preview worker sends `show` messages itself. */
  | { kind: 'port'; port: MessagePort }
  | { kind: 'resize'; size: ViewSize }
  | { kind: 'orbit'; input: OrbitInput }
  | { kind: 'fit' };

/** `drawn`: the model was drawn, or `dropped` for a newer one before the next frame, or could not be read (`error`). */
export type FromViewer = { kind: 'ready' } | { kind: 'failed'; message: string } | { kind: 'drawn'; id: number; dropped?: boolean; error?: string };
