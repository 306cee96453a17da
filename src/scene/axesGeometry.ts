import type { Vec3 } from '../engine/types';
import type { Bounds } from './bounds';
import { formatTick, niceTicks } from './ticks';

/** Lines and labels of the axes box, in the local frame (relative to the origin, unexaggerated). */
export interface AxesGeometry {
  /** Box edges and floor grid lines: 6 floats per segment. */
  lines: Float32Array;
  /** Label anchors (3 floats each) and texts: tick values in real coordinates, then the axis titles. */
  labelPoints: Float32Array;
  labels: string[];
}

/**
 * A box around the data with a grid on its floor and tick labels in real coordinates: X along the
 * south edge, Y along the east edge, Z up the south-west corner; titles name the axis and unit.
 */
export function axesGeometry(b: Bounds, origin: Vec3, unit: string, ticksPerAxis = 5): AxesGeometry {
  const lo = [0, 1, 2].map((a) => b.min[a] - origin[a]);
  const hi = [0, 1, 2].map((a) => b.max[a] - origin[a]);
  const lines: number[] = [];
  const seg = (p: number[], q: number[]) => lines.push(p[0], p[1], p[2], q[0], q[1], q[2]);
  // Box edges: for each axis, the four edges along it.
  for (let a = 0; a < 3; a++) {
    const u = (a + 1) % 3, v = (a + 2) % 3;
    for (const su of [lo[u], hi[u]]) {
      for (const sv of [lo[v], hi[v]]) {
        const p = [0, 0, 0], q = [0, 0, 0];
        p[a] = lo[a]; q[a] = hi[a]; p[u] = q[u] = su; p[v] = q[v] = sv;
        seg(p, q);
      }
    }
  }
  const points: number[] = [], labels: string[] = [];
  const span = Math.max(hi[0] - lo[0], hi[1] - lo[1], 1e-9);
  const off = 0.04 * span;
  const x = niceTicks(b.min[0], b.max[0], ticksPerAxis);
  for (const t of x.ticks) {
    const lx = t - origin[0];
    seg([lx, lo[1], lo[2]], [lx, hi[1], lo[2]]);
    points.push(lx, lo[1] - off, lo[2]); labels.push(formatTick(t, x.step));
  }
  const y = niceTicks(b.min[1], b.max[1], ticksPerAxis);
  for (const t of y.ticks) {
    const ly = t - origin[1];
    seg([lo[0], ly, lo[2]], [hi[0], ly, lo[2]]);
    points.push(hi[0] + off, ly, lo[2]); labels.push(formatTick(t, y.step));
  }
  const z = niceTicks(b.min[2], b.max[2], ticksPerAxis);
  for (const t of z.ticks) {
    const lz = t - origin[2];
    seg([lo[0], lo[1], lz], [lo[0] - off / 2, lo[1] - off / 2, lz]);
    points.push(lo[0] - off, lo[1] - off, lz); labels.push(formatTick(t, z.step));
  }
  const mid = (a: number) => (lo[a] + hi[a]) / 2;
  points.push(mid(0), lo[1] - 3 * off, lo[2]); labels.push(`X east (${unit})`);
  points.push(hi[0] + 3 * off, mid(1), lo[2]); labels.push(`Y north (${unit})`);
  points.push(lo[0] - 2.5 * off, lo[1] - 2.5 * off, hi[2] + off); labels.push(`Z (${unit})`);
  return { lines: Float32Array.from(lines), labelPoints: Float32Array.from(points), labels };
}
