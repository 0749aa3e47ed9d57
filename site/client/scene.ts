// three.js preview: render on demand (a static scene needs no animation loop), Z up as in the
// slicer, a build-plate grid (10 mm squares, every 50 mm darker: bed.ts, stated in the legend),
// orbit, pan and zoom, fit-to-view (framing.ts). It draws on any canvas: an
// OffscreenCanvas in the viewer worker, or the page's own canvas where the browser cannot hand
// one to a worker. Pointer events are read by the page (viewer.ts) and arrive as OrbitInput,
// which is why the orbit is a few lines here rather than three's OrbitControls (it needs the DOM).
import {
  AmbientLight, BufferAttribute, BufferGeometry, Color, DirectionalLight, Group, LineBasicMaterial, LineSegments,
  Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, Vector3, WebGLRenderer, Box3,
} from 'three';
import type { OrbitInput, PreviewPart, ViewSize } from './protocol';
import { readBinaryStl } from '../../designs/_kit/meshCheck';
import { BED_MM, GRID_MAJOR_MM, GRID_MM } from './bed';
import { framePoints } from './framing';
import { movingDetail } from './movingDetail';

export interface Scene3d {
  /** Replaces the model; resolves once it has been drawn. */
  show(parts: PreviewPart[]): Promise<void>;
  /** Replaces the model by a binary STL file; resolves once drawn, rejects if unreadable. */
  showStl(bytes: ArrayBuffer): Promise<void>;
  resize(size: ViewSize): void;
  orbit(input: OrbitInput): void;
  fit(): void;
  /** Whether the view's edges are multisampled: not where WebGL draws in software. */
  readonly multisampled: boolean;
}

/** Keeps the camera off the poles, where "up" would flip. */
const MAX_ELEVATION = Math.PI / 2 - 0.01;
/** The default view, from the front right, above: the one the catalogue thumbnails use. */
const FRONT_RIGHT = { azimuth: Math.atan2(0.75, 0.35), elevation: Math.atan2(0.6, Math.hypot(0.35, 0.75)) };

/** The bed's grid: light lines every GRID_MM, darker ones every GRID_MAJOR_MM from the centre. */
function bedGrid(): Group {
  const [w, d] = BED_MM;
  const minor: number[] = [];
  const major: number[] = [];
  const isMajor = (v: number) => Math.abs(Math.round(v / GRID_MAJOR_MM) * GRID_MAJOR_MM - v) < 1e-6;
  for (let x = -w / 2; x <= w / 2 + 1e-6; x += GRID_MM) (isMajor(x) ? major : minor).push(x, -d / 2, 0, x, d / 2, 0);
  for (let y = -d / 2; y <= d / 2 + 1e-6; y += GRID_MM) (isMajor(y) ? major : minor).push(-w / 2, y, 0, w / 2, y, 0);
  const lines = (pts: number[], color: number) => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(pts), 3));
    return new LineSegments(g, new LineBasicMaterial({ color }));
  };
  return new Group().add(lines(minor, 0xb7c3ce), lines(major, 0x6f8294));
}

/** Every vertex of the model's meshes, one after the other (x, y, z…). */
function positionsOf(model: Group): Float32Array {
  const arrays = model.children.map((m) => (m as Mesh).geometry.getAttribute('position').array as Float32Array);
  const all = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  arrays.reduce((at, a) => (all.set(a, at), at + a.length), 0);
  return all;
}

/** A binary STL as one part, read by the same reader the tests use. */
function stlPart(bytes: ArrayBuffer): PreviewPart {
  const { count, vertices } = readBinaryStl(new Uint8Array(bytes));
  return { name: 'stl', positions: vertices, indices: Uint32Array.from({ length: 3 * count }, (_, i) => i) };
}

/** Renderers that draw on the processor: no GPU, or one the browser will not use. */
const SOFTWARE_GL = /SwiftShader|llvmpipe|softpipe|Software|Basic Render/i;

/**
 * Whether WebGL draws in software here, asked of a throwaway 1×1 context: the canvas's own
 * context cannot be asked before it is made, and its multisampling is chosen then.
 */
export function drawsInSoftware(): boolean {
  try {
    const probe = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const gl = (probe.getContext('webgl2') ?? probe.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name);
  } catch {
    return false;
  }
}

/** Throws if the canvas gives no WebGL context. */
export function createScene(canvas: HTMLCanvasElement | OffscreenCanvas, size: ViewSize): Scene3d {
  // Multisampled edges cost a GPU next to nothing; in software they nearly double the time a
  // frame takes to reach the screen (SwiftShader, 766 × 574: 62 → 30 ms for the visor, 80 → 48
  // for the hook), time taken from the page on a machine that has no GPU to spare.
  const renderer = new WebGLRenderer({ canvas, antialias: !drawsInSoftware() });

  const scene = new Scene();
  scene.background = new Color(0xeef2f5);
  scene.add(new AmbientLight(0xffffff, 1.2));
  const sun = new DirectionalLight(0xffffff, 2.2);
  sun.position.set(150, -200, 300);
  scene.add(sun, bedGrid());

  const camera = new PerspectiveCamera(40, 4 / 3, 1, 5000);
  camera.up.set(0, 0, 1);
  // The camera orbits `target` at `distance`, by azimuth (around Z) and elevation (above the bed).
  const target = new Vector3();
  let distance = Math.hypot(320, 260);
  let azimuth = Math.PI / 2;
  let elevation = Math.atan2(260, 320);
  // True while the view is the fitted one: a resize (a phone turned, the pinned preview's
  // height) fits again for the new shape, until the user turns, pans or zooms.
  let fitted = false;

  const model = new Group();
  scene.add(model);
  const material = new MeshStandardMaterial({ color: 0x2f7fb8, roughness: 0.55, metalness: 0.05, flatShading: true });

  // Orbit inputs and resizes ask for the next animation frame (many inputs, one frame); a new
  // model is drawn at once, since the page waits for it.
  const nextFrame: (draw: () => void) => unknown = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (draw) => setTimeout(draw, 16);
  let dirty = false;
  let scheduled = false;
  let fullRatio = 1;
  const detail = movingDetail(() => render());
  const render = () => {
    dirty = false;
    const ratio = fullRatio * detail.frame(performance.now());
    if (renderer.getPixelRatio() !== ratio) renderer.setPixelRatio(ratio);
    const c = Math.cos(elevation);
    camera.position.set(target.x + distance * c * Math.cos(azimuth), target.y + distance * c * Math.sin(azimuth), target.z + distance * Math.sin(elevation));
    camera.lookAt(target);
    const start = performance.now();
    renderer.render(scene, camera);
    // The frame is handed to the page in a microtask queued by the drawing (reading it back from
    // the GL buffer, with software compositing): this one comes after it, when the frame is out.
    queueMicrotask(() => detail.took(performance.now() - start));
  };
  const request = () => {
    dirty = true;
    if (scheduled) return;
    scheduled = true;
    nextFrame(() => {
      scheduled = false;
      if (dirty) render();
    });
  };

  let first = true;
  const resize = ({ width, height, pixelRatio }: ViewSize) => {
    if (!width || !height) return;
    fullRatio = Math.min(pixelRatio, 2);
    renderer.setPixelRatio(fullRatio);
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    if (fitted) fit();
    // Nothing is drawn before the first model: with software compositing every frame is read
    // back from the GL buffer, which costs a weak phone a tenth of a second.
    if (!first) request();
  };
  resize(size);

  function fit() {
    const box = new Box3().setFromObject(model);
    if (box.isEmpty()) return;
    ({ azimuth, elevation } = FRONT_RIGHT);
    const framing = framePoints(positionsOf(model), box.min, box.max, { fov: camera.fov, aspect: camera.aspect, azimuth, elevation, margin: 0.08 });
    target.copy(framing.target);
    distance = framing.distance;
    fitted = true;
    request();
  }

  const orbit = (input: OrbitInput) => {
    fitted = false;
    if (input.kind === 'zoom') distance = Math.min(Math.max(distance * input.factor, 5), 4000);
    else if (input.kind === 'rotate') {
      azimuth -= 2 * Math.PI * input.dx;
      elevation = Math.min(Math.max(elevation + 2 * Math.PI * input.dy, -MAX_ELEVATION), MAX_ELEVATION);
    } else {
      // Moves the target in the view plane so the model follows the pointer.
      const span = 2 * distance * Math.tan((camera.fov * Math.PI) / 360);
      camera.updateMatrix();
      const right = new Vector3().setFromMatrixColumn(camera.matrix, 0);
      const up = new Vector3().setFromMatrixColumn(camera.matrix, 1);
      target.addScaledVector(right, -input.dx * span).addScaledVector(up, input.dy * span);
    }
    request();
  };

  const scene3d: Scene3d = {
    showStl: async (bytes) => scene3d.show([stlPart(bytes)]),
    show(parts) {
      for (const child of [...model.children]) {
        (child as Mesh).geometry.dispose();
        model.remove(child);
      }
      for (const p of parts) {
        const g = new BufferGeometry();
        g.setAttribute('position', new BufferAttribute(p.positions, 3));
        g.setIndex(new BufferAttribute(p.indices, 1));
        model.add(new Mesh(g, material));
      }
      if (first) {
        first = false;
        fit();
      }
      render();
      return Promise.resolve();
    },
    resize,
    orbit,
    fit,
    multisampled: renderer.getContext().getContextAttributes()?.antialias === true,
  };
  return scene3d;
}
