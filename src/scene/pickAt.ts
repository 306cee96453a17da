import { Raycaster, Vector2, type Camera, type Intersection, type Plane } from 'three';
import type { Selection } from '../store/types';
import type { Vec3 } from '../engine/types';
import { pickBlock } from './gridPick';
import type { PickRegistry } from './pickRegistry';

/** What is under the pointer. */
export interface PickResult {
  /** What a click there selects (null: a bare trace, which only names its hole). */
  selection: Selection;
  /** Hole under the pointer (index into holes.holeIds), or −1. */
  hole: number;
  /** World point (scene frame, exaggerated) of the hit. */
  point: Vec3;
  distance: number;
}

const raycaster = new Raycaster();
const ndc = new Vector2();

/** Options of a pick: the cutoff and section as the blocks are drawn, and the vertical exaggeration. */
export interface PickOptions {
  cutoff: number;
  ve: number;
  /** World clipping planes (hits on their far side are ignored). */
  clip: Plane[];
  /** Section of the blocks in the local frame: plane normal·p = pos (blocks it cuts are drawn), or null. */
  section: { normal: Vec3; pos: number } | null;
  /** Sample index → index into its own holeIds, and that → holes.holeIds (for the hole under the pointer). */
  holeOfSample?: (sample: number) => number;
  /** Pick blocks too (clicks), or only drillholes (hover). */
  blocks: boolean;
}

/**
 * The nearest drillhole interval, sample point, trace or visible block under a pointer at
 * normalised device coordinates (x, y in −1..1). Lines are hit within a few pixels; blocks by a
 * grid traversal (gridPick) with the same cutoff and section as the shader.
 */
export function pickAt(x: number, y: number, camera: Camera, viewHeightPx: number, registry: PickRegistry, o: PickOptions): PickResult | null {
  ndc.set(x, y);
  raycaster.setFromCamera(ndc, camera);
  // A few pixels, in world units at the distance of the orbit target (three compares lines in world units).
  const dist = camera.position.length() || 1;
  const fov = 'fov' in camera ? (camera as unknown as { fov: number }).fov : 45;
  const px = (2 * dist * Math.tan((fov * Math.PI) / 360)) / Math.max(1, viewHeightPx);
  raycaster.params.Line = { threshold: 4 * px };
  raycaster.params.Points = { threshold: 5 * px };
  (raycaster.params as { Line2?: { threshold: number } }).Line2 = { threshold: 2 };

  let best: PickResult | null = null;
  const kept = (hit: Intersection) => o.clip.every((p) => p.distanceToPoint(hit.point) >= 0);
  const consider = (r: PickResult) => { if (!best || r.distance < best.distance) best = r; };
  const h = registry.holes;
  const live = (obj: { visible: boolean; parent: unknown } | null) => obj && obj.visible && obj.parent;
  if (h) {
    if (live(h.intervals)) {
      for (const hit of raycaster.intersectObject(h.intervals!, false)) {
        if (hit.faceIndex == null || !kept(hit)) continue;
        const s = h.intervalSample[hit.faceIndex];
        consider({ selection: { kind: 'sample', index: s }, hole: o.holeOfSample?.(s) ?? -1, point: hit.point.toArray(), distance: hit.distance });
        break;
      }
    }
    if (live(h.points)) {
      for (const hit of raycaster.intersectObject(h.points!, false)) {
        if (hit.index == null || !kept(hit)) continue;
        const s = h.pointSample[hit.index];
        consider({ selection: { kind: 'sample', index: s }, hole: o.holeOfSample?.(s) ?? -1, point: hit.point.toArray(), distance: hit.distance });
        break;
      }
    }
    if (!best && live(h.trace)) {
      for (const hit of raycaster.intersectObject(h.trace!, false)) {
        if (hit.index == null || !kept(hit)) continue;
        const hole = h.traceHole[Math.floor(hit.index / 2)];
        // A trace alone selects nothing; it names the hole.
        consider({ selection: null, hole, point: hit.point.toArray(), distance: hit.distance });
        break;
      }
    }
  }
  const b = registry.blocks;
  if (o.blocks && b) {
    const r = raycaster.ray;
    const ro: Vec3 = [r.origin.x, r.origin.y, r.origin.z / o.ve];
    const rd: Vec3 = [r.direction.x, r.direction.y, r.direction.z / o.ve];
    const { grid, grade, base } = b;
    const nx = grid.count[0], nxy = nx * grid.count[1];
    const sec = o.section;
    const hit = pickBlock(grid, base, ro, rd, (i) => {
      if (!(grade[i] >= o.cutoff)) return false;
      if (!sec) return true;
      const ijk = [i % nx, Math.floor(i / nx) % grid.count[1], Math.floor(i / nxy)];
      let d = -sec.pos, half = 0;
      for (let a = 0; a < 3; a++) { d += sec.normal[a] * (base[a] + ijk[a] * grid.size[a]); half += 0.5 * Math.abs(sec.normal[a]) * grid.size[a]; }
      return Math.abs(d) <= half;
    });
    if (hit) {
      const p = r.at(hit.t, r.origin.clone());
      consider({ selection: { kind: 'block', index: hit.index }, hole: -1, point: p.toArray(), distance: hit.t });
    }
  }
  return best;
}
