import type { Scene } from '../../io/scene/schema';

/** The scene with an element's top-cut set (a number) or removed (undefined); unchanged without a composite section. */
export function withCap(scene: Scene, element: string, cap: number | undefined): Scene {
  if (!scene.composite) return scene;
  const caps = { ...scene.composite.caps };
  if (cap === undefined) delete caps[element]; else caps[element] = cap;
  return { ...scene, composite: { ...scene.composite, caps: Object.keys(caps).length ? caps : undefined } };
}
