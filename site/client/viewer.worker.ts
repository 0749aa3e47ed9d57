/// <reference lib="webworker" />
// Draws the 3D preview with three.js on the canvas the page hands over, so loading three.js,
// compiling its shaders and drawing (in software on many phones) never block the page.
import { createScene, type Scene3d } from './scene';
import type { FromViewer, ToViewer } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FromViewer) => scope.postMessage(reply);
let scene: Scene3d | undefined;

scope.onmessage = async ({ data }: MessageEvent<ToViewer>) => {
  if (data.kind === 'init') {
    try {
      scene = createScene(data.canvas, data.size);
      post({ kind: 'ready' });
    } catch (e) {
      post({ kind: 'failed', message: (e as Error).message });
    }
    return;
  }
  if (!scene) return;
  switch (data.kind) {
    case 'show': {
      // Read by `npm run bench`: when the parts arrived, and how long uploading and drawing took.
      performance.clearMarks();
      performance.clearMeasures();
      const start = performance.mark('usinette:received').startTime;
      await scene.show(data.parts);
      performance.measure('usinette:draw', { start, end: performance.now() });
      return post({ kind: 'drawn', id: data.id });
    }
    case 'show-stl':
      try {
        await scene.showStl(data.bytes);
        return post({ kind: 'drawn', id: data.id });
      } catch (e) {
        return post({ kind: 'drawn', id: data.id, error: (e as Error).message });
      }
    case 'resize':
      return scene.resize(data.size);
    case 'orbit':
      return scene.orbit(data.input);
    case 'fit':
      return scene.fit();
  }
};
