import type { ResourcesSection, Scene } from '../../io/scene/schema';

/** A recipe for editScene that patches scene.resources (density 2.7 when the section is new). */
export function patchResources(patch: (r: ResourcesSection) => Partial<ResourcesSection>): (s: Scene) => Scene {
  return (s) => {
    const r: ResourcesSection = s.resources ?? { density: 2.7 };
    return { ...s, resources: { ...r, ...patch(r) } };
  };
}

/** Default prices of common elements (USD, 2025–26 levels) offered when a scene has none. */
export const DEFAULT_PRICES: Record<string, { value: number; unit: string }> = {
  AU: { value: 2400, unit: 'USD/oz' }, AG: { value: 30, unit: 'USD/oz' }, CU: { value: 9000, unit: 'USD/t' },
  ZN: { value: 2700, unit: 'USD/t' }, PB: { value: 2000, unit: 'USD/t' }, NI: { value: 16000, unit: 'USD/t' },
};
