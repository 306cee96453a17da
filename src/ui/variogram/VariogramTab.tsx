import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vec3 } from '../../engine/types';
import { useLode, shownElement } from '../../store';
import { gradeUnitOf } from '../../pipeline/gradeUnits';
import { automaticVariogram, useVariogramData } from './useVariogramData';
import { VariogramChart } from './VariogramChart';
import { VariogramEditor, setSceneVariogram } from './VariogramEditor';
import { LagSettings } from './LagSettings';
import { PairsTable } from './PairsTable';
import { VariogramMapView } from './VariogramMapView';
import { EllipsoidToggle } from './EllipsoidToggle';

/**
 * Variogram tab: experimental variograms along the model's axes (or the scene's directions) and
 * downhole, the model drawn over them and edited in place, "Fit" for the automatic model, the
 * lag settings and a variogram map in a chosen plane. Everything edited is saved in the scene.
 */
export function VariogramTab() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const samples = useLode((s) => s.samples);
  const elements = useLode((s) => s.elements);
  const report = useLode((s) => s.report);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [fitting, setFitting] = useState(false);
  const element = picked && elements.includes(picked) ? picked : (scene && shownElement(scene)) ?? elements[0];
  const given = useLode((s) => (element ? s.scene?.estimate?.variograms[element] : undefined));
  const longest = given?.structures.reduce((a, s) => (Math.max(...s.ranges) > Math.max(...a.ranges) ? s : a));
  const data = useVariogramData(scene, samples, element, longest?.angles as Vec3 | undefined);
  if (!scene || !samples || !element) return <div className="tab-body"><p className="muted">{t('estimate.noScene')}</p></div>;
  const model = given ?? data.auto?.model;
  const fit = async () => {
    setFitting(true);
    try {
      const auto = await automaticVariogram(samples, element);
      setSceneVariogram(element, auto.model);
    } finally { setFitting(false); }
  };
  return (
    <div className="tab-body">
      <div className="row">
        <label className="field">
          <span>{t('variogramPanel.element')}</span>
          <select value={element} onChange={(e) => setPicked(e.target.value)}>
            {elements.map((el) => <option key={el} value={el}>{el}</option>)}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void fit()} disabled={fitting} title={t('variogramPanel.fitHelp')}>
          {fitting ? t('variogramPanel.fitting') : t('variogramPanel.fit')}
        </button>
      </div>
      {data.error && <p className="note" role="alert">{data.error}</p>}
      {data.running && <p className="muted" role="status">{t('variogramPanel.computing')}</p>}
      {data.auto && (!given || !data.auto.structured) && (
        <p className="muted small">{data.auto.structured ? t('variogramPanel.autoNote', { note: data.auto.note }) : t('variogramPanel.noStructure')}</p>
      )}
      {data.curves && (
        <VariogramChart curves={data.curves} model={model} element={element} lengthUnit={scene.units} gradeUnit={gradeUnitOf(scene.gradeUnits, element, report ?? undefined)} />
      )}
      {data.curves && <PairsTable curves={data.curves} />}
      <VariogramEditor element={element} fallback={data.auto?.model} />
      {data.curves && data.lag !== undefined && <LagSettings lag={data.lag} lagCount={data.lagCount!} curves={data.curves} />}
      {data.lag !== undefined && <VariogramMapView element={element} lag={data.lag} lagCount={data.lagCount!} angles={(longest?.angles ?? data.auto?.model.structures.at(-1)?.angles) as Vec3 | undefined} />}
      <EllipsoidToggle />
    </div>
  );
}
