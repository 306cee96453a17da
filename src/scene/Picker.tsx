import { useEffect, useMemo, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { holeIndexOf } from '../engine/drillholes';
import { formatValue } from './ticks';
import { pickAt, type PickOptions } from './pickAt';
import { usePickRegistry } from './pickRegistry';
import { useRegionDraw } from './regionDrawState';
import { ScreenLabels } from './ScreenLabels';
import { useClipPlanes } from './useClipPlanes';
import { useSection } from './useSection';
import { shownElement, useFrameOfReference, useSceneStore, useSceneStoreApi, useView } from './useSceneData';

const HOVER_STYLE: Partial<CSSStyleDeclaration> = {
  background: 'rgba(20, 24, 30, 0.85)', padding: '2px 6px', borderRadius: '3px', fontSize: '12px', color: '#fff',
};

/**
 * Pointer picking: a click (press and release within 5 px) selects the drillhole interval, sample
 * or block under the pointer (store.select), or clears the selection on empty space; hovering a
 * drillhole shows its id (and the grade of the interval) next to the pointer.
 */
export function Picker() {
  const api = useSceneStoreApi();
  const registry = usePickRegistry();
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const view = useView();
  const clip = useClipPlanes();
  const section = useSection();
  const { origin } = useFrameOfReference();
  const holes = useSceneStore((s) => s.holes);
  const samples = useSceneStore((s) => s.samples);
  const [hover, setHover] = useState<{ text: string; point: number[] } | null>(null);
  const hoverText = useRef<string | null>(null);

  const holeOfSample = useMemo(() => {
    if (!holes || !samples) return undefined;
    const map = holeIndexOf(holes, samples.holeIds);
    return (s: number) => (samples.hole[s] >= 0 ? map[samples.hole[s]] : -1);
  }, [holes, samples]);

  useEffect(() => {
    const el = gl.domElement;
    const options = (blocks: boolean): PickOptions => {
      const s = section?.frame;
      return {
        cutoff: api.getState().cutoff, ve: view.verticalExaggeration, clip, holeOfSample, blocks,
        section: s ? { normal: s.normal, pos: s.position - (s.normal[0] * origin[0] + s.normal[1] * origin[1] + s.normal[2] * origin[2]) } : null,
      };
    };
    const at = (e: PointerEvent, blocks: boolean) => {
      const r = el.getBoundingClientRect();
      const x = ((e.clientX - r.left) / r.width) * 2 - 1, y = -((e.clientY - r.top) / r.height) * 2 + 1;
      return pickAt(x, y, camera, r.height, registry, options(blocks));
    };
    let down: { x: number; y: number } | null = null;
    let frame = 0;
    let last: PointerEvent | null = null;
    const onDown = (e: PointerEvent) => { down = { x: e.clientX, y: e.clientY }; };
    const onUp = (e: PointerEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > 5 || e.button !== 0) { down = null; return; }
      down = null;
      if (useRegionDraw.getState().drawing) return; // the click adds a region corner (RegionDrawer)
      const hit = at(e, true);
      api.getState().select(hit?.selection ?? null);
      invalidate();
    };
    const showHover = () => {
      frame = 0;
      if (!last || down) return;
      const hit = at(last, false);
      let text: string | null = null;
      if (hit && hit.hole >= 0 && holes) {
        text = holes.holeIds[hit.hole];
        const element = shownElement(api.getState());
        const sel = hit.selection;
        if (sel?.kind === 'sample' && element && samples?.values[element]) {
          text += ` · ${element} ${formatValue(samples.values[element][sel.index])}`;
        }
      }
      if (text !== hoverText.current) {
        hoverText.current = text;
        setHover(text && hit ? { text, point: hit.point } : null);
        invalidate();
      }
    };
    const onMove = (e: PointerEvent) => { last = e; if (!frame) frame = requestAnimationFrame(showHover); };
    const onLeave = () => { last = null; hoverText.current = null; setHover(null); };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [gl, camera, api, registry, section, view.verticalExaggeration, clip, origin, holeOfSample, holes, samples, invalidate]);

  const texts = useMemo(() => (hover ? [hover.text] : []), [hover]);
  if (!hover) return null;
  return <ScreenLabels points={hover.point} texts={texts} style={HOVER_STYLE} />;
}
