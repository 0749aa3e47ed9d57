// Requests to the design workers, and the page's status. Each change of values gets an id; when
// each request is sent is the lane's business (lane.ts): values passed over while the preview
// worker builds are dropped, and files follow the previews. Each preview is handed to the view
// as it comes, so the model follows the hand; the form, address, review status and files follow
// the last values only, which are always drawn last. The page is ready once both the preview and
// the files for the current values are in.
import type { GenerateRequest, WorkerReply } from '../protocol';
import type { FormatId } from '../../../designs/_kit/define';
import type { PreviewSummary } from '../../../designs/_kit/summary';
import type { PreparedPreview, PreparedPreviews } from '../../lib/preparedPreviews';
import type { PlateControl } from '../plate';
import { startDesignWorkers, type PageReply, type WorkerRole } from './workers';
import { fill, type Messages } from './messages';
import { startLane } from './lane';
import type { AddressWriter } from './address';
import type { ParamForm } from './form';
import type { startPreview } from './preview';
import type { ReadyFiles } from './downloads';
import { setAttr, setText } from '../dom';

type PreviewReply = Extract<WorkerReply, { kind: 'preview' }>;

/** Timings read by `npm run bench` (parameter change → preview drawn, in ms) and the tests' waits. */
export interface Timings {
  changeToDrawn: number[];
  ready: boolean;
  lastId: number;
  /** The values drawn wait to be written in the address (address.ts). */
  readonly addressPending: boolean;
}
declare global {
  interface Window {
    __usinette?: Timings;
  }
}

/** Where values came from when they are not typed: their errors then speak of the link or the file. */
export type Origin = 'link' | 'file';

export interface RequestsSetup {
  root: HTMLElement;
  msg: Messages;
  form: ParamForm;
  preview: ReturnType<typeof startPreview>;
  offerFiles: (files: ReadyFiles | null) => void;
  plate: PlateControl | undefined;
  /** The review status (reviewStatus.ts) follows the values drawn and the files made. */
  review: { show(values: Record<string, unknown>, variants: string[]): void; files(files: ReadyFiles | null): void };
  /** The page's address, which follows the values drawn (address.ts). */
  address: AddressWriter;
  /** The query that shares the form's values. */
  linkQuery: () => string;
}

export function startRequests({ root, msg, form, preview, offerFiles, plate, review, address, linkQuery }: RequestsSetup) {
  const slug = root.dataset.slug!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const timings: Timings = {
    changeToDrawn: [],
    ready: false,
    lastId: 0,
    get addressPending() {
      return address.pending;
    },
  };
  window.__usinette = timings;
  // The previews of the default values and of each preset, prepared at build
  // (site/lib/preparedPreviews.ts): drawn from the published STL at once, while the worker, the
  // kernel and the design's code would still load.
  const preparedJson = root.querySelector('[data-prepared-previews]')?.textContent;
  const prepared = preparedJson ? (JSON.parse(preparedJson) as PreparedPreviews) : {};

  const setStatus = (state: 'busy' | 'ready' | 'error', text: string) => {
    setAttr(status, 'data-state', state);
    setText(status, text);
    setAttr(root, 'data-busy', state === 'busy' ? '' : null);
  };

  let nextId = 0;
  /** The request whose values came from a link or a file, and from which. */
  const given: { id: number; from?: Origin } = { id: 0 };
  const changeStart = new Map<number, number>();
  let preparedId = 0; // drawn from its published file
  let drawnId = 0;
  let filesId = 0;

  const settleStatus = () => {
    if (drawnId === nextId && filesId === nextId) {
      setStatus('ready', msg.ready);
      timings.ready = true;
    } else setStatus('busy', msg.busy);
  };

  /** Records when a change was drawn, for the bench; earlier changes will not be. */
  const drawn = (id: number) => {
    const start = changeStart.get(id);
    if (start !== undefined) timings.changeToDrawn.push(performance.now() - start);
    for (const k of changeStart.keys()) if (k <= id) changeStart.delete(k);
    drawnId = Math.max(drawnId, id);
  };

  /** Shows a model's summary, then records when it is drawn. */
  const present = async (id: number, variants: string[], s: PreviewSummary, whenDrawn?: Promise<boolean>) => {
    form.clearErrors();
    form.followVariants(variants);
    if (filesId !== id) preview.describe(s); // the files' exact summary may have come first
    plate?.showSettings(s.print);
    setAttr(root, 'data-values', JSON.stringify(s.values));
    review.show(s.values, variants);
    // Dropped by the view for a newer model: that one's presentation follows.
    if ((await whenDrawn) === false) return;
    drawn(id);
    address.write(linkQuery());
    settleStatus();
  };

  // Draws the prepared preview (the file loads beside the 3D library). Then the preview worker
  // starts and writes the files for these values, which readies it for the first change; the
  // files worker starts after it, so a slow phone loads one worker at a time.
  const drawPrepared = async (req: GenerateRequest, file: PreparedPreview, variant: string) => {
    const bytes = fetch(file.stl).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${file.stl}: ${r.status}`))));
    bytes.catch(() => undefined); // without WebGL the file is not used, nor its failure
    const v = await preview.loadViewer();
    if (req.id !== nextId) return; // changed meanwhile: that request went to the preview worker
    preparedId = req.id;
    try {
      await present(req.id, [variant], file.summary, v ? bytes.then((b) => v.showStl(b, req.id)) : undefined);
      workers.preview({ ...req, want: 'files' });
    } catch {
      preparedId = 0; // the file could not be read: the worker draws the model
      lane.preview(req);
    }
  };

  /**
   * Draws the models of values already passed over while newer ones are built: the view follows
   * a moving value. Each is handed to the view as it comes, without waiting for the last to be
   * drawn; the view draws at most one a frame, the latest (viewer.worker.ts). The last values'
   * preview is handed over last (`present`), so nothing older is drawn after it.
   */
  let handedId = 0; // the newest preview handed to the view
  const drawPassed = (data: PreviewReply) => {
    if (data.id <= handedId) return;
    handedId = data.id;
    preview.describe(data.summary);
    lane.inView(preview.draw(data)).then(
      (shown) => shown && drawn(data.id),
      () => undefined, // not drawn: the last values' preview follows
    );
  };
  const onReply = (data: PageReply, from: WorkerRole) => {
    try {
      return handleReply(data);
    } finally {
      // Once its preview is handed to the view (handleReply), the worker may build the next values.
      // Files from the preview worker were asked for beside the lane (drawPrepared): they free nothing.
      if (from === 'preview' && data.kind !== 'files') lane.answered();
    }
  };
  const handleReply = async (data: PageReply) => {
    if (data.kind === 'preview' && data.id < nextId && data.id !== preparedId) return drawPassed(data);
    if (data.id !== nextId) return; // a newer request supersedes this reply
    switch (data.kind) {
      case 'invalid':
        form.showErrors(data.errors);
        preview.refused(drawnId > 0);
        setStatus('error', data.id === given.id ? (given.from === 'file' ? msg.invalidFile : msg.invalidUrl) : msg.invalid);
        timings.ready = true;
        return;
      case 'failed':
        setStatus('error', fill(msg.failed, { message: data.message }));
        return;
      case 'preview':
        if (data.id === preparedId) return; // already drawn from the published file
        handedId = data.id;
        return present(data.id, data.variants, data.summary, lane.inView(preview.draw(data)));
      case 'files':
        if (data.id === filesId) return; // the second worker's first answer only readied it
        if (data.summary) preview.describe(data.summary); // a solid's exact summary (a flat design's preview had it all)
        offerFiles(data.files);
        review.files(data.files);
        plate?.showFile(data.plate);
        filesId = data.id;
        settleStatus();
        return;
    }
  };
  // A flat design's page writes each file when its link asks for it (workers.ts).
  const onDemand = root.dataset.dimensions === '2d' ? (root.dataset.formats!.split(',') as FormatId[]) : undefined;
  const workers = startDesignWorkers(onReply, (message) => setStatus('error', fill(msg.failed, { message })), onDemand);
  const lane = startLane<GenerateRequest>(workers);
  // The preview worker hands its models to the viewer worker itself, once both exist.
  void preview.whenViewer.then((v) => v?.port && workers.connectViewer(v.port()));

  return {
    /**
     * Asks for the form's current values. `variant` names their prepared preview, drawn at once
     * while the design code has not loaded; `from` says they came from a link or a file.
     */
    request(variant?: string, from?: Origin) {
      const id = ++nextId;
      timings.lastId = id;
      if (from) Object.assign(given, { id, from });
      changeStart.set(id, performance.now());
      setStatus('busy', msg.busy);
      offerFiles(null);
      review.files(null);
      plate?.showFile(null);
      const req: GenerateRequest = { kind: 'generate', id, slug, input: form.input(), want: 'preview', print: plate?.print, plate: plate?.current() };
      const file = variant && !workers.started ? prepared[variant] : undefined;
      if (variant && file) void drawPrepared(req, file, variant);
      else lane.preview(req);
      // Files follow the preview worker's answer; a prepared preview does not wait for it.
      lane.files({ ...req, want: 'files' }, file ? lane.building : true);
    },
  };
}
