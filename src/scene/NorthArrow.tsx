import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DoubleSide, Shape, ShapeGeometry } from 'three';
import { ScreenLabels } from './ScreenLabels';
import { useFrameOfReference } from './useSceneData';

const N_STYLE: Partial<CSSStyleDeclaration> = { fontWeight: '700', fontSize: '13px', color: '#ffffff' };

/** Render order after everything else (three.js draws higher renderOrder later). */
const ON_TOP = 1000;

/**
 * A flat arrow pointing north (+Y) on the floor of the data box, just inside its north-west corner
 * (inside, so that a view fitted to the data shows it), with an "N"; drawn over blocks and envelope.
 */
export function NorthArrow() {
  const { t } = useTranslation();
  const { origin, bounds } = useFrameOfReference();
  const layout = useMemo(() => {
    if (!bounds) return null;
    const span = Math.max(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], 1e-9);
    const L = 0.12 * span;
    const x = bounds.min[0] - origin[0] + 0.06 * span, y = bounds.max[1] - origin[1] - 1.1 * L, z = bounds.min[2] - origin[2];
    const s = new Shape();
    s.moveTo(0, L); s.lineTo(0.35 * L, 0.45 * L); s.lineTo(0.1 * L, 0.5 * L); s.lineTo(0.1 * L, 0);
    s.lineTo(-0.1 * L, 0); s.lineTo(-0.1 * L, 0.5 * L); s.lineTo(-0.35 * L, 0.45 * L); s.closePath();
    return { geometry: new ShapeGeometry(s), position: [x, y, z] as [number, number, number], tip: [x, y + L * 1.05, z] };
  }, [bounds, origin]);
  useEffect(() => () => layout?.geometry.dispose(), [layout]);
  const texts = useMemo(() => [t('scene.north', 'N')], [t]);
  if (!layout) return null;
  return (
    <group name="north-arrow">
      {/* Drawn last and without depth test: blocks and the envelope never hide it. */}
      <mesh geometry={layout.geometry} position={layout.position} raycast={() => undefined} renderOrder={ON_TOP}>
        <meshBasicMaterial color="#e04f3f" side={DoubleSide} depthTest={false} depthWrite={false} transparent />
      </mesh>
      <ScreenLabels points={layout.tip} texts={texts} style={N_STYLE} />
    </group>
  );
}
