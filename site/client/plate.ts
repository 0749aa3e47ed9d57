// The customizer's print project (components/design/PrintProject.astro): the print settings the
// 3MF files carry, shown as the values make them, and a plate of copies for a chosen printer,
// written by the files worker with the other files. Its two values live in the page's address
// (`printer`, `copies`) and in parameter files, like the design's.
import { DEFAULT_PRINTER, parsePlate, type PlateRequest } from '../../designs/_kit/plate';
import { describeEstimate } from '../../designs/_kit/material';
import type { PrintSettings } from '../../designs/_kit/printSettings';
import type { PlateReply } from './protocol';
import { formatNumber } from '../../designs/_kit/lang';
import type { Lang } from '../../designs/_kit/lang';
import { setAttr, setText } from './dom';

/** The address keys of a plate: not design parameters, so the customizer hands them here. */
const KEYS = ['printer', 'copies'];

export interface PlateControl {
  /** The design's print settings, sent to the workers. */
  print: PrintSettings;
  /** The plate asked for, or none while its values are refused. */
  current(): PlateRequest | undefined;
  /** Takes the plate's keys out of a link's or a file's entries and shows them; returns the others. */
  take(entries: [string, string][]): [string, string][];
  /** The address keys for the plate, when it is not the default one. */
  query(): [string, string][];
  /** Shows the settings for the values drawn (a stack changes the layer height). */
  showSettings(print: PrintSettings | undefined): void;
  /** Offers the plate file, says why there is none, or disables the link while files are written. */
  showFile(reply: PlateReply | undefined | null): void;
}

export function startPlate(root: HTMLElement, lang: Lang, changed: () => void): PlateControl | undefined {
  const box = root.querySelector<HTMLElement>('[data-plate]');
  if (!box) return undefined;
  const print = JSON.parse(box.dataset.print!) as PrintSettings;
  const msg = JSON.parse(box.dataset.plateMessages!) as { summary: string; summaryOne: string };
  const printer = box.querySelector<HTMLSelectElement>('[data-plate-printer]')!;
  const full = box.querySelector<HTMLInputElement>('[data-plate-full]')!;
  const some = box.querySelector<HTMLInputElement>('[data-plate-some]')!;
  const count = box.querySelector<HTMLInputElement>('[data-plate-count]')!;
  const status = box.querySelector<HTMLElement>('[data-plate-status]')!;
  const material = box.querySelector<HTMLElement>('[data-plate-material]')!;
  const link = box.querySelector<HTMLAnchorElement>('[data-plate-download]')!;
  const settings = root.querySelector<HTMLElement>('[data-slicer-settings]');
  // A link's value the menu cannot show (an unknown printer) is kept as given, so the error names it.
  let givenPrinter: string | undefined;
  let blobUrl = '';

  const raw = () => ({ printer: givenPrinter ?? printer.value, copies: full.checked ? 'full' : count.value });
  const parsed = () => parsePlate(raw().printer, raw().copies);
  const setStatus = (text: string, error = false) => {
    setText(status, text);
    setAttr(status, 'data-state', error ? 'error' : '');
  };
  const disable = () => {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = '';
    link.removeAttribute('href');
    link.removeAttribute('download');
    setAttr(link, 'aria-disabled', 'true');
    setText(material, '');
  };
  const onInput = () => {
    givenPrinter = undefined;
    const p = parsed();
    setStatus(p.ok ? '' : p.error[lang], !p.ok);
    if (!p.ok) disable();
    changed();
  };
  printer.addEventListener('change', onInput);
  full.addEventListener('change', onInput);
  some.addEventListener('change', onInput);
  count.addEventListener('input', () => {
    some.checked = true;
    onInput();
  });
  link.addEventListener('click', (e) => {
    if (link.getAttribute('aria-disabled') === 'true') e.preventDefault();
  });
  link.addEventListener('keydown', (e) => {
    if (e.key === ' ') (e.preventDefault(), link.click());
  });

  const control: PlateControl = {
    print,
    current() {
      const p = parsed();
      setAttr(root, 'data-plate', p.ok ? JSON.stringify(p.plate) : '');
      return p.ok ? p.plate : undefined;
    },
    take(entries) {
      const given = new Map(entries.filter(([k]) => KEYS.includes(k)));
      printer.value = DEFAULT_PRINTER;
      givenPrinter = undefined;
      full.checked = true;
      const p = given.get('printer');
      if (p !== undefined) {
        if ([...printer.options].some((o) => o.value === p)) printer.value = p;
        else givenPrinter = p;
      }
      const c = given.get('copies');
      if (c !== undefined && c !== 'full') {
        some.checked = true;
        count.value = c;
      }
      const checked = parsed();
      setStatus(checked.ok ? '' : checked.error[lang], !checked.ok);
      return entries.filter(([k]) => !KEYS.includes(k));
    },
    query() {
      const { printer: p, copies } = raw();
      return [...(p !== DEFAULT_PRINTER ? [['printer', p]] : []), ...(copies !== 'full' ? [['copies', copies.trim()]] : [])] as [string, string][];
    },
    showSettings(values) {
      const layer = settings?.querySelector<HTMLElement>('[data-setting="layerHeight"]');
      if (layer && values) setText(layer, `${formatNumber(lang, values.layerHeight)} mm`);
    },
    showFile(reply) {
      disable();
      if (!reply) return;
      if (!reply.ok) return setStatus(reply.error[lang], true);
      blobUrl = URL.createObjectURL(new Blob([reply.bytes as BlobPart], { type: reply.mime }));
      link.href = blobUrl;
      link.download = reply.fileName;
      link.setAttribute('aria-disabled', 'false');
      link.dataset.copies = String(reply.count);
      const fill = reply.count === 1 ? msg.summaryOne : msg.summary;
      const vars: Record<string, string> = { n: String(reply.count), fits: String(reply.fits), printer: reply.printer, x: String(reply.bed[0]), y: String(reply.bed[1]) };
      setStatus(fill.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? ''));
      material.textContent = describeEstimate(reply.material, lang);
    },
  };
  return control;
}
