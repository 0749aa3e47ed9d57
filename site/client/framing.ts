// Where the 3D preview's camera stands to show a model: the model, seen from a given direction,
// fills the view up to a margin and sits in its middle. Centring the bounding sphere (the first
// version) left a flat headband small and off-centre, because perspective draws the near half
// larger than the far half, and a curved part leaves corners of its box empty; so the points
// themselves are framed. Pure, so it is tested without WebGL.
import { Vector3 } from 'three';

export interface Framing {
  /** The point the camera looks at. */
  target: Vector3;
  /** From the target to the camera, in mm. */
  distance: number;
}

export interface View {
  /** Vertical field of view, degrees. */
  fov: number;
  /** Width ÷ height of the view. */
  aspect: number;
  /** Around Z, radians; elevation above the bed, radians. */
  azimuth: number;
  elevation: number;
  /** Free space kept on the tighter side, as a fraction of the half-view (0.1 = 10 %). */
  margin: number;
}

/** Unit vectors of a camera looking from `azimuth`/`elevation` with Z up: towards the camera, right, up. */
export function cameraAxes(azimuth: number, elevation: number) {
  const back = new Vector3(Math.cos(elevation) * Math.cos(azimuth), Math.cos(elevation) * Math.sin(azimuth), Math.sin(elevation));
  const right = new Vector3(0, 0, 1).cross(back).normalize();
  const up = back.clone().cross(right);
  return { back, right, up };
}

/** Where points (x, y, z, x, y, z…) fall in the view, from −1 to 1 each way (normalized device coordinates). */
export function projectedBounds(points: ArrayLike<number>, framing: Framing, view: View) {
  const { back, right, up } = cameraAxes(view.azimuth, view.elevation);
  const tanV = Math.tan((view.fov * Math.PI) / 360);
  const tanH = tanV * view.aspect;
  const { x: tx, y: ty, z: tz } = framing.target;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i + 2 < points.length; i += 3) {
    const [x, y, z] = [points[i] - tx, points[i + 1] - ty, points[i + 2] - tz];
    const depth = framing.distance - (x * back.x + y * back.y + z * back.z);
    const px = (x * right.x + y * right.y + z * right.z) / (depth * tanH);
    const py = (x * up.x + y * up.y + z * up.z) / (depth * tanV);
    minX = Math.min(minX, px);
    maxX = Math.max(maxX, px);
    minY = Math.min(minY, py);
    maxY = Math.max(maxY, py);
  }
  return { minX, maxX, minY, maxY };
}

/** The eight corners of a box, as flat coordinates. */
export function boxCorners(min: Vector3, max: Vector3): number[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i & 1 ? max.x : min.x, i & 2 ? max.y : min.y, i & 4 ? max.z : min.z]);
}

/**
 * The camera target and distance that frame the points (a model's vertices, or a box's corners);
 * a few rounds of shift-and-scale converge. `min`/`max` bound the points.
 */
export function framePoints(points: ArrayLike<number>, min: Vector3, max: Vector3, view: View): Framing {
  const { right, up } = cameraAxes(view.azimuth, view.elevation);
  const tanV = Math.tan((view.fov * Math.PI) / 360);
  const tanH = tanV * view.aspect;
  const radius = Math.max(min.distanceTo(max) / 2, 1e-3);
  const framing: Framing = { target: min.clone().add(max).multiplyScalar(0.5), distance: radius / Math.sin((view.fov * Math.PI) / 360) };
  const fill = 1 - view.margin;
  for (let round = 0; round < 24; round++) {
    const b = projectedBounds(points, framing, view);
    // Move the target by the points' offset from the middle, measured at the target's depth.
    framing.target
      .addScaledVector(right, ((b.minX + b.maxX) / 2) * framing.distance * tanH)
      .addScaledVector(up, ((b.minY + b.maxY) / 2) * framing.distance * tanV);
    // Then step back or closer by how much they over- or under-fill the view, never so close
    // that a point passes behind the camera.
    const scale = Math.max((b.maxX - b.minX) / 2, (b.maxY - b.minY) / 2) / fill;
    framing.distance = Math.max(framing.distance * scale, radius * 1.05);
  }
  return framing;
}
