import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../engine/resources';
import type { Vec3 } from '../../engine/types';
import { useLode } from '../../store';
import { NumberField } from '../common/NumberField';
import { useRegionDraw } from '../../scene/regionDrawState';
import { RegionDrawForm } from './RegionDrawForm';

/** The regions of the scene: remove one, draw a polygon in plan view, or add a box entered by numbers (X, Y, Z min and max). */
export function RegionEditor({ regions, onChange, newBox }: {
  regions: Region[]; onChange(regions: Region[]): void; newBox(name: string, min: Vec3, max: Vec3): Region;
}) {
  const { t } = useTranslation();
  const grid = useLode((s) => s.grid);
  const lo = grid ? grid.origin.map((o, a) => o - grid.size[a] / 2) : [0, 0, 0];
  const hi = grid ? grid.origin.map((o, a) => o + (grid.count[a] - 0.5) * grid.size[a]) : [1, 1, 1];
  const [box, setBox] = useState<{ name: string; min: number[]; max: number[] } | null>(null);
  const show = useRegionDraw((r) => r.show);
  const start = () => setBox({ name: `Box ${regions.length + 1}`, min: lo.map((v, a) => Math.round(v + (hi[a] - v) / 4)), max: hi.map((v, a) => Math.round(v - (v - lo[a]) / 4)) });
  return (
    <div className="region-editor">
      <ul className="compact-list">
        {regions.map((r, i) => (
          <li key={`${r.name}-${i}`}>{r.name} ({r.polygon.length} ·{r.zmin !== undefined ? ` z ≥ ${r.zmin}` : ''}{r.zmax !== undefined ? ` z ≤ ${r.zmax}` : ''})
            {' '}<button type="button" className="small" aria-label={t('resources.remove', { name: r.name })} onClick={() => onChange(regions.filter((_, j) => j !== i))}>×</button>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => useRegionDraw.getState().setShow(e.target.checked)} />
        {t('resources.showRegions')}
      </label>
      {!box && <RegionDrawForm count={regions.length} zRange={[Math.round(lo[2]), Math.round(hi[2])]} onAdd={(r) => onChange([...regions, r])} />}
      {!box && <button type="button" className="small" onClick={start}>{t('resources.addBox')}</button>}
      {box && (
        <form onSubmit={(e) => { e.preventDefault(); onChange([...regions, newBox(box.name, box.min as Vec3, box.max as Vec3)]); setBox(null); }}>
          <label className="field"><span>{t('resources.boxName')}</span>
            <input value={box.name} onChange={(e) => setBox({ ...box, name: e.target.value })} /></label>
          {(['X', 'Y', 'Z'] as const).map((axis, a) => (
            <div key={axis} className="price-row">
              <NumberField label={`${axis} min`} value={box.min[a]} onCommit={(v) => setBox({ ...box, min: box.min.map((x, k) => (k === a ? v : x)) })} />
              <NumberField label={`${axis} max`} value={box.max[a]} onCommit={(v) => setBox({ ...box, max: box.max.map((x, k) => (k === a ? v : x)) })} />
            </div>
          ))}
          <button type="submit" className="small" disabled={!box.name.trim() || box.min.some((v, a) => !(v < box.max[a]))}>{t('resources.addBox')}</button>
        </form>
      )}
    </div>
  );
}
