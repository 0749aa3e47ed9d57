// The customizer page: form ⇄ URL ⇄ worker ⇄ preview and downloads.
// Invalid input never reaches a file: downloads are disabled until the worker has built
// files for the exact values shown.
import type { GenerateRequest, WorkerReply } from './protocol';
import type { Viewer } from './viewer';
import { describeEstimate } from '../../designs/_kit/material';

type Messages = Record<'busy' | 'ready' | 'failed' | 'invalid' | 'invalidUrl' | 'previewAlt' | 'triangles' | 'linkCopied' | 'noWebgl' | 'download', string>;
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
  const dims = root.querySelector<HTMLElement>('[data-dims]')!;
  const material = root.querySelector<HTMLElement>('[data-material]');
  const downloads = [...root.querySelectorAll<HTMLAnchorElement>('[data-download]')];
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')].filter((el) => el.name !== '__preset');
  const timings: NonNullable<Window['__usinette']> = { changeToDrawn: [], ready: false, lastId: 0 };
  window.__usinette = timings;

  // Two workers running the same code: files (a gown's tiled PDF takes longer than its
  // preview) are written beside the preview, never in front of it.
  const newWorker = () => new Worker(new URL('./design.worker.ts', import.meta.url), { type: 'module' });
  let workers: { preview: Worker; files: Worker } | undefined;
  // Started on the first request, which comes after the first paint: the page is readable and
  // its static downloads usable before the design code and the kernel start loading.
  const startWorkers = () => {
    if (workers) return workers;
    const preview = newWorker();
    const files = newWorker();
    preview.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      settle();
      void onReply(data);
    };
    files.onmessage = ({ data }: MessageEvent<WorkerReply>) => void onReply(data);
    for (const w of [preview, files]) w.onerror = (e) => setStatus('error', fill(msg.failed, { message: e.message }));
    return (workers = { preview, files });
  };
  let viewer: Viewer | undefined;
  let viewerLoading: Promise<Viewer | undefined> | undefined;
  const loadViewer = () =>
    (viewerLoading ??= import('./viewer')
      .then(({ createViewer }) => (viewer = createViewer(viewport)))
      .catch(() => {
        viewport.textContent = msg.noWebgl;
        return undefined;
      }));

  // --- Form values -------------------------------------------------------------
  const readForm = (): Record<string, string> =>
    Object.fromEntries(fields.map((el) => [el.name, el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value]));
  const defaults = readForm();

  const writeField = (name: string, value: string) => {
    const el = fields.find((f) => f.name === name);
    if (!el) return false;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = ['true', '1', 'on', 'yes', 'oui'].includes(value.trim().toLowerCase());
    else el.value = value;
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
        a.download = file.fileName;
        a.setAttribute('aria-disabled', 'false');
        a.dataset.bytes = String(file.bytes.byteLength);
      } else {
        a.removeAttribute('href');
        a.removeAttribute('download');
        a.setAttribute('aria-disabled', 'true');
      }
    }
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
    for (const el of fields) el.removeAttribute('aria-invalid');
    formErrors.hidden = true;
    formErrors.textContent = '';
  };
  const showErrors = (errors: { param: string; message: { fr: string; en: string } }[]) => {
    clearErrors();
    const general: string[] = [];
    for (const e of errors) {
      const p = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(e.param)}"]`);
      const el = fields.find((f) => f.name === e.param);
      if (p && el) {
        p.hidden = false;
        p.textContent = p.textContent ? `${p.textContent} ${e.message[lang]}` : e.message[lang];
        el.setAttribute('aria-invalid', 'true');
      } else general.push(e.message[lang]);
    }
    if (general.length) (formErrors.hidden = false), (formErrors.textContent = general.join(' '));
  };
  const setStatus = (state: 'busy' | 'ready' | 'error', text: string) => {
    status.dataset.state = state;
    status.textContent = text;
    if (state === 'busy') root.dataset.busy = '';
    else delete root.dataset.busy;
  };

  // --- URL ---------------------------------------------------------------------------
  const extra: Record<string, string> = {};
  const syncUrl = (values: Record<string, string>) => {
    const q = new URLSearchParams();
    if (presetSelect.value) q.set('preset', presetSelect.value);
    for (const [k, v] of Object.entries(values)) if (v !== defaults[k]) q.set(k, v);
    const url = `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`;
    history.replaceState(null, '', url);
  };

  // --- Worker round trips: one in flight, the latest waiting -------------------------------
  let nextId = 0;
  let inFlight = false;
  let queued: GenerateRequest | null = null;
  let changeStart = new Map<number, number>();
  const send = (req: GenerateRequest) => {
    if (inFlight) return void (queued = req);
    inFlight = true;
    startWorkers().preview.postMessage(req);
  };
  const request = () => {
    const id = ++nextId;
    timings.lastId = id;
    changeStart.set(id, performance.now());
    setStatus('busy', msg.busy);
    setDownloads(null);
    const input = { ...readForm(), ...extra };
    send({ id, slug, input, want: 'preview' });
    startWorkers().files.postMessage({ id, slug, input, want: 'files' } satisfies GenerateRequest);
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
  const onReply = async (data: WorkerReply) => {
    if (data.id !== nextId) return; // a newer request supersedes this reply
    switch (data.kind) {
      case 'invalid':
        showErrors(data.errors);
        setStatus('error', data.id === 1 && location.search ? msg.invalidUrl : msg.invalid);
        timings.ready = true;
        return;
      case 'failed':
        setStatus('error', fill(msg.failed, { message: data.message }));
        return;
      case 'preview': {
        clearErrors();
        // Outline-only designs get an SVG; anything with a solid gets the 3D view.
        const v = data.parts.length ? await loadViewer() : undefined;
        if (v) v.show(data.parts);
        else if (data.outlines.length) (await import('./outlineView')).drawOutlines(viewport, data.outlines);
        const [x, y, z] = data.size.map((n) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }));
        dims.textContent = data.parts.length
          ? `${x} × ${y} × ${z} mm · ${fill(msg.triangles, { n: data.triangles.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB') })}`
          : `${x} × ${y} mm`;
        if (material) material.textContent = data.material ? describeEstimate(data.material, lang) : '';
        root.dataset.values = JSON.stringify(data.values);
        desc.textContent = fill(msg.previewAlt, { title, x, y, z, tris: data.triangles, parts: (data.parts.length ? data.parts : data.outlines).map((p) => p.name).join(', ') });
        syncUrl(readForm());
        if (v) await v.drawn();
        const start = changeStart.get(data.id);
        if (start !== undefined) timings.changeToDrawn.push(performance.now() - start);
        changeStart.delete(data.id);
        drawnId = data.id;
        settleStatus();
        return;
      }
      case 'files':
        setDownloads(data.files);
        filesId = data.id;
        settleStatus();
        return;
    }
  };

  form.addEventListener('input', (e) => {
    if (e.target === presetSelect) return;
    presetSelect.value = '';
    request();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  presetSelect.addEventListener('change', () => {
    const name = presetSelect.value;
    for (const [k, v] of Object.entries(defaults)) writeField(k, v);
    if (name) {
      const preset = JSON.parse(root.querySelector<HTMLElement>('[data-presets]')?.textContent ?? '{}')[name] ?? {};
      for (const [k, v] of Object.entries(preset)) writeField(k, String(v));
    }
    request();
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      presetSelect.value = '';
      for (const k of Object.keys(extra)) delete extra[k];
      request();
    });
  });
  root.querySelector('[data-fit]')?.addEventListener('click', () => viewer?.fit());
  root.querySelector('[data-copy-link]')?.addEventListener('click', async (e) => {
    const button = e.currentTarget as HTMLButtonElement;
    await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    const label = button.textContent;
    button.textContent = msg.linkCopied;
    setTimeout(() => (button.textContent = label), 1500);
  });

  // --- Start: the URL may carry values, valid or not; invalid ones are shown, not dropped. ---
  const query = new URLSearchParams(location.search);
  const presetName = query.get('preset');
  if (presetName !== null) {
    presetSelect.value = presetName;
    if (presetSelect.value === presetName) presetSelect.dispatchEvent(new Event('change'));
    else extra.preset = presetName;
  }
  for (const [k, v] of query) {
    if (k === 'preset') continue;
    if (!writeField(k, v)) extra[k] = v;
  }
  // The design code, the kernel and the 3D library load once the page has painted.
  requestAnimationFrame(() => setTimeout(request, 0));
  // The 3D library loads once the page has painted: the form and files are usable first.
  if (root.dataset.dimensions !== '2d') requestAnimationFrame(() => setTimeout(loadViewer, 0));
}
