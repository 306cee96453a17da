import { useMemo } from 'react';
import { Matrix4, Vector3 } from 'three';
import type { VariogramModel, Vec3 } from '../engine/types';
import { anisotropyAxes } from '../engine/geometry/anisotropy';
import { searchFromModel } from '../pipeline/searchDefaults';
import { searchFor } from '../io/scene/schema';
import { ellipsoidCentre } from './ellipsoidAnchor';
import { useEllipsoids } from './ellipsoidState';
import { shownElement, useFrameOfReference, useSceneStore, useView } from './useSceneData';

/** Model ellipsoid colour (longest structure) and search ellipsoid colour. */
export const MODEL_COLOR = '#f5b342', SEARCH_COLOR = '#4fa3e0';

/** Matrix taking the unit sphere to the ellipsoid of radii `ranges` along the GSLIB axes of `angles` (u1, u2, u3). */
export function ellipsoidMatrix(ranges: Vec3, angles: Vec3): Matrix4 {
  const u = anisotropyAxes(angles);
  const axis = (r: number) => new Vector3(u[3 * r], u[3 * r + 1], u[3 * r + 2]).multiplyScalar(ranges[r]);
  return new Matrix4().makeBasis(axis(0), axis(1), axis(2));
}

function Ellipsoid({ ranges, angles, color, name }: { ranges: Vec3; angles: Vec3; color: string; name: string }) {
  const matrix = useMemo(() => ellipsoidMatrix(ranges, angles), [ranges, angles]);
  return (
    <mesh name={name} matrix={matrix} matrixAutoUpdate={false} raycast={() => undefined}>
      <sphereGeometry args={[1, 32, 16]} />
      <meshBasicMaterial color={color} wireframe transparent opacity={0.55} depthWrite={false} />
    </mesh>
  );
}

/**
 * The shown element's variogram-model ellipsoid (practical ranges of its longest structure) and
 * search ellipsoid, as the estimate plan resolves them (the scene's, else fitted / derived; as
 * `lode estimate` uses them), when switched on in the Variogram tab; drawn at the anchor chosen
 * there (ellipsoidCentre), else at the centre of the data (the local origin).
 */
export function Ellipsoids() {
  const show = useEllipsoids((s) => s.show);
  const anchor = useEllipsoids((s) => s.anchor);
  const scene = useSceneStore((s) => s.scene);
  const plan = useSceneStore((s) => s.plan);
  const samples = useSceneStore((s) => s.samples);
  const grid = useSceneStore((s) => s.grid);
  const selection = useSceneStore((s) => s.selection);
  const element = useSceneStore(shownElement);
  const view = useView();
  const { origin, bounds } = useFrameOfReference();
  const shapes = useMemo(() => {
    if (!element) return null;
    const planned = plan?.elements.find((p) => p.element === element);
    const model: VariogramModel | undefined = planned?.model ?? scene?.estimate?.variograms[element];
    if (!model) return null;
    const longest = model.structures.reduce((a, s) => (Math.max(...s.ranges) > Math.max(...a.ranges) ? s : a));
    const search = planned?.search ?? searchFor(scene?.estimate?.search, element) ?? searchFromModel(model, samples ?? undefined);
    return { model: longest, search };
  }, [scene, plan, samples, element]);
  const centre = ellipsoidCentre(anchor, { selection, grid, samples, section: view.section, bounds }) ?? origin;
  if (!show || !shapes) return null;
  return (
    <group name="ellipsoids" position={[centre[0] - origin[0], centre[1] - origin[1], centre[2] - origin[2]]}>
      <Ellipsoid name="model-ellipsoid" ranges={shapes.model.ranges as Vec3} angles={shapes.model.angles as Vec3} color={MODEL_COLOR} />
      <Ellipsoid name="search-ellipsoid" ranges={shapes.search.ranges as Vec3} angles={(shapes.search.angles ?? [0, 0, 0]) as Vec3} color={SEARCH_COLOR} />
    </group>
  );
}
