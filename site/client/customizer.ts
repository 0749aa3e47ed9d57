// The customizer page: form ⇄ URL ⇄ worker ⇄ preview and downloads.
// Invalid input never reaches a file: downloads are disabled until the worker has built
// files for the exact values shown.
import wasmUrl from 'manifold-3d/manifold.wasm?url';
import type { GenerateRequest, ToDesignWorker, WorkerReply } from './protocol';
import { createViewer, type Viewer } from './viewer';
import { drawOutlines, type PatternNames } from './outlineView';
import type { PreviewSummary } from '../../designs/_kit/summary';
import { formatNumber } from '../../designs/_kit/lang';
import { describeEstimate } from '../../designs/_kit/material';
import type { PreparedPreview, PreparedPreviews } from '../lib/preparedPreviews';
import { DEFAULT_VARIANT } from '../../designs/_kit/define';
import { readBool } from '../../designs/_kit/bool';
import { PARAM_FILE_EVENT, type ParamFileEvent } from './paramFile';
import { echo, type ParamError } from '../../designs/_kit/messages';
import { startPlate } from './plate';
import { startReviewStatus } from './reviewStatus';

type Messages = Record<
  | 'busy' | 'ready' | 'failed' | 'invalid' | 'invalidUrl' | 'invalidFile' | 'unknownPreset' | 'ignoredUrl' | 'repeatedUrl'
  | 'presetDefault' | 'presetCustom' | 'previewAlt' | 'previewStale' | 'previewNone' | 'triangles' | 'linkCopied' | 'linkNotCopied' | 'noWebgl' | 'download',
  string
>;
/** How many keys a notice names before "… (+N)". */
const NAMED_KEYS = 8;
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));

/** Timings read by `npm run bench`: parameter change → preview drawn, in ms. */
declare global {
  interface Window {
    __usinette?: { changeToDrawn: number[]; ready: boolean; lastId: number };
  }
}

export function startCustomizer(root: HTMLElement) {
  const slug = root.dataset.slug!;
  const lang = root.dataset.lang === 'en' ? 'en' : 'fr';
  const title = root.dataset.title ?? slug;
  const msg = JSON.parse(root.querySelector('[data-messages]')!.textContent!) as Messages;
  const form = root.querySelector<HTMLFormElement>('[data-param-form]')!;
  const presetSelect = form.querySelector<HTMLSelectElement>('[data-preset]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const formErrors = form.querySelector<HTMLElement>('[data-form-errors]')!;
  const viewport = root.querySelector<HTMLElement>('[data-viewport]')!;
  const desc = root.querySelector<HTMLElement>('[data-preview-desc]')!;
  const previewNote = root.querySelector<HTMLElement>('[data-preview-note]')!;
  const linkNotice = form.querySelector<HTMLElement>('[data-link-notice]')!;
  const dims = root.querySelector<HTMLElement>('[data-dims]')!;
  const material = root.querySelector<HTMLElement>('[data-material]');
  const downloads = [...root.querySelectorAll<HTMLAnchorElement>('[data-download]')];
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')].filter((el) => el.name !== '__preset');
  const review = startReviewStatus(root);
  const timings: NonNullable<Window['__usinette']> = { changeToDrawn: [], ready: false, lastId: 0 };
  window.__usinette = timings;
  // Print settings and plates (plate.ts): a plate change asks for new files like a value does.
  const plate = startPlate(root, lang, () => request());

  // Two workers running the same code: files (a gown's tiled PDF takes longer than its
  // preview) are written beside the preview, never in front of it. Nothing loads before the
  // first paint, and on a slow phone the first preview gets the network and the processor to
  // itself: the files worker starts once the preview worker has answered, and the preview
  // worker once the first preview is drawn when that preview is a published file (`prepared`).
  // manifold.wasm: the page downloads it while the preview worker loads; that worker compiles
  // it (off the page's thread) and sends the module back for the files worker.
  let compiled: (module: WebAssembly.Module | undefined) => void;
  const wasmModule = new Promise<WebAssembly.Module | undefined>((resolve) => (compiled = resolve));
  const newWorker = (onmessage: (data: WorkerReply) => void) => {
    const w = new Worker(new URL('./design.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<WorkerReply>) => onmessage(data);
    w.onerror = (e) => setStatus('error', fill(msg.failed, { message: e.message }));
    return w;
  };
  const sendWasm = (w: Worker, wasm?: ArrayBuffer | WebAssembly.Module) => {
    try {
      w.postMessage({ kind: 'wasm', wasm } satisfies ToDesignWorker, wasm instanceof ArrayBuffer ? [wasm] : []);
    } catch {
      w.postMessage({ kind: 'wasm' } satisfies ToDesignWorker); // cannot pass a module: the worker fetches the file
    }
  };
  let previewWorker: Worker | undefined;
  const preview = () => {
    if (previewWorker) return previewWorker;
    const w = (previewWorker = newWorker((data) => {
      if (data.kind === 'wasm') return compiled(data.module);
      compiled(undefined); // it would have sent the module before answering
      settle();
      void onReply(data).then(startFiles);
    }));
    void fetch(wasmUrl)
      .then((r) => (r.ok ? r.arrayBuffer() : undefined))
      .catch(() => undefined)
      .then((bytes) => sendWasm(w, bytes));
    return w;
  };
  let filesWorker: Worker | undefined;
  let filesWaiting: GenerateRequest | undefined;
  const startFiles = () => {
    if (filesWorker) return;
    const w = (filesWorker = newWorker((data) => void onReply(data)));
    void wasmModule.then((module) => sendWasm(w, module));
    if (filesWaiting) w.postMessage(filesWaiting);
  };
  const requestFiles = (req: GenerateRequest) => (filesWorker ? filesWorker.postMessage(req) : (filesWaiting = req));
  let viewer: Viewer | undefined;
  let viewerLoading: Promise<Viewer | undefined> | undefined;
  const loadViewer = () =>
    (viewerLoading ??= createViewer(viewport)
      .then((v) => (viewer = v))
      .catch(() => {
        viewport.textContent = msg.noWebgl;
        return undefined;
      }));

  // --- Form values -------------------------------------------------------------
  const readForm = (): Record<string, string> =>
    Object.fromEntries(fields.map((el) => [el.name, el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value]));
  const defaults = readForm();
  // The form as the page was built: no value from a link, a preset or the browser's form restore.
  const untouched = () =>
    fields.every((el) =>
      el instanceof HTMLSelectElement ? [...el.options].every((o) => o.selected === o.defaultSelected) : el.type === 'checkbox' ? el.checked === el.defaultChecked : el.value === el.defaultValue,
    );
  // The previews of the default values and of each preset, prepared at build
  // (site/lib/preparedPreviews.ts): drawn from the published STL at once, while the worker, the
  // kernel and the design's code would still load.
  const preparedJson = root.querySelector('[data-prepared-previews]')?.textContent;
  const prepared = preparedJson ? (JSON.parse(preparedJson) as PreparedPreviews) : {};
  const presets = JSON.parse(root.querySelector<HTMLElement>('[data-presets]')?.textContent ?? '{}') as Record<string, Record<string, unknown>>;

  // Values from a link or a file that the form cannot show as given (a checkbox reads only
  // true or false, a menu only its options): they go to the design as given, so its checks name
  // the value and what is allowed, instead of the form quietly changing them.
  const extra: Record<string, string> = {};
  const clearExtra = () => Object.keys(extra).forEach((k) => delete extra[k]);
  /** Shows a value in its field; false if the design has no such parameter. */
  const writeField = (name: string, value: string) => {
    delete extra[name];
    const el = fields.find((f) => f.name === name);
    if (!el) return false;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      const checked = readBool(value);
      if (checked === undefined) extra[name] = value;
      else el.checked = checked;
    } else if (el instanceof HTMLSelectElement && ![...el.options].some((o) => o.value === value)) extra[name] = value;
    // Links carry decimal points; a French form shows commas.
    else el.value = el.matches('[data-number]') && lang === 'fr' && /^\s*[+-]?\d*\.\d+\s*$/.test(value) ? value.replace('.', ',') : value;
    return true;
  };

  // --- Downloads -------------------------------------------------------------------
  let blobUrls: string[] = [];
  const setDownloads = (files: { format: string; fileName: string; mime: string; bytes: Uint8Array }[] | null) => {
    for (const u of blobUrls) URL.revokeObjectURL(u);
    blobUrls = [];
    for (const a of downloads) {
      const file = files?.find((f) => f.format === a.dataset.download);
      if (file) {
        const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
        blobUrls.push(url);
        a.href = url;
        a.dataset.fileName = file.fileName;
        a.download = review.fileName(file.fileName);
        a.setAttribute('aria-disabled', 'false');
        a.dataset.bytes = String(file.bytes.byteLength);
      } else {
        a.removeAttribute('href');
        a.removeAttribute('download');
        delete a.dataset.fileName;
        a.setAttribute('aria-disabled', 'true');
      }
    }
    review.files(files);
  };
  for (const a of downloads) {
    a.addEventListener('click', (e) => {
      if (a.getAttribute('aria-disabled') === 'true') e.preventDefault();
    });
    a.addEventListener('keydown', (e) => {
      if (e.key === ' ') (e.preventDefault(), a.click());
    });
  }

  // --- Errors ----------------------------------------------------------------------
  const clearErrors = () => {
    for (const p of form.querySelectorAll<HTMLElement>('[data-error-for]')) (p.hidden = true), (p.textContent = '');
    for (const el of [...fields, presetSelect]) el.removeAttribute('aria-invalid');
    formErrors.hidden = true;
    formErrors.textContent = '';
  };
  const showErrors = (errors: ParamError[]) => {
    clearErrors();
    const general: string[] = [];
    for (const e of errors) {
      // A link's preset is not a design parameter: name it and the presets there are.
      const badPreset = e.param === 'preset' && e.code === 'unknown';
      const p = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(e.param)}"]`);
      const el = badPreset ? presetSelect : fields.find((f) => f.name === e.param);
      if (p && el) {
        // Beside its field, an error names the field by the label the user sees, not its id.
        const text = badPreset
          ? fill(msg.unknownPreset, { name: echo(e.value, lang), list: [...presetSelect.options].filter((o) => o.value).map((o) => `${o.value} (${o.text})`).join(', ') })
          : e.fieldMessage[lang];
        p.hidden = false;
        p.textContent = p.textContent ? `${p.textContent} ${text}` : text;
        el.setAttribute('aria-invalid', 'true');
      } else general.push(e.message[lang]);
    }
    if (general.length) (formErrors.hidden = false), (formErrors.textContent = general.join(' '));
  };
  const showPreviewNote = (text: string) => {
    previewNote.textContent = text;
    previewNote.hidden = !text;
    if (text) root.dataset.stale = '';
    else delete root.dataset.stale;
  };
  const setStatus = (state: 'busy' | 'ready' | 'error', text: string) => {
    status.dataset.state = state;
    status.textContent = text;
    if (state === 'busy') root.dataset.busy = '';
    else delete root.dataset.busy;
  };

  // The menu's first entry stands for values no preset names: at the default values it says so,
  // in the words of the files table ("Réglages par défaut"), otherwise "Réglages personnalisés".
  const unnamed = presetSelect.querySelector<HTMLOptionElement>('option[value=""]')!;
  const nameUnnamed = (defaults: boolean) => (unnamed.textContent = defaults ? msg.presetDefault : msg.presetCustom);

  // --- URL ---------------------------------------------------------------------------
  // A preset's values are shared as its name alone: a short link, and one whose preview is
  // prepared at build.
  // Values are written as the design reads them: trimmed, with a decimal point.
  const linkValue = (name: string, v: string) => (fields.find((f) => f.name === name)?.matches('[data-number]') ? v.trim().replace(',', '.') : v.trim());
  const syncUrl = (values: Record<string, string>) => {
    const q = new URLSearchParams();
    if (presetSelect.value) q.set('preset', presetSelect.value);
    else for (const [k, v] of Object.entries(values)) if (linkValue(k, v) !== linkValue(k, defaults[k])) q.set(k, linkValue(k, v));
    for (const [k, v] of plate?.query() ?? []) q.set(k, v);
    const url = `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`;
    history.replaceState(null, '', url);
  };

  // --- Worker round trips: one in flight, the latest waiting -------------------------------
  let nextId = 0;
  let inFlight = false;
  let queued: GenerateRequest | null = null;
  const changeStart = new Map<number, number>();
  const send = (req: GenerateRequest) => {
    if (inFlight) return void (queued = req);
    inFlight = true;
    preview().postMessage(req);
  };
  /** Asks for the current values; `variant` names their prepared preview, to draw at once. */
  const request = (variant?: string) => {
    const id = ++nextId;
    timings.lastId = id;
    changeStart.set(id, performance.now());
    setStatus('busy', msg.busy);
    setDownloads(null);
    plate?.showFile(null);
    const input = { ...readForm(), ...extra };
    const req: GenerateRequest = { kind: 'generate', id, slug, input, want: 'preview', print: plate?.print, plate: plate?.current() };
    const file = variant ? prepared[variant] : undefined;
    if (variant && file) void drawPrepared(req, file, variant);
    else send(req);
    requestFiles({ ...req, want: 'files' });
  };
  // Draws the prepared preview (the file loads beside the 3D library). Then the preview worker
  // starts and writes the files for these values, which readies it for the first change; the
  // files worker starts after it, so a slow phone loads one worker at a time.
  let preparedId = 0;
  const drawPrepared = async (req: GenerateRequest, file: PreparedPreview, variant: string) => {
    const bytes = fetch(file.stl).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${file.stl}: ${r.status}`))));
    bytes.catch(() => undefined); // without WebGL the file is not used, nor its failure
    const v = await loadViewer();
    if (req.id !== nextId) return; // changed meanwhile: that request went to the preview worker
    preparedId = req.id;
    try {
      await present(req.id, [variant], file.summary, v ? bytes.then((b) => v.showStl(b)) : undefined);
      preview().postMessage({ ...req, want: 'files' } satisfies GenerateRequest);
    } catch {
      preparedId = 0; // the file could not be read: the worker draws the model
      send(req);
    }
  };
  const settle = () => {
    inFlight = false;
    if (queued) {
      const q = queued;
      queued = null;
      send(q);
    }
  };

  // The page is ready once both the preview and the files for the current values are in.
  let drawnId = 0;
  let filesId = 0;
  const settleStatus = () => {
    if (drawnId === nextId && filesId === nextId) {
      setStatus('ready', msg.ready);
      timings.ready = true;
    } else setStatus('busy', msg.busy);
  };
  /**
   * Shows a preview's size, material and description, then records when it is drawn. The preset
   * menu follows the values: it names a preset only while the values are exactly that preset's.
   */
  // A sewing pattern's sizes as their checkboxes name them, and its parts' labels: the preview's legend and piece names.
  const patternNames = (s: PreviewSummary): PatternNames => ({
    sizeName: (size) => root.querySelector(`#p-size_${CSS.escape(size)}`)?.closest('label')?.textContent?.trim() || undefined,
    partLabel: (part) => s.parts.find((p) => p.name === part)?.label[lang],
  });
  const present = async (id: number, variants: string[], s: PreviewSummary, drawn?: Promise<void>) => {
    clearErrors();
    const chosen = presetSelect.value || DEFAULT_VARIANT;
    if (!variants.includes(chosen)) presetSelect.value = variants.find((v) => Object.hasOwn(presets, v)) ?? '';
    nameUnnamed(variants.includes(DEFAULT_VARIANT));
    const [x, y, z] = s.size.map((n) => formatNumber(lang, n, 1));
    dims.textContent = s.triangles ? `${x} × ${y} × ${z} mm · ${fill(msg.triangles, { n: formatNumber(lang, s.triangles) })}` : `${x} × ${y} mm`;
    if (material) material.textContent = s.material ? describeEstimate(s.material, lang) : '';
    plate?.showSettings(s.print);
    root.dataset.values = JSON.stringify(s.values);
    review.show(s.values, variants);
    showPreviewNote('');
    const parts = s.parts.map((p) => p.label[lang]).join(lang === 'fr' ? '\u202f; ' : '; ');
    desc.textContent = fill(msg.previewAlt, { title, x, y, z, tris: formatNumber(lang, s.triangles), parts });
    syncUrl(readForm());
    await drawn;
    const start = changeStart.get(id);
    if (start !== undefined) timings.changeToDrawn.push(performance.now() - start);
    changeStart.delete(id);
    drawnId = id;
    settleStatus();
  };
  const onReply = async (data: WorkerReply) => {
    if (data.kind === 'wasm' || data.id !== nextId) return; // a newer request supersedes this reply
    switch (data.kind) {
      case 'invalid':
        showErrors(data.errors);
        // The view keeps the last valid model (or none): say so beside it, and in its description.
        showPreviewNote(drawnId ? msg.previewStale : msg.previewNone);
        setStatus('error', data.id === given.id ? (given.from === 'file' ? msg.invalidFile : msg.invalidUrl) : msg.invalid);
        timings.ready = true;
        return;
      case 'failed':
        setStatus('error', fill(msg.failed, { message: data.message }));
        return;
      case 'preview': {
        if (data.id === preparedId) return; // already drawn from the published file
        // Outline-only designs get an SVG; anything with a solid gets the 3D view.
        const v = data.parts.length ? await loadViewer() : undefined;
        const drawn = v?.show(data.parts);
        if (!v && data.outlines.length) drawOutlines(viewport, data.outlines, patternNames(data.summary));
        return present(data.id, data.variants, data.summary, drawn);
      }
      case 'files':
        if (data.id === filesId) return; // the second worker's first answer only readied it
        setDownloads(data.files);
        plate?.showFile(data.plate);
        filesId = data.id;
        settleStatus();
        return;
    }
  };

  // A field the user sets is read from the form again; once the user acts on the form, a link's
  // unknown preset has been seen and is dropped.
  form.addEventListener('input', (e) => {
    if (e.target === presetSelect) return;
    nameUnnamed(false);
    delete extra[(e.target as HTMLInputElement).name];
    delete extra.preset;
    presetSelect.value = '';
    request();
  });
  // Number fields are text (a French decimal comma must be typeable): arrows step them as a
  // number input would, Shift for ten steps, within the parameter's range.
  form.addEventListener('keydown', (e) => {
    const el = e.target as HTMLInputElement;
    if (!el.matches?.('[data-number]') || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return;
    const value = Number(el.value.trim().replace(',', '.'));
    const step = Number(el.dataset.step) || 1;
    if (el.value.trim() === '' || !Number.isFinite(value)) return;
    e.preventDefault();
    // To the next step counted from the minimum, as a number input does: 572 → 575, not 577.
    const min = Number(el.dataset.min);
    const at = (value - min) / step;
    const steps = e.shiftKey ? 10 : 1;
    const k = e.key === 'ArrowUp' ? Math.floor(at + 1e-9) + steps : Math.ceil(at - 1e-9) - steps;
    const decimals = (String(step).split('.')[1] ?? '').length;
    const clamped = Math.min(Math.max(min + k * step, min), Number(el.dataset.max));
    const text = clamped.toFixed(decimals);
    el.value = lang === 'fr' ? text.replace('.', ',') : text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  presetSelect.addEventListener('change', () => {
    const name = presetSelect.value;
    clearExtra();
    for (const [k, v] of Object.entries(defaults)) writeField(k, v);
    // Own keys only: an option's value is a preset's name, never "toString" or "__proto__".
    if (Object.hasOwn(presets, name)) for (const [k, v] of Object.entries(presets[name])) writeField(k, String(v));
    // Before the design code has loaded, a preset's published file is the quicker preview.
    const variant = name || DEFAULT_VARIANT;
    request(previewWorker ? undefined : variant);
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      presetSelect.value = '';
      clearExtra();
      request();
    });
  });
  root.querySelector('[data-fit]')?.addEventListener('click', () => viewer?.fit());
  // Says whether the link was copied: there is no clipboard on a plain-http address (the
  // portable archive on a local network), and the user must then copy the address by hand.
  const copyButton = root.querySelector<HTMLButtonElement>('[data-copy-link]');
  const copyLabel = copyButton?.textContent ?? '';
  let copyTimer: ReturnType<typeof setTimeout> | undefined;
  copyButton?.addEventListener('click', async () => {
    const copied = await navigator.clipboard?.writeText(location.href).then(() => true, () => false);
    copyButton.textContent = copied ? msg.linkCopied : msg.linkNotCopied;
    clearTimeout(copyTimer);
    copyTimer = setTimeout(() => (copyButton.textContent = copyLabel), copied ? 1500 : 6000);
  });

  // --- Values from a link or a file: valid or not, they are shown, not dropped. ---------------
  /** Where the values of request `id` came from, so their errors speak of the link or the file. */
  const given: { id: number; from: 'link' | 'file' | undefined } = { id: 0, from: undefined };
  /**
   * Puts a link's or a file's values in the form, over the defaults. Every key counts once, with
   * its last value, "preset" included (URLSearchParams.get would take the first); the notice
   * names repeated keys and keys the design does not know. Returns whether values other than a
   * preset's were given.
   */
  const applyInput = (input: [string, string][], from: 'link' | 'file') => {
    const entries = plate ? plate.take(input) : input;
    clearExtra();
    for (const [k, v] of Object.entries(defaults)) writeField(k, v);
    presetSelect.value = '';
    const last = new Map<string, string>();
    const repeated = new Set<string>();
    for (const [k, v] of entries) (last.has(k) && repeated.add(k), last.set(k, v));
    const presetName = last.get('preset');
    if (presetName !== undefined) {
      if (Object.hasOwn(presets, presetName)) {
        presetSelect.value = presetName;
        for (const [k, v] of Object.entries(presets[presetName])) writeField(k, String(v));
      } else extra.preset = presetName;
    }
    // Parameters the design does not know (a link's fbclid, utm_source…) are ignored, and named.
    const ignored = [...last].filter(([k, v]) => k !== 'preset' && !writeField(k, v)).map(([k]) => k);
    // A handful of names, each cut, then how many more: a pasted address must not fill the notice.
    const names = (keys: Iterable<string>) => {
      const all = [...keys];
      const shown = all.slice(0, NAMED_KEYS).map((k) => echo(k, lang)).join(', ');
      return all.length > NAMED_KEYS ? `${shown}… (+${all.length - NAMED_KEYS})` : shown;
    };
    const notice = [
      ignored.length ? fill(msg.ignoredUrl, { names: names(ignored) }) : '',
      repeated.size ? fill(msg.repeatedUrl, { names: names(repeated) }) : '',
    ].filter(Boolean);
    linkNotice.hidden = !notice.length;
    linkNotice.textContent = notice.join(' ');
    given.id = nextId + 1; // the request about to be sent
    given.from = from;
    return [...last.keys()].some((k) => k !== 'preset' && !ignored.includes(k));
  };

  // A parameter file (paramFile.ts) is applied in the page: the address then shows its values
  // once the design accepts them, like values typed in the form.
  root.addEventListener(PARAM_FILE_EVENT, (e) => {
    applyInput((e as ParamFileEvent).detail.values, 'file');
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
    request();
  });

  // --- Start ------------------------------------------------------------------------------
  const query = new URLSearchParams(location.search);
  const hasValues = query.size ? applyInput([...query], 'link') : false;
  // A page opened on the default values or on a preset alone draws its prepared preview.
  const startVariant = hasValues ? undefined : !query.has('preset') && untouched() ? DEFAULT_VARIANT : presetSelect.value || undefined;
  // The 3D library, the design code and the kernel load once the page has painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (root.dataset.dimensions !== '2d') void loadViewer();
      request(startVariant);
    }, 0),
  );
}
