import { useEffect, useLayoutEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type OrthographicCamera } from 'three';
import { boxCutExtent, frameInPlot, unionExtent } from '../engine/section/framing';
import { toSection, type SlabFrame } from '../engine/section/slab';
import { gridBounds } from './bounds';
import { toReal, toScene } from './cameraViews';
import { useSectionViewport } from './sectionViewport';
import { SECTION_INSETS } from './sectionInsets';
import { useFrameOfReference, useSceneStore, useSceneStoreApi, useView } from './useSceneData';
import { useSection } from './useSection';
import { useSlabContent } from './useSlabContent';

interface Controls { target: Vector3; update(): void; addEventListener(t: 'change', f: () => void): void; removeEventListener(t: 'change', f: () => void): void }

/** On screen, section v is stretched by the vertical exaggeration when it is Z. */
const vScaleOf = (f: SlabFrame, ve: number) => (f.v[2] !== 0 ? ve : 1);

/**
 * The orthographic camera of a section: looks along the slab's normal with the section's u to the
 * right and v up, framed on what is in the slab (the hole pieces in it and the grid's cut, else the
 * data bounds' cut). Stepping the position moves the camera with the plane and keeps the framing;
 * a new axis, azimuth or width (or "fit") frames again. Publishes the visible section extent for
 * the grid overlay on every change.
 */
export function SectionRig() {
  const api = useSceneStoreApi();
  const camera = useThree((s) => s.camera) as OrthographicCamera;
  const controls = useThree((s) => s.controls) as unknown as Controls | null;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const section = useSection();
  const content = useSlabContent();
  const grid = useSceneStore((s) => s.grid);
  const { origin, bounds } = useFrameOfReference();
  const ve = useView().verticalExaggeration;
  const framed = useRef<{ key: string; position: number } | null>(null);
  const live = useRef({ section, size, origin, ve });
  live.current = { section, size, origin, ve };

  const publish = () => {
    const { section: s, size: sz, origin: o, ve: e } = live.current;
    if (!s || !controls) return;
    const t = toReal(controls.target.toArray(), o, e);
    const [uc, vc] = toSection(s.frame, t[0], t[1], t[2]);
    const hu = sz.width / 2 / camera.zoom, hv = sz.height / 2 / camera.zoom / vScaleOf(s.frame, e);
    useSectionViewport.setState({ viewport: { uMin: uc - hu, uMax: uc + hu, vMin: vc - hv, vMax: vc + hv, width: sz.width, height: sz.height } });
  };

  const place = (centreReal: [number, number, number], zoom?: number) => {
    const { section: s, origin: o, ve: e } = live.current;
    if (!s || !controls) return;
    const f = s.frame;
    const target = new Vector3(...toScene(centreReal, o, e));
    const toward = new Vector3(f.toward[0], f.toward[1], f.toward[2] * e).normalize();
    const span = bounds ? Math.hypot(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], (bounds.max[2] - bounds.min[2]) * e) : 1000;
    camera.up.set(f.v[0], f.v[1], f.v[2]);
    camera.position.copy(target).addScaledVector(toward, span + 10);
    camera.near = 0.01;
    camera.far = 2 * span + 20;
    if (zoom) camera.zoom = zoom;
    camera.updateProjectionMatrix();
    controls.target.copy(target);
    controls.update();
    invalidate();
    publish();
  };

  const frame = () => {
    const { section: s, size: sz, ve: e } = live.current;
    if (!s) return;
    const cut = unionExtent(content?.extent ?? null, grid ? boxCutExtent(s.frame, gridBounds(grid)) : null)
      ?? (bounds ? boxCutExtent(s.frame, bounds) : null);
    if (!cut) return;
    // Framed in the view less its margins (tick labels, colour bars), centred in that plot area.
    const fr = frameInPlot(s.frame, cut, sz.width, sz.height, SECTION_INSETS, vScaleOf(s.frame, e));
    place(fr.centre, fr.zoom);
  };

  // Frame when the section's kind changes; follow the plane when only its position does.
  useLayoutEffect(() => {
    if (!section || !controls) return;
    const v = section.view;
    const key = `${v.axis}|${v.axis === 'azimuth' ? v.azimuth : ''}|${section.width}|${ve}|${camera.uuid}`;
    const prev = framed.current;
    if (prev && prev.key === key) {
      const d = section.frame.position - prev.position;
      if (d !== 0) {
        const t = toReal(controls.target.toArray(), origin, ve);
        place([0, 1, 2].map((k) => t[k] + d * section.frame.normal[k]) as [number, number, number]);
      }
    } else frame();
    framed.current = { key, position: section.frame.position };
  }, [section, controls, camera, ve]);

  // "Fit" frames the section again.
  useEffect(() => api.subscribe((s, p) => {
    if (s.viewCommand && s.viewCommand !== p.viewCommand && s.viewCommand.kind === 'fit') frame();
  }), [api, controls, camera]);

  useEffect(() => {
    if (!controls) return;
    controls.addEventListener('change', publish);
    return () => controls.removeEventListener('change', publish);
  }, [controls, camera]);
  useEffect(() => { publish(); }, [size]);
  useEffect(() => () => useSectionViewport.setState({ viewport: null }), []);
  return null;
}
