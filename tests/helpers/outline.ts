import type { Outline } from '../../designs/_kit/kernel';

/**
 * Even-odd point-in-outline test, written independently of the kernel so tests can probe
 * outlines it produced (holes count as outside).
 */
export function inside(o: Outline, [px, py]: [number, number]): boolean {
  let c = false;
  for (const ring of o) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}
