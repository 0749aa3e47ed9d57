/// <reference lib="webworker" />
// Draws the 3D preview with three.js on the canvas the page hands over, so loading three.js,
// compiling its shaders and drawing (in software on many phones) never block the page.
import { createScene, type Scene3d } from './scene';
import type { FromViewer, PreviewPart, ToViewer } from './protocol';
import { latestPerFrame } from './latestPerFrame';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FromViewer) => scope.postMessage(reply);
let scene: Scene3d | undefined;

/** The worker's animation frames, where the browser gives a worker them. */
const animationFrame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : undefined;
// The page hands over each model without waiting for the last to be drawn; at most one is drawn a frame.
const enqueue = latestPerFrame(animationFrame ?? ((then) => setTimeout(then, 16)), post);

function extentOf(parts: PreviewPart[]) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const { positions } of parts) {
    for (let i = 0; i < positions.length; i++) {
      min[i % 3] = Math.min(min[i % 3], positions[i]);
      max[i % 3] = Math.max(max[i % 3], positions[i]);
    }
  }
  return { min, max };
}

function handle(data: ToViewer) {
  if (data.kind === 'init') {
    try {
      scene = createScene(data.canvas, data.size);
      // Read by `npm run bench` and the tests: how the view draws on this machine.
      performance.mark('usinette:view', { detail: { multisampled: scene.multisampled } });
      post({ kind: 'ready' });
    } catch (e) {
      post({ kind: 'failed', message: (e as Error).message });
    }
    return;
  }
  if (!scene) return;
  switch (data.kind) {
    case 'show': {
      // Read by `npm run bench`: when the parts arrived, how long uploading and drawing took, and
      // when the frame was on its way to the screen.
      performance.clearMarks('usinette:received');
      performance.clearMarks('usinette:drawn');
      performance.clearMeasures('usinette:draw');
      performance.clearMeasures('usinette:on-screen');
      const start = performance.mark('usinette:received').startTime;
      const { parts } = data;
      const { id } = data;
      return enqueue(id, async () => {
        const t0 = performance.now();
        await scene!.show(parts);
        performance.measure('usinette:draw', { start: Math.max(start, t0), end: performance.now() });
        // Read by the tests: which model the view drew last, and its extent.
        const drawn = performance.mark('usinette:drawn', { detail: { id, ...extentOf(parts) } }).startTime;
        // The frame is handed to the screen at the next animation frame, which in software GL
        // first waits for the frame to be rasterized on the processor: a task after it times that.
        animationFrame?.(() => setTimeout(() => performance.measure('usinette:on-screen', { start: drawn, end: performance.now() })));
      });
    }
    case 'show-stl': {
      const { bytes } = data;
      return enqueue(data.id, () => scene!.showStl(bytes));
    }
    case 'resize':
      return scene.resize(data.size);
    case 'orbit':
      return scene.orbit(data.input);
    case 'fit':
      return scene.fit();
    case 'port':
      // The preview worker's models come on this port, the page's (a published file) as before.
      data.port.onmessage = ({ data: fromWorker }: MessageEvent<ToViewer>) => handle(fromWorker);
      return;
  }
}
scope.onmessage = ({ data }: MessageEvent<ToViewer>) => handle(data);
