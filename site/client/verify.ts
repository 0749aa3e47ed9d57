// The verify page: decodes a batch code (from the address after "#", typed, or scanned where the
// browser has a BarcodeDetector), and tells the batch, its review status (envelope.ts, as the
// customizer does) and the recalls that concern it. Everything it needs is in the page.
import { decodeBatchLink } from '../lib/openSante/batchLink';
import { describeValue, describeVariant } from '../lib/openSante/envelope';
import { batchStatus } from '../lib/openSante/batchStatus';
import type { VerifyDesign } from '../lib/openSante/verifyData';
import type { Lang } from '../../designs/_kit/lang';

interface Config {
  lang: Lang;
  designs: VerifyDesign[];
  messages: Record<string, string>;
}

const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');

export function startVerify(form: HTMLFormElement) {
  const config = JSON.parse(document.querySelector('[data-verify-config]')!.textContent!) as Config;
  const m = config.messages;
  const code = form.querySelector<HTMLTextAreaElement>('textarea')!;
  const error = form.querySelector<HTMLElement>('[data-verify-error]')!;
  const result = document.querySelector<HTMLElement>('[data-verify-result]')!;

  const showError = (text: string) => {
    error.hidden = !text;
    error.textContent = text;
    code.setAttribute('aria-invalid', String(!!text));
    if (text) result.hidden = true;
  };

  const show = (text: string) => {
    const decoded = decodeBatchLink(text);
    if (!decoded.ok) {
      const e = decoded.error;
      return showError(fill(m[`verify.error.${e.code}`], 'field' in e ? { field: m[`verify.field.${e.field}`] } : {}));
    }
    const link = decoded.link;
    const d = config.designs.find((x) => x.slug === link.design);
    if (!d) return showError(fill(m['verify.error.design'], { design: link.design }));
    showError('');
    const { status, published, recalls, generator, because } = batchStatus(d, link);
    const settings = link.preset
      ? link.preset === 'defaut' ? m.presetDefault : link.preset
      : Object.entries(link.params).map(([k, v]) => `${d.texts.params[k]?.label ?? k}${m.colon} ${d.texts.params[k] ? describeValue(d.texts.params[k], v, d.texts.words) : v}`).join(', ') || m.presetDefault;
    const rows: [string, Node | string][] = [
      [m['verify.batch'], link.batch],
      [m['verify.design'], Object.assign(document.createElement('a'), { href: d.href, textContent: d.title })],
      [m['verify.settings'], settings],
      [m['verify.material'], link.material],
      [m['verify.date'], link.date],
      [m['verify.file'], fill(published ? m['verify.filePublished'] : m['verify.fileCustom'], { name: published?.fileName ?? '', hash: link.file })],
      ...(generator === 'unknown' ? [] : [[m['verify.generator'], fill(m[`verify.generator.${generator}`], { hash: link.generator! })] as [string, string]]),
      [m['verify.status'], because === 'generator' ? m['verify.modifiedGenerator'] : describeVariant(d.texts, status)],
    ];
    const dl = document.createElement('dl');
    for (const [term, value] of rows) dl.append(Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: typeof value === 'string' ? value : '' }));
    dl.querySelectorAll('dd')[1].append(rows[1][1]);
    result.replaceChildren(dl);
    result.dataset.status = status.kind;
    result.dataset.generator = generator;
    result.dataset.batch = link.batch;
    for (const r of recalls) {
      const p = Object.assign(document.createElement('p'), { className: 'recall', textContent: `${fill(m['verify.recall'], { date: r.date, problem: r.problem })} ` });
      p.dataset.recall = r.date;
      p.append(Object.assign(document.createElement('a'), { href: r.href, textContent: m['verify.recallNotice'] }));
      result.append(p);
    }
    result.hidden = false;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    show(code.value);
  });
  if (location.hash.length > 1) {
    code.value = location.href;
    show(location.hash);
  }
  window.addEventListener('hashchange', () => {
    code.value = location.href;
    show(location.hash);
  });
  startScan(form, m, (text) => {
    code.value = text;
    show(text);
  });
}

/** Where the browser has a BarcodeDetector, the camera reads QR codes; otherwise the code is typed. */
function startScan(form: HTMLFormElement, m: Record<string, string>, found: (text: string) => void) {
  type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
  const Barcode = (globalThis as unknown as { BarcodeDetector?: new (o: { formats: string[] }) => Detector }).BarcodeDetector;
  const button = form.querySelector<HTMLButtonElement>('[data-verify-scan]')!;
  const video = form.querySelector<HTMLVideoElement>('[data-verify-video]')!;
  if (!Barcode || !navigator.mediaDevices?.getUserMedia) return;
  button.hidden = false;
  let stream: MediaStream | undefined;
  const stop = () => {
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    video.hidden = true;
    button.textContent = m['verify.scan'];
  };
  button.addEventListener('click', async () => {
    if (stream) return stop();
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      const error = form.querySelector<HTMLElement>('[data-verify-error]')!;
      error.hidden = false;
      error.textContent = m['verify.noCamera'];
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    button.textContent = m['verify.scanStop'];
    const detector = new Barcode({ formats: ['qr_code'] });
    const look = async () => {
      if (!stream) return;
      const codes = await detector.detect(video).catch(() => []);
      if (codes.length) {
        stop();
        found(codes[0].rawValue);
      } else requestAnimationFrame(() => void look());
    };
    void look();
  });
}
