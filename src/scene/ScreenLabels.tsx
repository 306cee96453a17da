import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Group, Vector3 } from 'three';

export interface ScreenLabelsProps {
  /** Anchor points (x, y, z per label) in the parent's frame. */
  points: Float32Array | number[];
  /** Plain text per label (set as textContent: never interpreted as HTML). */
  texts: string[];
  /** CSS class of each label (styling; the labels ignore the pointer). */
  className?: string;
  /** Inline style of each label. */
  style?: Partial<CSSStyleDeclaration>;
}

const v = new Vector3();

/** Default look: small light text with a dark halo, centred above its anchor. */
export const LABEL_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'absolute', left: '0', top: '0', whiteSpace: 'nowrap', pointerEvents: 'none',
  font: '11px system-ui, sans-serif', color: '#e8e8e8', textShadow: '0 0 3px #000, 0 0 2px #000',
  willChange: 'transform',
};

/**
 * Text labels pinned to 3-D points: one absolutely positioned <span> per label in an overlay over
 * the canvas, moved in the frame loop (no React render per frame, one DOM write per label).
 */
export function ScreenLabels({ points, texts, className, style }: ScreenLabelsProps) {
  const group = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const layer = useMemo(() => {
    const d = document.createElement('div');
    Object.assign(d.style, { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none' });
    return d;
  }, []);
  const spans = useRef<HTMLSpanElement[]>([]);

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
    invalidate();
  }, [texts, className, style, layer, invalidate]);

  useFrame(({ camera, size }) => {
    const g = group.current;
    if (!g) return;
    g.updateWorldMatrix(true, false);
    const list = spans.current;
    const n = Math.min(list.length, Math.floor(points.length / 3));
    for (let i = 0; i < n; i++) {
      v.set(points[i * 3], points[i * 3 + 1], points[i * 3 + 2]).applyMatrix4(g.matrixWorld).project(camera);
      const s = list[i];
      if (v.z < -1 || v.z > 1 || Math.abs(v.x) > 1.2 || Math.abs(v.y) > 1.2) { s.style.display = 'none'; continue; }
      s.style.display = '';
      const x = (v.x * 0.5 + 0.5) * size.width, y = (-v.y * 0.5 + 0.5) * size.height;
      s.style.transform = `translate(-50%, -120%) translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
  });

  return <group ref={group} />;
}
