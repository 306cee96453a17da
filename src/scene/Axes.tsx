import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BufferAttribute, BufferGeometry } from 'three';
import { axesGeometry } from './axesGeometry';
import { ScreenLabels } from './ScreenLabels';
import { useFrameOfReference, useUnits, useView } from './useSceneData';

const TICK_STYLE: Partial<CSSStyleDeclaration> = { color: '#b8c4d0', fontSize: '10px' };

/** Bounding box of the data with a floor grid and tick labels in real coordinates and units. */
export function Axes() {
  const { t } = useTranslation();
  const view = useView();
  const { origin, bounds } = useFrameOfReference();
  const unit = useUnits();
  const axes = useMemo(() => (bounds ? axesGeometry(bounds, origin, unit) : null), [bounds, origin, unit]);
  // Titles (the last three labels) through i18n; tick values as they are.
  const texts = useMemo(() => {
    if (!axes) return [];
    const n = axes.labels.length;
    return [...axes.labels.slice(0, n - 3),
      t('scene.axes.x', { defaultValue: 'X east ({{unit}})', unit }),
      t('scene.axes.y', { defaultValue: 'Y north ({{unit}})', unit }),
      t('scene.axes.z', { defaultValue: 'Z ({{unit}})', unit })];
  }, [axes, t, unit]);
  const geometry = useMemo(() => {
    if (!axes) return null;
    return new BufferGeometry().setAttribute('position', new BufferAttribute(axes.lines, 3));
  }, [axes]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!axes || !geometry || !view.visible.axes) return null;
  return (
    <group name="axes">
      <lineSegments geometry={geometry} raycast={() => undefined}>
        <lineBasicMaterial color="#5d6b78" transparent opacity={0.55} />
      </lineSegments>
      <ScreenLabels points={axes.labelPoints} texts={texts} style={TICK_STYLE} />
    </group>
  );
}
