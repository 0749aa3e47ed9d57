// The design workers: two running the same code (design.worker.ts), so files (a gown's tiled
// PDF takes longer than its preview) are written beside the preview, never in front of it.
// Nothing loads before the first paint, and on a slow phone the first preview gets the network
// and the processor to itself: the files worker starts once the preview worker has answered.
// manifold.wasm: the page downloads it while the preview worker loads; that worker compiles it
// (off the page's thread) and sends the module back for the files worker.
// A flat design's page (sheet, sewing pattern) writes no file before it is asked for: its files
// are offered once the preview worker has accepted the values, and the files worker starts and
// writes one format when its link is activated. Its writers (pdf-lib, JSCAD's SVG and DXF
// serializers) load then, not with the page.
import wasmUrl from 'manifold-3d/manifold.wasm?url';
import type { FormatId } from '../../../designs/_kit/define';
import type { GenerateRequest, PlateReply, ToDesignWorker, WorkerReply, WrittenFile } from '../protocol';
import type { PreviewSummary } from '../../../designs/_kit/summary';

export type WorkerRole = 'preview' | 'files';

/** A file for the values shown that is written when its link asks for it (`undefined`: newer values came first). */
export interface FileOnDemand {
  format: FormatId;
  /** The name the values answer to ("defaut", a preset), whose files are published: none for other values. */
  variant?: string;
  write: () => Promise<WrittenFile | undefined>;
}

/** Files offered for the values shown: written, or to write on demand. */
export type OfferedFile = WrittenFile | FileOnDemand;

/** What the page hears from its workers: their replies, the files offered as the page's own. */
export type PageReply = Exclude<WorkerReply, { kind: 'wasm' | 'files' }> | { id: number; kind: 'files'; files: OfferedFile[]; plate?: PlateReply; summary?: PreviewSummary };

export interface DesignWorkers {
  /** Sends a request to the preview worker, starting it (and the kernel's download) on first use. */
  preview(req: GenerateRequest): void;
  /**
   * Sends a request to the files worker; until it has started, only the latest one waits. On a
   * flat design's page, holds it: its files are offered once its preview is back, written when asked for.
   */
  files(req: GenerateRequest): void;
  /** Whether the preview worker has started (before, a published file is the quicker preview). */
  readonly started: boolean;
  /** Joins the preview worker to the viewer worker, now or once it starts. */
  connectViewer(port: MessagePort): void;
}

/**
 * `reply` gets every answer but manifold.wasm's, with the worker that gave it; the files worker
 * starts once the preview worker's first answer has been handled, or, with `filesOnDemand`
 * (the design's formats), when a file is first asked for.
 */
export function startDesignWorkers(reply: (data: PageReply, from: WorkerRole) => unknown, failed: (message: string) => void, filesOnDemand?: FormatId[]): DesignWorkers {
  let compiled: (module: WebAssembly.Module | undefined) => void;
  const wasmModule = new Promise<WebAssembly.Module | undefined>((resolve) => (compiled = resolve));
  const sendWasm = (w: Worker, wasm?: ArrayBuffer | WebAssembly.Module) => {
    try {
      w.postMessage({ kind: 'wasm', wasm } satisfies ToDesignWorker, wasm instanceof ArrayBuffer ? [wasm] : []);
    } catch {
      w.postMessage({ kind: 'wasm' } satisfies ToDesignWorker); // cannot pass a module: the worker fetches the file
    }
  };
  const newWorker = (onmessage: (data: WorkerReply) => void) => {
    const w = new Worker(new URL('../design.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<WorkerReply>) => onmessage(data);
    w.onerror = (e) => failed(e.message);
    return w;
  };

  let filesWorker: Worker | undefined;
  let filesWaiting: GenerateRequest | undefined;
  const startFiles = () => {
    if (filesWorker) return;
    const w = (filesWorker = newWorker((data) => data.kind !== 'wasm' && (filesOnDemand ? onDemand.answer(data) : reply(data, 'files'))));
    w.addEventListener('error', (e) => onDemand.broken(e.message));
    void wasmModule.then((module) => sendWasm(w, module));
    if (filesWaiting) w.postMessage(filesWaiting);
  };
  const onDemand = writeOnDemand(
    (req) => (startFiles(), filesWorker!.postMessage(req satisfies ToDesignWorker)),
    (data) => reply(data, 'files'),
    filesOnDemand ?? [],
  );

  let previewWorker: Worker | undefined;
  let viewerPort: MessagePort | undefined;
  const giveViewer = (w: Worker) => {
    if (viewerPort) w.postMessage({ kind: 'viewer', port: viewerPort } satisfies ToDesignWorker, [viewerPort]);
    viewerPort = undefined;
  };
  const previewOne = () => {
    if (previewWorker) return previewWorker;
    const w = (previewWorker = newWorker((data) => {
      if (data.kind === 'wasm') return compiled(data.module);
      compiled(undefined); // it would have sent the module before answering
      const handled = Promise.resolve(reply(data, 'preview'));
      if (filesOnDemand) onDemand.accepted(data);
      else void handled.then(startFiles);
    }));
    void fetch(wasmUrl)
      .then((r) => (r.ok ? r.arrayBuffer() : undefined))
      .catch(() => undefined)
      .then((bytes) => sendWasm(w, bytes));
    giveViewer(w);
    return w;
  };

  return {
    preview: (req) => previewOne().postMessage(req satisfies ToDesignWorker),
    files: (req) => (filesOnDemand ? onDemand.hold(req) : filesWorker ? filesWorker.postMessage(req satisfies ToDesignWorker) : (filesWaiting = req)),
    get started() {
      return previewWorker !== undefined;
    },
    connectViewer(port) {
      viewerPort = port;
      if (previewWorker) giveViewer(previewWorker);
    },
  };
}

/**
 * The files of a flat design's page: the latest values' request is held, and once the preview
 * worker has accepted those values (its preview came back) their files are offered, each written
 * by `send` when asked for. A write for values passed over is answered `undefined`: a file never
 * stands for other values than the form's.
 */
function writeOnDemand(send: (req: GenerateRequest) => void, offer: (data: Extract<PageReply, { kind: 'files' }>) => unknown, formats: FormatId[]) {
  let held: GenerateRequest | undefined;
  let accepted: { id: number; variant?: string } | undefined;
  interface Write {
    id: number;
    format: FormatId;
    file: Promise<WrittenFile | undefined>;
    done: (file: WrittenFile | undefined) => void;
    fail: (e: Error) => void;
  }
  const writes = new Set<Write>();
  const write = (req: GenerateRequest, format: FormatId) => {
    for (const w of writes) if (w.id === req.id && w.format === format) return w.file; // already being written
    const w = { id: req.id, format } as Write;
    w.file = new Promise((done, fail) => Object.assign(w, { done, fail }));
    writes.add(w);
    send({ ...req, want: 'files', formats: [format] });
    return w.file;
  };
  const settle = (which: (w: Write) => boolean, how: (w: Write) => void) => {
    for (const w of writes) if (which(w)) (writes.delete(w), how(w));
  };
  const offerHeld = () => {
    if (!held || held.id !== accepted?.id) return;
    const req = held;
    offer({ id: req.id, kind: 'files', files: formats.map((format) => ({ format, variant: accepted!.variant, write: () => write(req, format) })) });
  };
  return {
    /** The latest values' request: writes for older values are answered `undefined`. */
    hold(req: GenerateRequest) {
      held = req;
      settle((w) => w.id !== req.id, (w) => w.done(undefined));
      offerHeld();
    },
    /** The preview worker's answer: a preview means the values are accepted. */
    accepted(data: WorkerReply) {
      if (data.kind !== 'preview') return;
      accepted = { id: data.id, variant: data.variants[0] };
      offerHeld();
    },
    /** The files worker could not run: no write will be answered. */
    broken(message: string) {
      settle(() => true, (w) => w.fail(new Error(message)));
    },
    /** The files worker's answer to a write. */
    answer(data: Exclude<WorkerReply, { kind: 'wasm' }>) {
      if (data.kind === 'files') for (const f of data.files) settle((w) => w.id === data.id && w.format === f.format, (w) => w.done(f));
      else if (data.kind === 'failed') settle((w) => w.id === data.id, (w) => w.fail(new Error(data.message)));
      else if (data.kind === 'invalid') settle((w) => w.id === data.id, (w) => w.done(undefined));
    },
  };
}
