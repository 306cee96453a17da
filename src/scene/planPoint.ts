import { Plane, Raycaster, Vector2, Vector3, type Camera } from 'three';

const raycaster = new Raycaster();
const ndc = new Vector2();
const plane = new Plane(new Vector3(0, 0, 1), 0);
const hit = new Vector3();

/**
 * Where the ray under the pointer (normalised device coordinates, −1..1) meets the horizontal
 * plane z = zWorld (scene frame): [x, y] in the scene frame, or null when the ray misses it
 * (parallel, or the plane behind the camera). In plan view this is the point under the pointer.
 */
export function planPoint(x: number, y: number, camera: Camera, zWorld: number): [number, number] | null {
  ndc.set(x, y);
  raycaster.setFromCamera(ndc, camera);
  plane.constant = -zWorld;
  return raycaster.ray.intersectPlane(plane, hit) ? [hit.x, hit.y] : null;
}
