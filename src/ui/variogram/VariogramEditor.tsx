import { useTranslation } from 'react-i18next';
import { estimateSection, type Scene } from '../../io/scene/schema';
import type { VariogramModel, Vec3 } from '../../engine/types';
import { gslibFromPlane, planeFromGslib } from '../../engine/geometry/planeAngles';
import { useLode } from '../../store';
import { elementPlanOf } from '../../pipeline/blockJob';
import { NumberField, Vec3Field } from '../common/NumberField';
import { formatSignificant } from '../format';

type Variogram = NonNullable<Scene['estimate']>['variograms'][string];
type Structure = Variogram['structures'][number];

/** Writes an element's variogram model into the scene (creating the estimate section with its defaults when absent). */
export function setSceneVariogram(element: string, v: VariogramModel): void {
  useLode.getState().editScene((s) => {
    const est = s.estimate ?? estimateSection.parse({});
    return { ...s, estimate: { ...est, variograms: { ...est.variograms, [element]: v as Variogram } } };
  });
}

const fmt = (x: number) => formatSignificant(x, 4);

/**
 * Variogram model of one element: nugget and nested structures (type, sill, practical ranges,
 * GSLIB angles and the same orientation as dip / dip direction / pitch). Shows `fallback` (the
 * automatic model) when the scene has none; the first edit writes the whole model to the scene.
 */
export function VariogramEditor({ element, disabled, fallback }: { element: string; disabled?: boolean; fallback?: VariogramModel }) {
  const { t } = useTranslation();
  const given = useLode((s) => s.scene?.estimate?.variograms[element]);
  // Without a model in the scene, the plan's fitted model (else the given fallback) is shown; an edit writes it into the scene.
  const planned = useLode((s) => (s.plan ? elementPlanOf(s.plan, element) : undefined));
  const vg = (given ?? planned?.model ?? fallback) as Variogram | undefined;
  if (!vg) {
    return (
      <section>
        <h2>{t('variogram.title', { element })}</h2>
        <p className="muted">{t('variogram.auto')}</p>
      </section>
    );
  }
  const setVg = (v: Variogram) => setSceneVariogram(element, v);
  const sill = vg.nugget + vg.structures.reduce((a, s) => a + s.sill, 0);
  const setStructure = (i: number, patch: Partial<Structure>) =>
    setVg({ ...vg, structures: vg.structures.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <section>
      <h2>{t('variogram.title', { element })}</h2>
      {!given && <p className="muted">{t('variogram.auto')}</p>}
      <p className="muted">{t('variogram.summary', { nugget: fmt(vg.nugget), sill: fmt(sill), n: vg.structures.length })}</p>
      <NumberField label={t('variogram.nugget')} value={vg.nugget} min={0} disabled={disabled} format={fmt} onCommit={(nugget) => setVg({ ...vg, nugget })} />
      {vg.structures.map((s, i) => {
        const plane = planeFromGslib(s.angles as Vec3);
        const setPlane = (patch: Partial<typeof plane>) => setStructure(i, { angles: gslibFromPlane({ ...plane, ...patch }) });
        return (
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
              <NumberField label={t('variogram.sill')} value={s.sill} min={0} disabled={disabled} format={fmt} onCommit={(sill) => setStructure(i, { sill })} />
            </div>
            <Vec3Field label={t('variogram.ranges')} names={[t('axis.major'), t('axis.semi'), t('axis.minor')]} value={s.ranges} min={1e-9}
              disabled={disabled} format={fmt} onCommit={(ranges) => setStructure(i, { ranges })} />
            <Vec3Field label={t('variogram.angles')} names={[t('axis.azimuth'), t('axis.dip'), t('axis.rake')]} value={s.angles}
              disabled={disabled} format={fmt} onCommit={(angles) => setStructure(i, { angles })} />
            <Vec3Field label={t('variogramPanel.plane')} names={[t('variogramPanel.dip'), t('variogramPanel.dipDirection'), t('variogramPanel.pitch')]}
              value={[plane.dip, plane.dipDirection, plane.pitch]} disabled={disabled} format={fmt}
              onCommit={([dip, dipDirection, pitch]) => setPlane({ dip, dipDirection, pitch })} />
          </fieldset>
        );
      })}
    </section>
  );
}
