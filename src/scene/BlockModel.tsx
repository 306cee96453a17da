import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Matrix4, type Camera, type Group, type Scene, type WebGLRenderer } from 'three';
import type { Vec3 } from '../engine/types';
import type { BlockField, ShownEstimates } from './blockAttributes';
import { categoricalColours, categoricalLut } from './classColours';
import { useShownEstimates } from './shownEstimates';
import { BlockBuffers } from './blockBuffers';
import { blockMaterial, lutTexture } from './blockMaterial';
import type { ColormapName } from './colormaps';
import { useColorRanges } from './colorRanges';
import { blockHooks, lastFill } from './perf';
import { usePickRegistry } from './pickRegistry';
import { workerSorter } from './workerSorter';
import { useSection } from './useSection';
import { gpuIdle, idleFrames } from './gpuFence';
import { shownElement, useFrameOfReference, useSceneStore, useSceneStoreApi, useView } from './useSceneData';

const inverse = new Matrix4();
/** Cutoffs are clamped above −1e38 so that blocks without a value (NO_VALUE = −3e38) stay hidden. */
const clampCutoff = (c: number) => Math.max(-1e38, Number.isFinite(c) ? c : -1e38);
/** An empty block range: nothing new to read. */
const NOTHING = { start: 0, end: 0 };

/**
 * The block model: one instanced unit box per block of the grid, coloured by the chosen field.
 * Instances are sorted by decreasing grade, so the cutoff (read from the store with subscribe(), no
 * React render, no buffer upload) sets only the number of instances drawn and a uniform. Blocks
 * beyond the section or hidden by six shown neighbours are dropped in the vertex shader. While an
 * estimate streams in, instances stay in grid order and each chunk uploads only its range; the sort
 * is done in a worker afterwards (see BlockBuffers).
 */
export function BlockModel() {
  const api = useSceneStoreApi();
  const registry = usePickRegistry();
  const invalidate = useThree((s) => s.invalidate);
  const grid = useSceneStore((s) => s.grid);
  const element = useSceneStore(shownElement);
  const view = useView();
  const section = useSection();
  const field = view.field as BlockField;
  const est = useShownEstimates(element, field);
  const version = useSceneStore((s) => s.estimatesVersion);
  const { origin } = useFrameOfReference();
  const ranges = useColorRanges();

  const running = useSceneStore((s) => s.status.running);
  // Frames for new block data wait until the GPU has drawn the previous ones (see gpuFence.ts).
  const frames = useMemo(() => idleFrames(invalidate), [invalidate]);
  useEffect(() => () => frames.cancel(), [frames]);
  const buffers = useMemo(() => (grid ? new BlockBuffers(grid, {
    sorter: workerSorter(),
    onChange: frames.request,
    // The sorted layout is drawn (frames after the update for a big grid): the model is ready.
    onSorted: (blocks, ms) => Object.assign(lastFill, { ms, blocks, at: performance.now(), sorted: true }),
  }) : null), [grid, frames]);
  // One material for the component's life; the colour map is a texture swapped below.
  const { material, uniforms } = useMemo(() => blockMaterial('viridis'), []);
  const groupRef = useRef<Group>(null);
  const filled = useRef<{ est?: ShownEstimates; field?: BlockField; buffers?: BlockBuffers; version?: number; running?: boolean }>({});

  useEffect(() => () => buffers?.dispose(), [buffers]);
  useEffect(() => () => { material.dispose(); uniforms.uLut.value.dispose(); }, [material, uniforms]);

  // Colour map: swap the 256×1 texture (class and ore/waste have their own categorical colours).
  const categories = categoricalColours(field);
  useLayoutEffect(() => {
    const old = uniforms.uLut.value;
    uniforms.uLut.value = categories ? categoricalLut(categories) : lutTexture(view.colormap as ColormapName);
    old.dispose();
    invalidate();
  }, [view.colormap, categories, uniforms, invalidate]);

  // Grid placement relative to the local origin.
  useLayoutEffect(() => {
    if (!grid) return;
    uniforms.uBase.value.set(grid.origin[0] - origin[0], grid.origin[1] - origin[1], grid.origin[2] - origin[2]);
    uniforms.uSize.value.set(...grid.size);
    uniforms.uCount.value.set(grid.count[0], grid.count[1]);
    invalidate();
  }, [grid, origin, uniforms, invalidate]);

  // Per-block values: only the changed range when the store says which (one version bump since the
  // last fill, e.g. a chunk of a running estimate), else everything; nothing when only `running` changed.
  useLayoutEffect(() => {
    if (!grid || !buffers) return;
    const base: Vec3 = [grid.origin[0] - origin[0], grid.origin[1] - origin[1], grid.origin[2] - origin[2]];
    registry.blocks = { grid, grade: buffers.grade, base };
    const prev = filled.current;
    const same = prev.est === est && prev.field === field && prev.buffers === buffers;
    if (same && prev.version === version && prev.running === running) return;
    const t0 = performance.now();
    const dirty = api.getState().estimatesDirty;
    const range = !same ? null : version === prev.version ? NOTHING : version === (prev.version ?? NaN) + 1 && dirty ? dirty : null;
    buffers.setCutoff(clampCutoff(api.getState().cutoff));
    const written = buffers.update(est, field, range, running);
    filled.current = { est, field, buffers, version, running };
    Object.assign(lastFill, { ms: performance.now() - t0, blocks: written, at: performance.now(), sorted: buffers.sorted });
    frames.request();
  }, [grid, buffers, est, version, field, running, origin, api, registry, frames]);

  useEffect(() => () => { registry.blocks = null; }, [registry]);

  // The benchmark's upload measure: the shown instances uploaded again by the next frame.
  useEffect(() => {
    if (!buffers) return;
    blockHooks.reupload = () => { const n = buffers.reuploadAll(); invalidate(); return n; };
    return () => { blockHooks.reupload = null; };
  }, [buffers, invalidate]);

  // Colour range.
  useLayoutEffect(() => {
    const r = ranges.blocks ?? [0, 1];
    uniforms.uRange.value.set(r[0], r[1]);
    invalidate();
  }, [ranges.blocks, uniforms, invalidate]);

  // Section: only the blocks the plane cuts are drawn.
  useLayoutEffect(() => {
    if (section) {
      const n = section.frame.normal;
      uniforms.uSectionOn.value = 1;
      uniforms.uSectionNormal.value.set(n[0], n[1], n[2]);
      uniforms.uSectionPos.value = section.frame.position - (n[0] * origin[0] + n[1] * origin[1] + n[2] * origin[2]);
    } else uniforms.uSectionOn.value = 0;
    invalidate();
  }, [section, origin, uniforms, invalidate]);

  // Cutoff: fast state, straight from the store to the uniform.
  useEffect(() => {
    const apply = (c: number) => {
      const cutoff = clampCutoff(c);
      uniforms.uCutoff.value = cutoff;
      buffers?.setCutoff(cutoff);
      invalidate();
    };
    apply(api.getState().cutoff);
    return api.subscribe((s, p) => { if (s.cutoff !== p.cutoff) apply(s.cutoff); });
  }, [api, uniforms, buffers, invalidate]);

  // Before each render: the next uploads and the instances drawn (see BlockBuffers.frame).
  useFrame(() => { if (buffers?.frame(gpuIdle())) frames.request(); });

  // Before each draw: the camera in the blocks' frame (faces turned towards it).
  const onBeforeRender = useMemo(() => (_r: WebGLRenderer, _s: Scene, camera: Camera) => {
    const group = groupRef.current;
    if (group) uniforms.uCamera.value.copy(camera.position).applyMatrix4(inverse.copy(group.matrixWorld).invert());
  }, [uniforms]);

  if (!buffers || !est) return null;
  // Two sets of instances: one drawn, the other empty or being uploaded (see BlockBuffers).
  return (
    <group ref={groupRef} name="blocks" visible={view.visible.blocks}>
      {buffers.geometries.map((g, i) => (
        <mesh key={i} onBeforeRender={onBeforeRender} geometry={g} material={material} frustumCulled={false} raycast={() => undefined} />
      ))}
    </group>
  );
}
