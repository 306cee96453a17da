import { Box3, InstancedInterleavedBuffer, InterleavedBufferAttribute, Sphere, Vector3 } from 'three';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';

/**
 * Thick-line geometry of segments (6 floats each), as LineSegmentsGeometry.setPositions builds it,
 * with its bounds computed in plain loops over the floats: three's own bounding sphere goes vertex
 * by vertex through Vector3 reads, 100 ms for Copper Creek's 67,000 intervals on the page's thread.
 */
export function segmentsGeometry(positions: Float32Array): LineSegmentsGeometry {
  const g = new LineSegmentsGeometry();
  const buffer = new InstancedInterleavedBuffer(positions, 6, 1);
  g.setAttribute('instanceStart', new InterleavedBufferAttribute(buffer, 3, 0));
  g.setAttribute('instanceEnd', new InterleavedBufferAttribute(buffer, 3, 3));
  g.instanceCount = positions.length / 6;
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let a = 0; a < 3; a++) {
      const v = positions[i + a];
      if (v < min[a]) min[a] = v;
      if (v > max[a]) max[a] = v;
    }
  }
  g.boundingBox = positions.length ? new Box3(new Vector3(...min), new Vector3(...max)) : new Box3();
  const c = g.boundingBox.getCenter(new Vector3());
  let r2 = 0;
  for (let i = 0; i < positions.length; i += 3) {
    const dx = positions[i] - c.x, dy = positions[i + 1] - c.y, dz = positions[i + 2] - c.z;
    r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
  }
  g.boundingSphere = new Sphere(c, Math.sqrt(r2));
  return g;
}
