import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../engine/types';
import { denseBounds, sceneBounds } from './bounds';
import { presetCamera, toReal, toScene, type ViewKind } from './cameraViews';
import { useFrameOfReference, useSceneStore, useSceneStoreApi, useView } from './useSceneData';
import { loadedViewFrame } from '../store/sceneLoaderClient';

/** What the rig needs of drei's OrbitControls (makeDefault puts them in the R3F state). */
interface Controls {
  target: Vector3;
  update(): void;
  addEventListener(type: 'change' | 'end', fn: () => void): void;
  removeEventListener(type: 'change' | 'end', fn: () => void): void;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Duration of a camera flight to a point, ms. */
const FLY_MS = 600;

/**
 * Owns the camera: applies scene.view.camera when a scene opens (or fits the dense part of the data
 * in 3D when it has none), runs view commands (fit, plan, sections, 3D), keeps near/far planes suited to the distance,
 * keeps the real-world pose when the vertical exaggeration changes, and writes the camera back to
 * scene.view.camera (real coordinates) when the user stops orbiting, so saving keeps it.
 */
export function CameraRig() {
  const api = useSceneStoreApi();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as unknown as Controls | null;
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const { origin, bounds: allBounds } = useFrameOfReference();
  const holes = useSceneStore((s) => s.holes);
  const samples = useSceneStore((s) => s.samples);
  // Views frame where the samples are dense (5–95 % of their positions), not the outermost collar.
  // (those of the data just loaded come from the import worker, same function)
  const dense = useMemo(() => { const pre = loadedViewFrame(holes, samples); return pre ? pre.dense : denseBounds(holes, samples); }, [holes, samples]);
  const bounds = dense ?? allBounds;
  const view = useView();
  const ve = view.verticalExaggeration;
  const sceneNonce = useSceneStore((s) => s.sceneNonce);
  const state = useRef({ appliedNonce: -1, ve, origin });

  // Everything below reads the latest values through this ref (event handlers outlive renders).
  const live = useRef({ origin, bounds, allBounds, ve, aspect: size.width / Math.max(1, size.height) });
  live.current = { origin, bounds, allBounds, ve, aspect: size.width / Math.max(1, size.height) };

  const radius = () => {
    const b = live.current.allBounds;
    return b ? 0.5 * Math.hypot(b.max[0] - b.min[0], b.max[1] - b.min[1], (b.max[2] - b.min[2]) * live.current.ve) || 1 : 1;
  };
  const fitClip = () => {
    if (!controls) return;
    const d = camera.position.distanceTo(controls.target);
    camera.near = Math.max(d * 0.002, radius() * 1e-5);
    camera.far = d + radius() * 20;
    camera.updateProjectionMatrix();
  };
  const place = (position: Vec3, target: Vec3) => {
    if (!controls) return;
    camera.up.set(0, 0, 1);
    camera.position.set(...position);
    controls.target.set(...target);
    controls.update();
    fitClip();
    invalidate();
  };
  const save = () => {
    if (!controls) return;
    const { origin: o, ve: e } = live.current;
    const position = toReal(camera.position.toArray(), o, e).map(round) as Vec3;
    const target = toReal(controls.target.toArray(), o, e).map(round) as Vec3;
    const prev = api.getState().scene?.view?.camera;
    // A click without a drag ends an orbit too: leave the document alone when nothing moved.
    if (prev && prev.fov === camera.fov && prev.position.every((v, i) => v === position[i]) && prev.target.every((v, i) => v === target[i])) return;
    api.getState().setView({ camera: { position, target, up: [0, 0, 1], fov: camera.fov } });
  };
  const preset = (kind: ViewKind) => {
    const b = live.current.bounds;
    if (!b || !controls) return;
    const current = camera.position.clone().sub(controls.target).toArray();
    const p = presetCamera(kind, sceneBounds(b, live.current.origin, live.current.ve), camera.fov, live.current.aspect, current);
    place(p.position, p.target);
    save();
  };

  // Scene opened: restore its camera, or fit.
  useLayoutEffect(() => {
    if (!controls || !bounds || state.current.appliedNonce === sceneNonce) return;
    state.current.appliedNonce = sceneNonce;
    state.current.ve = ve;
    state.current.origin = origin;
    const cam = api.getState().scene?.view?.camera;
    if (cam) {
      camera.fov = cam.fov;
      place(toScene(cam.position, origin, ve), toScene(cam.target, origin, ve));
    } else {
      const p = presetCamera('iso', sceneBounds(bounds, origin, ve), camera.fov, live.current.aspect, [0, 0, 1]);
      place(p.position, p.target);
    }
  }, [controls, bounds, sceneNonce]);

  // Vertical exaggeration or local origin changed: keep the real-world pose.
  useLayoutEffect(() => {
    const s = state.current;
    if (!controls || (s.ve === ve && s.origin === origin)) return;
    const pos = toReal(camera.position.toArray(), s.origin, s.ve), tgt = toReal(controls.target.toArray(), s.origin, s.ve);
    s.ve = ve; s.origin = origin;
    place(toScene(pos, origin, ve), toScene(tgt, origin, ve));
  }, [ve, origin, controls]);

  // Fly to a point (a clicked intercept): keep the viewing direction, ease over FLY_MS, then save.
  const fly = useRef(0);
  const flyTo = (targetReal: Vec3, distance: number) => {
    if (!controls) return;
    const { origin: o, ve: e } = live.current;
    const to = new Vector3(...toScene(targetReal, o, e));
    const dir = camera.position.clone().sub(controls.target).normalize();
    const from = { p: camera.position.clone(), t: controls.target.clone() };
    const end = { p: to.clone().addScaledVector(dir, distance), t: to };
    const id = ++fly.current;
    const t0 = performance.now();
    const step = () => {
      if (id !== fly.current) return;
      const k = Math.min(1, (performance.now() - t0) / FLY_MS);
      const ease = k * k * (3 - 2 * k);
      const p = from.p.clone().lerp(end.p, ease), t = from.t.clone().lerp(end.t, ease);
      place(p.toArray(), t.toArray());
      if (k < 1) requestAnimationFrame(step); else save();
    };
    requestAnimationFrame(step);
  };

  // View commands from the toolbar.
  useEffect(() => api.subscribe((s, p) => {
    const c = s.viewCommand;
    if (!c || c === p.viewCommand) return;
    if (c.kind === 'focus') flyTo(c.target, c.distance);
    else preset(c.kind);
  }), [api, controls]);

  // Orbiting: keep near/far right; write the camera back when the user lets go.
  useEffect(() => {
    if (!controls) return;
    controls.addEventListener('change', fitClip);
    controls.addEventListener('end', save);
    return () => { controls.removeEventListener('change', fitClip); controls.removeEventListener('end', save); };
  }, [controls]);

  return null;
}
