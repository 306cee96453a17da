import { useTranslation } from 'react-i18next';
import { blockCentroid, blockIjk } from '../engine/grid/blockGrid';
import { fieldValue } from './blockAttributes';
import { formatValue } from './ticks';
import { shownElement, useGradeUnits, useSceneStore, useSceneStoreApi } from './useSceneData';

type Row = [label: string, value: string];

const coord = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Values of the selected block or drillhole interval (HTML overlay; all text, never markup). */
export function InfoPanel() {
  const { t } = useTranslation();
  const api = useSceneStoreApi();
  const selection = useSceneStore((s) => s.selection);
  const grid = useSceneStore((s) => s.grid);
  const estimates = useSceneStore((s) => s.estimates);
  useSceneStore((s) => s.estimatesVersion);
  const samples = useSceneStore((s) => s.samples);
  const element = useSceneStore(shownElement);
  const unitOf = useGradeUnits();
  const units = useSceneStore((s) => s.scene?.units) ?? 'm';

  let title = '';
  const rows: Row[] = [];
  const withUnit = (el: string) => `${el} (${unitOf(el)})`;
  if (selection?.kind === 'block' && grid) {
    const [i, j, k] = blockIjk(grid, selection.index);
    const c = blockCentroid(grid, selection.index);
    title = t('scene.info.block', { defaultValue: 'Block {{index}}', index: selection.index });
    rows.push([t('scene.info.ijk', 'i, j, k'), `${i}, ${j}, ${k}`]);
    rows.push([t('scene.info.centre', { defaultValue: 'Centre ({{unit}})', unit: units }), `${coord(c[0])}, ${coord(c[1])}, ${coord(c[2])}`]);
    const order = element ? [element, ...Object.keys(estimates).filter((e) => e !== element)] : Object.keys(estimates);
    for (const el of order) {
      const est = estimates[el];
      if (!est) continue;
      rows.push([withUnit(el), formatValue(fieldValue(est, 'estimate', selection.index))]);
      if (el !== element) continue;
      rows.push([t('scene.field.variance', 'Kriging variance'), formatValue(fieldValue(est, 'variance', selection.index))]);
      rows.push([t('scene.field.slope', 'Slope of regression'), formatValue(fieldValue(est, 'slope', selection.index))]);
      rows.push([t('scene.field.samples', 'Samples used'), formatValue(fieldValue(est, 'samples', selection.index))]);
      const b = selection.index - est.start;
      rows.push([t('scene.info.holes', 'Holes used'), b >= 0 && b < est.nHoles.length ? String(est.nHoles[b]) : '—']);
      rows.push([t('scene.info.distance', { defaultValue: 'Mean distance ({{unit}})', unit: units }),
        b >= 0 && b < est.meanDistance.length ? formatValue(est.meanDistance[b]) : '—']);
      rows.push([t('scene.field.pass', 'Search pass'), formatValue(fieldValue(est, 'pass', selection.index))]);
    }
  } else if (selection?.kind === 'sample' && samples && selection.index >= 0 && selection.index < samples.x.length) {
    const i = selection.index;
    const hole = samples.hole[i] >= 0 ? samples.holeIds[samples.hole[i]] : null;
    title = hole ?? t('scene.info.sample', { defaultValue: 'Sample {{index}}', index: i + 1 });
    if (samples.from && samples.to) {
      rows.push([t('scene.info.interval', { defaultValue: 'From – to ({{unit}})', unit: units }), `${formatValue(samples.from[i])} – ${formatValue(samples.to[i])}`]);
    }
    rows.push([t('scene.info.position', { defaultValue: 'X, Y, Z ({{unit}})', unit: units }), `${coord(samples.x[i])}, ${coord(samples.y[i])}, ${coord(samples.z[i])}`]);
    const order = element ? [element, ...Object.keys(samples.values).filter((e) => e !== element)] : Object.keys(samples.values);
    for (const el of order) rows.push([withUnit(el), formatValue(samples.values[el][i])]);
    if (samples.domain) rows.push([t('scene.info.domain', 'Domain'), samples.domain[i] || '—']);
  } else {
    return null;
  }

  return (
    <section className="lode-info" aria-label={t('scene.info.label', 'Selection')} data-testid="selection-info"
      style={{ background: 'rgba(20, 24, 30, 0.88)', color: '#eee', font: '12px system-ui, sans-serif', padding: '8px 10px', borderRadius: 4, minWidth: 220, maxWidth: 320 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 4 }}>
        <strong>{title}</strong>
        <button type="button" aria-label={t('scene.info.close', 'Close')} onClick={() => api.getState().select(null)}
          style={{ background: 'none', border: 'none', color: '#ccc', cursor: 'pointer', fontSize: 16, lineHeight: 1 }}>×</button>
      </div>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, color: '#aab', paddingRight: 12 }}>{label}</th>
              <td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
