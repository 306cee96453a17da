import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { majorOnMap, mapPlaneAxes } from './mapPlanes';
import { variogramMap } from './variogramMap';

const close = (a: readonly number[], b: number[]) => a.forEach((x, i) => expect(x).toBeCloseTo(b[i], 12));

describe('variogram map planes', () => {
  // Major axis towards east, plunging 30° (GSLIB dip −30), rake 0: the lode dips 30° east; its plane holds
  // the major (0.866, 0, −0.5) and the semi-major (north); its upward normal is (0.5, 0, 0.866).
  const angles: Vec3 = [90, -30, 0];

  it('dip plane: u along strike (north, dip direction − 90°), v up-dip (west and up); the major axis points down-dip', () => {
    const p = mapPlaneAxes('dip', angles);
    close(p.u, [0, 1, 0]);
    close(p.v, [-Math.sqrt(3) / 2, 0, 0.5]);
    close(majorOnMap(p, angles)!, [0, -1]);
  });

  it('vertical planes along and across the major azimuth; horizontal shows the azimuth', () => {
    const along = mapPlaneAxes('alongMajor', angles);
    close(along.u, [1, 0, 0]);
    close(along.v, [0, 0, 1]);
    close(majorOnMap(along, angles)!, [Math.sqrt(3) / 2, -0.5]); // 30° below the horizontal
    const across = mapPlaneAxes('acrossMajor', [30, 0, 0]);
    close(across.u, [Math.cos(Math.PI / 6), -0.5, 0]); // azimuth 120°
    expect(majorOnMap(across, [30, 0, 0])).toBeNull();
    close(majorOnMap(mapPlaneAxes('horizontal', [30, 0, 0]), [30, 0, 0])!, [0.5, Math.sqrt(3) / 2]);
    close(mapPlaneAxes('dip', [45, 0, 0]).u, [1, 0, 0]); // a flat lode has no strike: plan view
  });

  it('a map in an inclined plane equals the horizontal map of the data rotated into that plane', () => {
    let s = 7;
    const rand = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
    const n = 500;
    const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), v = new Float64Array(n);
    for (let i = 0; i < n; i++) { x[i] = rand() * 150; y[i] = rand() * 150; z[i] = rand() * 150; v[i] = (x[i] - z[i]) / 40 + rand(); }
    const p = mapPlaneAxes('dip', [70, -40, 20]);
    const nrm: Vec3 = [p.u[1] * p.v[2] - p.u[2] * p.v[1], p.u[2] * p.v[0] - p.u[0] * p.v[2], p.u[0] * p.v[1] - p.u[1] * p.v[0]];
    const dot = (a: Vec3, i: number) => a[0] * x[i] + a[1] * y[i] + a[2] * z[i];
    const rx = new Float64Array(n), ry = new Float64Array(n), rz = new Float64Array(n);
    for (let i = 0; i < n; i++) { rx[i] = dot(p.u, i); ry[i] = dot(p.v, i); rz[i] = dot(nrm, i); }
    const inPlane = variogramMap(x, y, z, v, { cell: 10, cells: 5, plane: p, maxAcross: 12 });
    const rotated = variogramMap(rx, ry, rz, v, { cell: 10, cells: 5, maxDz: 12 });
    expect(inPlane.pairs.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect(Array.from(inPlane.pairs)).toEqual(Array.from(rotated.pairs));
    inPlane.gamma.forEach((g, k) => (Number.isNaN(g) ? expect(rotated.gamma[k]).toBeNaN() : expect(g).toBeCloseTo(rotated.gamma[k], 10)));
    expect(() => variogramMap(x, y, z, v, { cell: 10, cells: 5, plane: p })).toThrow(/limit across/);
  });
});
