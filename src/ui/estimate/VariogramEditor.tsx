import { useTranslation } from 'react-i18next';
import type { Scene } from '../../io/scene/schema';
import { useLode } from '../../store';
import { elementPlanOf } from '../../pipeline/blockJob';
import { NumberField, Vec3Field } from '../common/NumberField';

type Variogram = NonNullable<Scene['estimate']>['variograms'][string];
type Structure = Variogram['structures'][number];

/** Variogram model of one element: nugget and nested structures (type, sill, practical ranges, GSLIB angles). */
export function VariogramEditor({ element, disabled }: { element: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const given = useLode((s) => s.scene?.estimate?.variograms[element]);
  // Without a model in the scene, the plan's fitted model is shown; an edit writes it into the scene.
  const planned = useLode((s) => (s.plan ? elementPlanOf(s.plan, element) : undefined));
  const vg: Variogram | undefined = given ?? planned?.model;
  const editScene = useLode((s) => s.editScene);
  const setVg = (v: Variogram) => editScene((s) => ({
    ...s, estimate: { ...s.estimate!, variograms: { ...s.estimate!.variograms, [element]: v } },
  }));
  if (!vg) {
    return (
      <section>
        <h2>{t('variogram.title', { element })}</h2>
        <p className="muted">{t('variogram.auto')}</p>
      </section>
    );
  }
  const sill = vg.nugget + vg.structures.reduce((a, s) => a + s.sill, 0);
  const setStructure = (i: number, patch: Partial<Structure>) =>
    setVg({ ...vg, structures: vg.structures.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <section>
      <h2>{t('variogram.title', { element })}</h2>
      {!given && <p className="muted">{t('variogram.auto')}</p>}
      <p className="muted">{t('variogram.summary', { nugget: fmt(vg.nugget), sill: fmt(sill), n: vg.structures.length })}</p>
      <NumberField label={t('variogram.nugget')} value={vg.nugget} min={0} disabled={disabled} onCommit={(nugget) => setVg({ ...vg, nugget })} />
      {vg.structures.map((s, i) => (
        <fieldset key={i} className="structure">
          <legend>{t('variogram.structure', { n: i + 1 })}</legend>
          <div className="row">
            <label className="field">
              <span>{t('variogram.type')}</span>
              <select value={s.type} disabled={disabled} onChange={(e) => setStructure(i, { type: e.target.value as Structure['type'] })}>
                <option value="spherical">{t('variogram.spherical')}</option>
                <option value="exponential">{t('variogram.exponential')}</option>
                <option value="gaussian">{t('variogram.gaussian')}</option>
              </select>
            </label>
            <NumberField label={t('variogram.sill')} value={s.sill} min={0} disabled={disabled} onCommit={(sill) => setStructure(i, { sill })} />
          </div>
          <Vec3Field label={t('variogram.ranges')} names={[t('axis.major'), t('axis.semi'), t('axis.minor')]} value={s.ranges} min={1e-9}
            disabled={disabled} onCommit={(ranges) => setStructure(i, { ranges })} />
          <Vec3Field label={t('variogram.angles')} names={[t('axis.azimuth'), t('axis.dip'), t('axis.rake')]} value={s.angles}
            disabled={disabled} onCommit={(angles) => setStructure(i, { angles })} />
        </fieldset>
      ))}
    </section>
  );
}

function fmt(x: number): string {
  return Number(x.toPrecision(3)).toString();
}
