import { useTranslation } from 'react-i18next';
import { isSingleSearch, searchFor, type SceneSearch } from '../../io/scene/schema';
import { useLode, shownElement } from '../../store';
import { elementPlanOf } from '../../pipeline/blockJob';
import { NumberField, Vec3Field } from '../common/NumberField';

/**
 * Search neighbourhood of the shown element: ellipsoid (ranges, GSLIB angles), sample counts,
 * per-hole limit. Shows the plan's search (the scene's, else derived from the element's variogram,
 * as `lode` derives it); an edit writes the element's own search into the scene (or the common one
 * when the scene gives one search for every element).
 */
export function SearchEditor({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const plan = useLode((s) => s.plan);
  const editScene = useLode((s) => s.editScene);
  const element = scene ? shownElement(scene) : undefined;
  const planned = plan && element ? elementPlanOf(plan, element) : undefined;
  if (!scene || !element || !planned) {
    return (
      <section>
        <h2>{t('search.title')}</h2>
        <p className="muted">{t('search.auto')}</p>
      </section>
    );
  }
  const given = scene.estimate?.search;
  const search: SceneSearch = searchFor(given, planned.element)
    ?? { ...planned.search, maxPerOctant: planned.search.maxPerOctant ?? 0, passes: planned.search.passes ?? [] };
  const set = (patch: Partial<SceneSearch>) => editScene((s) => {
    const next = { ...search, ...patch };
    const cur = s.estimate!.search;
    return { ...s, estimate: { ...s.estimate!, search: cur && isSingleSearch(cur) ? next : { ...(cur ?? {}), [planned.element]: next } } };
  });
  return (
    <section>
      <h2>{t('search.title')} · {planned.element}</h2>
      {planned.searchSource === 'derived' && <p className="muted">{t('search.auto')}</p>}
      <Vec3Field label={t('search.ranges')} names={[t('axis.major'), t('axis.semi'), t('axis.minor')]} value={search.ranges} min={1e-9}
        disabled={disabled} onCommit={(ranges) => set({ ranges })} />
      <Vec3Field label={t('search.angles')} names={[t('axis.azimuth'), t('axis.dip'), t('axis.rake')]} value={search.angles}
        disabled={disabled} onCommit={(angles) => set({ angles })} />
      <div className="row">
        <NumberField label={t('search.minSamples')} value={search.minSamples} min={1} max={search.maxSamples} integer disabled={disabled}
          onCommit={(minSamples) => set({ minSamples })} />
        <NumberField label={t('search.maxSamples')} value={search.maxSamples} min={search.minSamples} integer disabled={disabled}
          onCommit={(maxSamples) => set({ maxSamples })} />
        <NumberField label={t('search.maxPerHole')} value={search.maxPerHole} min={0} integer disabled={disabled}
          onCommit={(maxPerHole) => set({ maxPerHole })} />
      </div>
    </section>
  );
}
