// three.js preview: render on demand (a static scene needs no animation loop), Z up as in
// the slicer, a build-plate grid, orbit and zoom, fit-to-view.
import {
  AmbientLight, BufferAttribute, BufferGeometry, Color, DirectionalLight, Group, LineBasicMaterial, LineSegments,
  Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, Vector3, WebGLRenderer, Box3, Sphere,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import type { PreviewPart } from './protocol';

export interface Viewer {
  show(parts: PreviewPart[]): void;
  fit(): void;
  /** Resolves once the next frame has been drawn. */
  drawn(): Promise<void>;
}

const BED = [250, 210];

function bedGrid(): LineSegments {
  const pts: number[] = [];
  const [w, d] = BED;
  for (let x = -w / 2; x <= w / 2 + 1e-6; x += 10) pts.push(x, -d / 2, 0, x, d / 2, 0);
  for (let y = -d / 2; y <= d / 2 + 1e-6; y += 10) pts.push(-w / 2, y, 0, w / 2, y, 0);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pts), 3));
  return new LineSegments(g, new LineBasicMaterial({ color: 0xa9b7c4 }));
}

export function createViewer(container: HTMLElement): Viewer {
  const renderer = new WebGLRenderer({ antialias: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  container.append(renderer.domElement);
  renderer.domElement.setAttribute('aria-hidden', 'true');

  const scene = new Scene();
  scene.background = new Color(0xeef2f5);
  scene.add(new AmbientLight(0xffffff, 1.2));
  const sun = new DirectionalLight(0xffffff, 2.2);
  sun.position.set(150, -200, 300);
  scene.add(sun, bedGrid());

  const camera = new PerspectiveCamera(40, 4 / 3, 1, 5000);
  camera.up.set(0, 0, 1);
  camera.position.set(0, 320, 260);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.enableDamping = false;

  const model = new Group();
  scene.add(model);
  const material = new MeshStandardMaterial({ color: 0x2f7fb8, roughness: 0.55, metalness: 0.05, flatShading: true });

  let pending: (() => void)[] = [];
  let scheduled = false;
  const render = () => {
    scheduled = false;
    renderer.render(scene, camera);
    const done = pending;
    pending = [];
    for (const resolve of done) resolve();
  };
  const request = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(render);
    }
  };
  controls.addEventListener('change', request);

  const resize = () => {
    const { clientWidth: w, clientHeight: h } = container;
    if (!w || !h) return;
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    request();
  };
  new ResizeObserver(resize).observe(container);
  resize();

  const fit = () => {
    const box = new Box3().setFromObject(model);
    if (box.isEmpty()) return;
    const sphere = box.getBoundingSphere(new Sphere());
    const dist = sphere.radius / Math.sin((camera.fov * Math.PI) / 360);
    const dir = new Vector3(0.35, 0.75, 0.6).normalize();
    camera.position.copy(sphere.center).addScaledVector(dir, dist * 1.05);
    controls.target.copy(sphere.center);
    controls.update();
    request();
  };

  let first = true;
  return {
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
      request();
    },
    fit,
    drawn: () => new Promise<void>((resolve) => (pending.push(resolve), request())),
  };
}
