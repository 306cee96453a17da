import { useTranslation } from 'react-i18next';
import type { EstimateSection } from '../../io/scene/schema';
import { useLode } from '../../store';
import { NumberField, Vec3Field } from '../common/NumberField';

type Search = NonNullable<EstimateSection['search']>;

/** Search neighbourhood: ellipsoid (ranges, GSLIB angles), sample counts, per-hole limit. */
export function SearchEditor({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const search = useLode((s) => s.scene?.estimate?.search);
  const editScene = useLode((s) => s.editScene);
  const set = (patch: Partial<Search>) => editScene((s) => ({ ...s, estimate: { ...s.estimate!, search: { ...s.estimate!.search!, ...patch } } }));
  if (!search) {
    return (
      <section>
        <h2>{t('search.title')}</h2>
        <p className="muted">{t('search.auto')}</p>
      </section>
    );
  }
  return (
    <section>
      <h2>{t('search.title')}</h2>
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
