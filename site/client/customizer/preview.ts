// The preview: the 3D view (viewer.ts, loaded on demand) or a 2D drawing of the outlines, the
// model's size, material estimate and text alternative, and the note shown while the values
// are refused and the view still shows the last valid model.
import { createViewer, type Viewer } from '../viewer';
import { drawOutlines, type PatternNames } from '../outlineView';
import type { PreviewSummary } from '../../../designs/_kit/summary';
import { formatNumber, type Lang } from '../../../designs/_kit/lang';
import { describeEstimate } from '../../../designs/_kit/material';
import type { WorkerReply } from '../protocol';
import { fill, type Messages } from './messages';
import { setAttr, setHidden, setText } from '../dom';

type PreviewReply = Extract<WorkerReply, { kind: 'preview' }>;

export function startPreview(root: HTMLElement, lang: Lang, msg: Messages) {
  const title = root.dataset.title ?? root.dataset.slug!;
  const viewport = root.querySelector<HTMLElement>('[data-viewport]')!;
  const desc = root.querySelector<HTMLElement>('[data-preview-desc]')!;
  const note = root.querySelector<HTMLElement>('[data-preview-note]')!;
  const dims = root.querySelector<HTMLElement>('[data-dims]')!;
  const material = root.querySelector<HTMLElement>('[data-material]');

  let viewer: Viewer | undefined;
  let viewerLoading: Promise<Viewer | undefined> | undefined;
  let viewerLoaded: (v: Viewer | undefined) => void;
  const whenViewer = new Promise<Viewer | undefined>((resolve) => (viewerLoaded = resolve));
  const loadViewer = () =>
    (viewerLoading ??= createViewer(viewport)
      .then((v) => (viewer = v))
      .catch(() => {
        viewport.textContent = msg.noWebgl;
        return undefined;
      })
      .then((v) => (viewerLoaded(v), v)));
  root.querySelector('[data-fit]')?.addEventListener('click', () => viewer?.fit());

  // A sewing pattern's sizes as their checkboxes name them, and its parts' labels: the preview's legend and piece names.
  const patternNames = (s: PreviewSummary): PatternNames => ({
    sizeName: (size) => root.querySelector(`#p-size_${CSS.escape(size)}`)?.closest('label')?.textContent?.trim() || undefined,
    partLabel: (part) => s.parts.find((p) => p.name === part)?.label[lang],
  });

  /** Says the view shows the last valid model (or none), beside it and in its description. */
  const showNote = (text: string) => {
    setText(note, text);
    setHidden(note, !text);
    setAttr(root, 'data-stale', text ? '' : null);
  };

  return {
    loadViewer,
    /** The 3D view once something has loaded it (a flat design never does). */
    whenViewer,
    /**
     * Draws a worker's preview: the 3D view for anything with a solid, an SVG for outlines alone.
     * Resolves true once drawn, false if the view drew a newer one instead.
     */
    async draw(data: PreviewReply): Promise<boolean> {
      const v = data.parts.length || data.inViewer ? await loadViewer() : undefined;
      if (v && data.inViewer) return v.whenDrawn(data.id);
      if (v) return v.show(data.parts, data.id);
      if (data.outlines.length) drawOutlines(viewport, data.outlines, patternNames(data.summary));
      return true;
    },
    /**
     * The model's size, material estimate and text alternative. A preview drawn from pieces gives
     * the size alone; its files' summary then gives the triangles and the material.
     */
    describe(s: PreviewSummary) {
      const [x, y, z] = s.size.map((n) => formatNumber(lang, n, 1));
      const solid = s.size[2] > 0;
      const tris = s.triangles === undefined ? '' : formatNumber(lang, s.triangles);
      setText(dims, !solid ? `${x} × ${y} mm` : tris ? `${x} × ${y} × ${z} mm · ${fill(msg.triangles, { n: tris })}` : `${x} × ${y} × ${z} mm`);
      if (material) {
        setText(material, s.material ? describeEstimate(s.material, lang) : msg.pending);
        setAttr(material, 'aria-busy', String(!s.material));
      }
      showNote('');
      const parts = s.parts.map((p) => p.label[lang]).join(msg.partsSeparator);
      setText(desc, fill(solid && !tris ? msg.previewAltDraft : msg.previewAlt, { title, x, y, z, tris, parts }));
    },
    /** The values are refused: the view keeps the last valid model, or has none yet. */
    refused(anyDrawn: boolean) {
      showNote(anyDrawn ? msg.previewStale : msg.previewNone);
    },
  };
}
