import type { UserMessage } from '../io/userMessage';
import type { StoreApi } from 'zustand';
import { blockVolumeM3 as pipelineBlockVolume, densityOf, gradeUnitOf, resourceFields, resourceReport, type ResourceFields, type ResourceReport } from '../pipeline';
import type { Scene } from '../io/scene/schema';
import type { LodeStore } from './types';
import { messageOf } from './uiSlice';

/** Per-block resource fields of the current estimate, for the 3D view and the Resources tab. */
export interface BlockResources {
  fields: ResourceFields;
  /** 1 where VALUE_T > 0 (ore), 0 where ≤ 0 (waste), NaN unestimated or without prices. */
  ore: Float64Array | null;
  /** The estimates and scene the fields were computed from. */
  estimates: LodeStore['estimates'];
  scene: Scene;
}

/** Store fields of the resources (derived from the scene's resources section and the estimates). */
export interface ResourceState {
  /** Derived per-block fields, or null without a finished estimate. */
  blockResources: BlockResources | null;
  /** Why the resource fields could not be computed (bad element name, unit), or null. */
  resourceError: UserMessage | null;
}

/** The fields' input of a store state: the estimated elements in the scene's order and their grade units. */
export function fieldsInput(s: Pick<LodeStore, 'scene' | 'estimates' | 'report'>) {
  const scene = s.scene!;
  const order = scene.estimate?.elements ?? Object.keys(s.estimates);
  const elements = order.filter((e) => s.estimates[e]);
  return { resources: scene.resources, estimates: s.estimates, elements, unitOf: (e: string) => gradeUnitOf(scene.gradeUnits, e, s.report ?? undefined) };
}

/** Compute the block resources of a state (null while an estimate runs or without one). */
export function computeBlockResources(s: LodeStore): Pick<ResourceState, 'blockResources' | 'resourceError'> {
  if (!s.scene || !s.grid || s.status.running || Object.keys(s.estimates).length === 0) return { blockResources: null, resourceError: null };
  try {
    const inp = fieldsInput(s);
    if (inp.elements.length === 0) return { blockResources: null, resourceError: null };
    const fields = resourceFields(inp);
    const v = fields.value;
    const ore = v ? Float64Array.from(v, (x) => (x === x ? (x > 0 ? 1 : 0) : NaN)) : null;
    return { blockResources: { fields, ore, estimates: s.estimates, scene: s.scene }, resourceError: null };
  } catch (e) {
    return { blockResources: null, resourceError: messageOf(e) };
  }
}

/**
 * Keep blockResources in step with the store: recomputed when an estimate finishes, the estimates
 * change, or the scene's resources, grade units or grid change.
 */
export function watchResources(api: StoreApi<LodeStore>): void {
  api.subscribe((s, p) => {
    const changed = s.estimates !== p.estimates || s.status.running !== p.status.running || s.grid !== p.grid
      || s.scene?.resources !== p.scene?.resources || s.scene?.gradeUnits !== p.scene?.gradeUnits
      || s.scene?.estimate?.elements !== p.scene?.estimate?.elements || (!s.status.running && s.estimatesVersion !== p.estimatesVersion);
    if (changed) api.setState(computeBlockResources(s));
  });
}

/** The resource report of a store state (what the Resources tab shows), or null without block resources. */
export function storeResourceReport(s: LodeStore): ResourceReport | null {
  const br = s.blockResources;
  if (!br || !s.scene || !s.grid || br.estimates !== s.estimates) return null;
  return resourceReport({ ...fieldsInput(s), grid: s.grid, blockVolume: pipelineBlockVolume(s.grid, s.scene.units), density: densityOf(s.scene) }, br.fields);
}
