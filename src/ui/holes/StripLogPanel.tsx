import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeUnitOf } from '../../pipeline/gradeUnits';
import { interceptsFor } from '../../pipeline/interceptsStep';
import { useLode } from '../../store';
import { StripLog } from './StripLog';
import { stripLogData } from './stripLogData';

/** Strip log of a hole chosen from the list or by clicking an interval, a sample or an intercept in 3D. */
export function StripLogPanel() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const data = useLode((s) => s.data);
  const holes = useLode((s) => s.holes);
  const samples = useLode((s) => s.samples);
  const selection = useLode((s) => s.selection);
  const setProbe = useLode((s) => s.setProbe);
  const [holeId, setHoleId] = useState<string | null>(null);
  const [logScale, setLogScale] = useState(false);

  // Follow the selection in 3D (a sample interval or an intercept).
  useEffect(() => {
    if (selection?.kind === 'interval' && holes) setHoleId(holes.holeIds[selection.hole] ?? null);
    else if (selection?.kind === 'sample' && samples && samples.hole[selection.index] >= 0) setHoleId(samples.holeIds[samples.hole[selection.index]]);
  }, [selection, holes, samples]);
  useEffect(() => () => setProbe(null), [setProbe]);

  const ids = holes?.holeIds ?? [];
  const shown = holeId && ids.includes(holeId) ? holeId : null;
  const log = useMemo(() => {
    if (!scene || !data || !shown) return null;
    const r = interceptsFor(scene, data);
    return stripLogData(data, shown, r.rows ?? []);
  }, [scene, data, shown]);
  if (!scene || !data || !holes) return null;
  const gradeUnits = Object.fromEntries((log?.grades ?? []).map((g) => [g.element, gradeUnitOf(scene.gradeUnits, g.element, data.report)]));
  const h = shown ? holes.holeIds.indexOf(shown) : -1;

  return (
    <div className="strip-panel">
      <label className="field">
        <span>{t('holes.strip.hole')}</span>
        <select value={shown ?? ''} onChange={(e) => setHoleId(e.target.value || null)}>
          <option value="">—</option>
          {ids.map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={logScale} onChange={(e) => setLogScale(e.target.checked)} />
        {t('holes.strip.log')}
      </label>
      {log ? (
        <StripLog log={log} lengthUnit={scene.units} gradeUnits={gradeUnits} logScale={logScale}
          onProbe={(depth) => setProbe(depth === null || h < 0 ? null : { hole: h, depth })} />
      ) : <p className="muted">{t('holes.strip.none')}</p>}
    </div>
  );
}
