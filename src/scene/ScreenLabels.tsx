import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Group, Vector3 } from 'three';
import { declutterLabels } from './labelDeclutter';

export interface ScreenLabelsProps {
  /** Anchor points (x, y, z per label) in the parent's frame. */
  points: Float32Array | number[];
  /** Plain text per label (set as textContent: never interpreted as HTML). */
  texts: string[];
  /** CSS class of each label (styling; the labels ignore the pointer). */
  className?: string;
  /** Show only labels that fit without overlapping, nearest to the camera first (see labelDeclutter.ts). */
  declutter?: boolean;
  /** Inline style of each label. */
  style?: Partial<CSSStyleDeclaration>;
}

/** Height of a label's box for decluttering (px; 11 px text with its halo). */
const LABEL_HEIGHT = 14;

const v = new Vector3();

/** Default look: small light text with a dark halo, centred above its anchor. */
export const LABEL_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'absolute', left: '0', top: '0', whiteSpace: 'nowrap', pointerEvents: 'none',
  font: '11px system-ui, sans-serif', color: '#e8e8e8', textShadow: '0 0 3px #000, 0 0 2px #000',
  willChange: 'transform',
};

/**
 * Text labels pinned to 3-D points: one absolutely positioned <span> per label in an overlay over
 * the canvas, moved in the frame loop (no React render per frame, one DOM write per label); with
 * `declutter`, only labels that fit are shown, nearest first.
 */
export function ScreenLabels({ points, texts, className, style, declutter }: ScreenLabelsProps) {
  const group = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const layer = useMemo(() => {
    const d = document.createElement('div');
    Object.assign(d.style, { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none' });
    return d;
  }, []);
  const spans = useRef<HTMLSpanElement[]>([]);
  /** Per label: width (px, measured once per text set) and scratch of the frame's placement. */
  const boxes = useRef({ width: new Float32Array(0), x: new Float32Array(0), y: new Float32Array(0), depth: new Float32Array(0), candidate: new Uint8Array(0), shown: new Uint8Array(0) });

  useEffect(() => {
    const parent = gl.domElement.parentElement;
    parent?.appendChild(layer);
    return () => layer.remove();
  }, [gl, layer]);

  useEffect(() => {
    spans.current = texts.map((t) => {
      const s = document.createElement('span');
      Object.assign(s.style, LABEL_STYLE, style ?? {});
      if (className) s.className = className;
      s.textContent = t;
      return s;
    });
    layer.replaceChildren(...spans.current);
    const n = texts.length;
    boxes.current = {
      // One layout read per text set (the layer is in the page by now).
      width: Float32Array.from(spans.current, (sp) => (declutter ? sp.offsetWidth : 0)),
      x: new Float32Array(n), y: new Float32Array(n), depth: new Float32Array(n), candidate: new Uint8Array(n), shown: new Uint8Array(n),
    };
    invalidate();
  }, [texts, className, style, layer, invalidate, declutter]);

  useFrame(({ camera, size }) => {
    const g = group.current;
    if (!g) return;
    g.updateWorldMatrix(true, false);
    const list = spans.current;
    const b = boxes.current;
    const n = Math.min(list.length, Math.floor(points.length / 3), declutter ? b.width.length : Infinity);
    for (let i = 0; i < n; i++) {
      v.set(points[i * 3], points[i * 3 + 1], points[i * 3 + 2]).applyMatrix4(g.matrixWorld).project(camera);
      const on = !(v.z < -1 || v.z > 1 || Math.abs(v.x) > 1.2 || Math.abs(v.y) > 1.2);
      const x = (v.x * 0.5 + 0.5) * size.width, y = (-v.y * 0.5 + 0.5) * size.height;
      if (declutter) { b.candidate[i] = on ? 1 : 0; b.x[i] = x; b.y[i] = y; b.depth[i] = v.z; }
      const s = list[i];
      if (!on) { s.style.display = 'none'; continue; }
      s.style.display = '';
      s.style.transform = `translate(-50%, -120%) translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
    if (!declutter || n === 0) return;
    // The box sits where the transform puts the text: centred on x, its bottom 20 % of a line above y.
    for (let i = 0; i < n; i++) b.y[i] -= 0.2 * LABEL_HEIGHT;
    declutterLabels({ x: b.x.subarray(0, n), y: b.y.subarray(0, n), depth: b.depth.subarray(0, n), width: b.width.subarray(0, n), height: LABEL_HEIGHT, candidate: b.candidate.subarray(0, n) }, b.shown.subarray(0, n));
    for (let i = 0; i < n; i++) if (b.candidate[i] && !b.shown[i]) list[i].style.display = 'none';
  });

  return <group ref={group} />;
}
