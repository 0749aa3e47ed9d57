// The design workers: two running the same code (design.worker.ts), so files (a gown's tiled
// PDF takes longer than its preview) are written beside the preview, never in front of it.
// Nothing loads before the first paint, and on a slow phone the first preview gets the network
// and the processor to itself: the files worker starts once the preview worker has answered.
// manifold.wasm: the page downloads it while the preview worker loads; that worker compiles it
// (off the page's thread) and sends the module back for the files worker.
import wasmUrl from 'manifold-3d/manifold.wasm?url';
import type { GenerateRequest, ToDesignWorker, WorkerReply } from '../protocol';

export type WorkerRole = 'preview' | 'files';

export interface DesignWorkers {
  /** Sends a request to the preview worker, starting it (and the kernel's download) on first use. */
  preview(req: GenerateRequest): void;
  /** Sends a request to the files worker; until it has started, only the latest one waits. */
  files(req: GenerateRequest): void;
  /** Whether the preview worker has started (before, a published file is the quicker preview). */
  readonly started: boolean;
  /** Joins the preview worker to the viewer worker, now or once it starts. */
  connectViewer(port: MessagePort): void;
}

/**
 * `reply` gets every answer but manifold.wasm's, with the worker that gave it; the files worker
 * starts once the preview worker's first answer has been handled.
 */
export function startDesignWorkers(reply: (data: Exclude<WorkerReply, { kind: 'wasm' }>, from: WorkerRole) => unknown, failed: (message: string) => void): DesignWorkers {
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
    const w = (filesWorker = newWorker((data) => data.kind !== 'wasm' && reply(data, 'files')));
    void wasmModule.then((module) => sendWasm(w, module));
    if (filesWaiting) w.postMessage(filesWaiting);
  };

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
      void Promise.resolve(reply(data, 'preview')).then(startFiles);
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
    files: (req) => (filesWorker ? filesWorker.postMessage(req satisfies ToDesignWorker) : (filesWaiting = req)),
    get started() {
      return previewWorker !== undefined;
    },
    connectViewer(port) {
      viewerPort = port;
      if (previewWorker) giveViewer(previewWorker);
    },
  };
}
