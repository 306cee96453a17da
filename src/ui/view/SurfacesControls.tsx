import { useTranslation } from 'react-i18next';
import type { SurfaceSource } from '../../io/scene/schemaSurfaces';
import { useLode } from '../../store';

const KINDS: SurfaceSource['kind'][] = ['topography', 'pit', 'fault', 'solid'];

/** View tab: the scene's surfaces and solids: shown or not, kind, colour, opacity, air above a topography, remove. */
export function SurfacesControls() {
  const { t } = useTranslation();
  const surfaces = useLode((s) => s.scene?.surfaces) ?? [];
  const editScene = useLode((s) => s.editScene);
  const air = useLode((s) => s.plan?.air?.air);
  const edit = (i: number, patch: Partial<SurfaceSource>) =>
    editScene((s) => ({ ...s, surfaces: (s.surfaces ?? []).map((x, k) => (k === i ? { ...x, ...patch } : x)) }));
  // Maps draped on the removed surface go back to their plane.
  const remove = (i: number) => editScene((s) => {
    const gone = s.surfaces?.[i]?.name;
    const maps = s.maps?.map((m) => (m.surface === gone ? { ...m, surface: undefined } : m));
    return { ...s, surfaces: (s.surfaces ?? []).filter((_, k) => k !== i), ...(maps ? { maps } : {}) };
  });
  return (
    <section data-testid="surfaces-panel">
      <h2>{t('surfaces.title')}</h2>
      {surfaces.length === 0 && <p className="muted">{t('surfaces.hint')}</p>}
      {surfaces.map((s, i) => (
        <div key={s.name} className="surface-row" style={{ marginBottom: 8 }}>
          <label className="check">
            <input type="checkbox" checked={s.visible} aria-label={t('surfaces.show', { name: s.name })} onChange={(e) => edit(i, { visible: e.target.checked })} />
            <span data-testid="surface-name">{s.name}</span>
          </label>
          <div className="button-row">
            <select value={s.kind} onChange={(e) => edit(i, { kind: e.target.value as SurfaceSource['kind'] })}>
              {KINDS.map((k) => <option key={k} value={k}>{t(`surfaces.kind.${k}`)}</option>)}
            </select>
            <input type="color" value={s.color} aria-label={t('surfaces.colour', { name: s.name })} onChange={(e) => edit(i, { color: e.target.value })} />
            <input type="range" min={0} max={1} step={0.05} value={s.opacity} aria-label={t('surfaces.opacity')} onChange={(e) => edit(i, { opacity: Number(e.target.value) })} />
            <button type="button" className="small" onClick={() => remove(i)}>{t('surfaces.remove')}</button>
          </div>
          {s.kind === 'topography' && (
            <label className="check">
              <input type="checkbox" checked={s.excludeAbove} onChange={(e) => edit(i, { excludeAbove: e.target.checked })} />
              {t('surfaces.excludeAbove')}
            </label>
          )}
        </div>
      ))}
      {air !== undefined && <p className="muted" data-testid="air-count">{t('surfaces.air', { air: air.toLocaleString() })}</p>}
    </section>
  );
}
