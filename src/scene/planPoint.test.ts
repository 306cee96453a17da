import { describe, expect, it } from 'vitest';
import { OrthographicCamera, PerspectiveCamera } from 'three';
import { planPoint } from './planPoint';

describe('planPoint', () => {
  it('a camera looking straight down at (10, 20) from 100 above: the centre hits (10, 20), a corner hits the frustum edge', () => {
    const cam = new PerspectiveCamera(90, 1, 0.1, 1000);
    cam.up.set(0, 1, 0);
    cam.position.set(10, 20, 100);
    cam.lookAt(10, 20, 0);
    cam.updateMatrixWorld();
    const c = planPoint(0, 0, cam, 0)!;
    expect(c[0]).toBeCloseTo(10, 9);
    expect(c[1]).toBeCloseTo(20, 9);
    // fov 90°, aspect 1: at 100 below the camera the view is ±100 wide; at z = 50 it is ±50.
    const e = planPoint(1, 1, cam, 0)!;
    expect(e[0]).toBeCloseTo(110, 6);
    expect(e[1]).toBeCloseTo(120, 6);
    const h = planPoint(1, 0, cam, 50)!;
    expect(h[0]).toBeCloseTo(60, 6);
  });

  it('null when the ray runs away from the plane', () => {
    const cam = new OrthographicCamera(-1, 1, 1, -1, 0.1, 100);
    cam.position.set(0, 0, 10);
    cam.lookAt(0, 0, 20); // looking up
    cam.updateMatrixWorld();
    expect(planPoint(0, 0, cam, 0)).toBeNull();
  });
});
