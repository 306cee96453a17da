import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, Group, LineBasicMaterial, LineSegments, PerspectiveCamera, Plane, Vector3 } from 'three';
import type { BlockGrid } from '../engine/types';
import { blockIndex } from '../engine/grid/blockGrid';
import { pickAt, type PickOptions } from './pickAt';
import type { PickRegistry } from './pickRegistry';
import { NO_VALUE } from './blockAttributes';

// A 10 × 10 × 10 grid of 10 m blocks centred on the local origin, seen from straight above.
const grid: BlockGrid = { origin: [1000, 2000, 300], size: [10, 10, 10], count: [10, 10, 10] };
const base: [number, number, number] = [-45, -45, -45];
const grade = new Float32Array(1000).fill(NO_VALUE);
for (let k = 0; k < 10; k++) grade[blockIndex(grid, 4, 4, k)] = k; // one column, grade = layer

function camera(): PerspectiveCamera {
  const c = new PerspectiveCamera(45, 1, 1, 10000);
  c.up.set(0, 0, 1);
  c.position.set(-5 + 1e-6, -5, 500);
  c.lookAt(-5, -5, 0);
  c.updateMatrixWorld();
  c.updateProjectionMatrix();
  return c;
}

const options = (o: Partial<PickOptions> = {}): PickOptions => ({ cutoff: 0, ve: 1, clip: [], section: null, blocks: true, ...o });

describe('pickAt', () => {
  const registry: PickRegistry = { holes: null, blocks: { grid, grade, base } };

  it('picks the top visible block of the column under the pointer', () => {
    expect(pickAt(0, 0, camera(), 800, registry, options())?.selection).toEqual({ kind: 'block', index: blockIndex(grid, 4, 4, 9) });
  });

  it('looks through blocks under the cutoff and beyond the section', () => {
    expect(pickAt(0, 0, camera(), 800, registry, options({ cutoff: 100 }))).toBeNull();
    // Plan section at z = −22 (local): only layer 2 (−30 … −20) is cut, so drawn and picked.
    const hit = pickAt(0, 0, camera(), 800, registry, options({ section: { normal: [0, 0, 1], pos: -22 } }));
    expect(hit?.selection).toEqual({ kind: 'block', index: blockIndex(grid, 4, 4, 2) });
  });

  it('scales the ray by the vertical exaggeration (top face at 50 × 3 = 150)', () => {
    const hit = pickAt(0, 0, camera(), 800, registry, options({ ve: 3 }));
    expect(hit?.selection).toEqual({ kind: 'block', index: blockIndex(grid, 4, 4, 9) });
    expect(hit?.point[2]).toBeCloseTo(150, 3);
  });

  it('prefers a drillhole trace in front of the blocks and names its hole, unless clipped', () => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from([-5, -5, 200, -5, -5, 100]), 3));
    const trace = new LineSegments(g, new LineBasicMaterial());
    new Group().add(trace);
    trace.updateMatrixWorld();
    const withHoles: PickRegistry = {
      blocks: registry.blocks,
      holes: { intervals: null, intervalSample: new Int32Array(0), trace, traceHole: Int32Array.from([7]), points: null, pointSample: new Int32Array(0) },
    };
    const hit = pickAt(0, 0, camera(), 800, withHoles, options());
    expect(hit?.hole).toBe(7);
    expect(hit?.selection).toBeNull();
    const clipped = pickAt(0, 0, camera(), 800, withHoles, options({ clip: [new Plane(new Vector3(0, 0, -1), 50)] }));
    expect(clipped?.selection).toEqual({ kind: 'block', index: blockIndex(grid, 4, 4, 9) });
  });
});
