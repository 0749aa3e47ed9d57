// The 3D preview on the page. The canvas is handed to the viewer worker, which loads three.js
// and draws (scene.ts); where a browser cannot give a canvas to a worker, or the worker gets no
// WebGL, the same scene code draws on the page. Either way the page only reads the pointer:
// drag to turn, right-drag or Shift-drag (two fingers) to pan, wheel (pinch) to zoom (one finger
// turns sideways only, an up or down swipe scrolls the page); and the
// keyboard on the focused view: arrows turn, Shift + arrows pan, + and − zoom, 0 fits.
import type { FromViewer, OrbitInput, PreviewPart, ToViewer, ViewSize } from './protocol';
import type { Scene3d } from './scene';

/** Models are numbered by the change they show (`id`): a newer one is never drawn over. */
export interface Viewer {
  /** Replaces the model; resolves true once it has been drawn, false if a newer one was drawn instead. */
  show(parts: PreviewPart[], id: number): Promise<boolean>;
  /** Replaces the model by a binary STL file; resolves as `show`, rejects if unreadable. */
  showStl(bytes: ArrayBuffer, id: number): Promise<boolean>;
  /** For a model the preview worker handed to the view itself (`port`): resolves as `show`. */
  whenDrawn(id: number): Promise<boolean>;
  /** A port on which a worker can hand models to the viewer worker; none when the page draws. */
  port?: () => MessagePort;
  fit(): void;
}

type Drawing = Omit<Scene3d, 'show' | 'showStl' | 'multisampled'> & Pick<Viewer, 'show' | 'showStl' | 'whenDrawn' | 'port'>;
type Outcome = Extract<FromViewer, { kind: 'drawn' }>;

function newCanvas(container: HTMLElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  container.replaceChildren(canvas);
  return canvas;
}

const sizeOf = (container: HTMLElement): ViewSize => ({ width: container.clientWidth, height: container.clientHeight, pixelRatio: window.devicePixelRatio });

/** The scene in the viewer worker, or undefined if this browser cannot draw there. */
function inWorker(canvas: HTMLCanvasElement, size: ViewSize): Promise<Drawing | undefined> {
  if (typeof canvas.transferControlToOffscreen !== 'function') return Promise.resolve(undefined);
  const worker = new Worker(new URL('./viewer.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToViewer, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  // A model's fate may be told before anyone asks (the preview worker hands models over itself).
  const waiters = new Map<number, (outcome: Outcome) => void>();
  const told = new Map<number, Outcome>();
  const settle = ({ error, dropped }: Outcome, resolve: (drawn: boolean) => void, reject: (e: Error) => void) => (error ? reject(new Error(error)) : resolve(!dropped));
  const whenDrawn = (id: number) =>
    new Promise<boolean>((resolve, reject) => {
      for (const old of told.keys()) if (old < id) told.delete(old); // fates nobody will ask for
      const outcome = told.get(id);
      if (outcome) return (told.delete(id), settle(outcome, resolve, reject));
      waiters.set(id, (o) => settle(o, resolve, reject));
    });
  const scene: Drawing = {
    show(parts, id) {
      send({ kind: 'show', id, parts }, parts.flatMap((p) => [p.positions.buffer, p.indices.buffer]));
      return whenDrawn(id);
    },
    showStl(bytes, id) {
      send({ kind: 'show-stl', id, bytes }, [bytes]);
      return whenDrawn(id);
    },
    whenDrawn,
    port() {
      const channel = new MessageChannel();
      send({ kind: 'port', port: channel.port1 }, [channel.port1]);
      return channel.port2;
    },
    resize: (s) => send({ kind: 'resize', size: s }),
    orbit: (input) => send({ kind: 'orbit', input }),
    fit: () => send({ kind: 'fit' }),
  };
  return new Promise((resolve) => {
    const fail = () => (worker.terminate(), resolve(undefined));
    worker.onerror = fail;
    worker.onmessage = ({ data }: MessageEvent<FromViewer>) => {
      if (data.kind === 'ready') return resolve(scene);
      if (data.kind === 'failed') return fail();
      const waiter = waiters.get(data.id);
      if (!waiter) return void told.set(data.id, data);
      waiters.delete(data.id);
      waiter(data);
    };
    const offscreen = canvas.transferControlToOffscreen();
    send({ kind: 'init', canvas: offscreen, size }, [offscreen]);
  });
}

/** Turns pointer and wheel events on the canvas into orbit inputs. */
function listen(canvas: HTMLCanvasElement, orbit: (input: OrbitInput) => void) {
  const pointers = new Map<number, { x: number; y: number }>();
  let pinch = 0;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 2) pinch = spread();
  });
  canvas.addEventListener('pointermove', (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const h = canvas.clientHeight || 1;
    const dx = (e.clientX - last.x) / h;
    const dy = (e.clientY - last.y) / h;
    last.x = e.clientX;
    last.y = e.clientY;
    if (pointers.size === 2) {
      const now = spread();
      if (pinch && now) orbit({ kind: 'zoom', factor: pinch / now });
      pinch = now;
      orbit({ kind: 'pan', dx: dx / 2, dy: dy / 2 });
    } else if (pointers.size === 1) {
      // One finger turns the model around its upright axis only: up and down scroll the page.
      orbit({ kind: e.buttons & 2 || e.shiftKey ? 'pan' : 'rotate', dx, dy: e.pointerType === 'touch' ? 0 : dy });
    }
  });
  const up = (e: PointerEvent) => pointers.delete(e.pointerId);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      orbit({ kind: 'zoom', factor: Math.exp(Math.max(-100, Math.min(100, e.deltaY)) * 0.002) });
    },
    { passive: false },
  );
}

/** Keys on the focused view. Only the keys it uses are taken: Tab and the rest go on as usual. */
function listenKeys(container: HTMLElement, orbit: (input: OrbitInput) => void, fit: () => void) {
  const TURN = 1 / 24; // 15° a press
  const PAN = 0.05;
  const ZOOM = 1.2;
  container.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[e.key];
    if (arrow) {
      const step = e.shiftKey ? PAN : TURN;
      orbit({ kind: e.shiftKey ? 'pan' : 'rotate', dx: arrow[0] * step, dy: arrow[1] * step });
    } else if (e.key === '+' || e.key === '=' || e.key === 'PageUp') orbit({ kind: 'zoom', factor: 1 / ZOOM });
    else if (e.key === '-' || e.key === 'PageDown') orbit({ kind: 'zoom', factor: ZOOM });
    else if (e.key === '0' || e.key === 'Home') fit();
    else return;
    e.preventDefault();
  });
}

/** Rejects if neither the worker nor the page can draw WebGL. */
export async function createViewer(container: HTMLElement): Promise<Viewer> {
  let canvas = newCanvas(container);
  let scene = await inWorker(canvas, sizeOf(container));
  if (!scene) {
    // The canvas may already belong to a worker that failed: the page draws on a new one, at once.
    canvas = newCanvas(container);
    const { createScene } = await import('./scene');
    const onPage = createScene(canvas, sizeOf(container));
    // Drawn at once, in order: every model handed over is drawn.
    scene = { ...onPage, show: (parts) => onPage.show(parts).then(() => true), showStl: (bytes) => onPage.showStl(bytes).then(() => true), whenDrawn: async () => true };
  }
  const drawing = scene;
  listen(canvas, drawing.orbit);
  listenKeys(container, drawing.orbit, drawing.fit);
  new ResizeObserver(() => drawing.resize(sizeOf(container))).observe(container);
  return { show: drawing.show, showStl: drawing.showStl, whenDrawn: drawing.whenDrawn, port: drawing.port, fit: drawing.fit };
}
