import { describe, expect, it } from 'vitest';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { segmentsGeometry } from './segmentsGeometry';

describe('segmentsGeometry', () => {
  it('has the attributes, count and bounds three.js setPositions gives', () => {
    const p = new Float32Array(600);
    for (let i = 0; i < p.length; i++) p[i] = Math.sin(i * 1.7) * (i % 3 === 2 ? 300 : 40) + (i % 3) * 10;
    const ours = segmentsGeometry(p);
    const three = new LineSegmentsGeometry().setPositions(p);
    expect(ours.instanceCount).toBe(100);
    expect(ours.instanceCount).toBe(three.instanceCount);
    expect(ours.getAttribute('instanceEnd').getX(7)).toBe(three.getAttribute('instanceEnd').getX(7));
    expect(ours.boundingBox!.min.toArray()).toEqual(three.boundingBox!.min.toArray());
    expect(ours.boundingBox!.max.toArray()).toEqual(three.boundingBox!.max.toArray());
    expect(ours.boundingSphere!.center.toArray()).toEqual(three.boundingSphere!.center.toArray());
    expect(ours.boundingSphere!.radius).toBeCloseTo(three.boundingSphere!.radius, 4);
  });
});
