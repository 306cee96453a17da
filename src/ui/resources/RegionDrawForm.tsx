import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../engine/resources';
import { useRegionDraw } from '../../scene/regionDrawState';
import { useLode } from '../../store';
import { NumberField } from '../common/NumberField';

/**
 * Drawing a region: the view turns to plan, clicks in the 3D view add corners (RegionDrawer), the
 * elevations are typed (default: the grid's), and "Finish" adds the polygon to the scene's regions.
 */
export function RegionDrawForm({ count, zRange, onAdd }: { count: number; zRange: [number, number]; onAdd(region: Region): void }) {
  const { t } = useTranslation();
  const drawing = useRegionDraw((s) => s.drawing);
  const corners = useRegionDraw((s) => s.corners);
  const [form, setForm] = useState({ name: '', zmin: zRange[0], zmax: zRange[1] });
  // Leaving the tab (or the scene) ends a drawing in progress.
  useEffect(() => () => { useRegionDraw.getState().stop(); }, []);
  if (!drawing) {
    return (
      <button type="button" className="small" onClick={() => {
        setForm({ name: t('resources.regionName', { n: count + 1 }), zmin: zRange[0], zmax: zRange[1] });
        useRegionDraw.getState().start();
        useLode.getState().command('plan');
      }}>{t('resources.drawRegion')}</button>
    );
  }
  const finish = () => {
    const polygon = useRegionDraw.getState().stop();
    onAdd({ name: form.name.trim(), polygon, zmin: form.zmin, zmax: form.zmax });
  };
  return (
    <form className="region-draw" data-testid="region-draw" onSubmit={(e) => { e.preventDefault(); finish(); }}>
      <p className="muted small" role="status">{t('resources.drawHelp', { n: corners.length })}</p>
      <label className="field"><span>{t('resources.boxName')}</span>
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></label>
      <div className="price-row">
        <NumberField label="Z min" value={form.zmin} onCommit={(v) => setForm({ ...form, zmin: v })} />
        <NumberField label="Z max" value={form.zmax} onCommit={(v) => setForm({ ...form, zmax: v })} />
      </div>
      <div className="button-row">
        <button type="button" className="small" disabled={corners.length === 0} onClick={() => useRegionDraw.getState().undo()}>{t('resources.drawUndo')}</button>
        <button type="submit" className="small" disabled={corners.length < 3 || !form.name.trim() || !(form.zmin <= form.zmax)}>{t('resources.drawFinish')}</button>
        <button type="button" className="small" onClick={() => useRegionDraw.getState().stop()}>{t('resources.drawCancel')}</button>
      </div>
    </form>
  );
}
