import type { Scene } from '../io/scene/schema';

/** The element the view shows: view.element, else the first estimated element. */
export function shownElement(scene: Scene): string | undefined {
  return scene.view?.element ?? scene.estimate?.elements?.[0];
}
