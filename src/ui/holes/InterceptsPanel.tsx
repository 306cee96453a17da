import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeIntercept, gradeText } from '../../engine/drillholes/intercepts';
import { locate } from '../../engine/drillholes/locate';
import type { Vec3 } from '../../engine/types';
import type { InterceptsSection } from '../../io/scene/schemaIntercepts';
import { interceptsFor, type HoleIntercept } from '../../pipeline/interceptsStep';
import { useLode } from '../../store';
import { NumberField } from '../common/NumberField';

type Column = 'hole' | 'from' | 'to' | 'length' | 'grade' | 'gradeLength';
const COLUMNS: Column[] = ['hole', 'from', 'to', 'length', 'grade', 'gradeLength'];

const valueOf = (x: HoleIntercept, c: Column, order: number): number | string =>
  c === 'hole' ? order : c === 'gradeLength' ? x.gradeLength : x[c];

/** Intercept parameters, the rule in words, and the sortable table; a row click flies the camera there. */
export function InterceptsPanel() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const data = useLode((s) => s.data);
  const holes = useLode((s) => s.holes);
  const editScene = useLode((s) => s.editScene);
  const select = useLode((s) => s.select);
  const focus = useLode((s) => s.focus);
  const selection = useLode((s) => s.selection);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'hole', descending: false });

  const result = useMemo(() => (scene && data ? interceptsFor(scene, data) : null), [scene, data]);
  const rows = useMemo(() => {
    if (!result?.rows) return [];
    const keyed = result.rows.map((x, i) => ({ x, i }));
    const sign = sort.descending ? -1 : 1;
    return keyed.sort((a, b) => {
      const va = valueOf(a.x, sort.column, a.i), vb = valueOf(b.x, sort.column, b.i);
      return (va < vb ? -1 : va > vb ? 1 : a.i - b.i) * sign;
    });
  }, [result, sort]);

  if (!scene || !data || data.kind !== 'drillholes' || !data.assays) return <p className="muted">{t('holes.intercepts.noAssays')}</p>;
  if (!result?.settings) return <p role="alert" className="error-text">{result?.error}</p>;
  const s = result.settings;
  const set = (patch: Partial<InterceptsSection>) => editScene((sc) => ({ ...sc, intercepts: { ...sc.intercepts, ...patch } }));
  const lu = s.lengthUnit;
  const elements = Object.keys(data.assays.values);
  const holeCount = new Set(result.rows.map((r) => r.holeId)).size;

  const show = (x: HoleIntercept) => {
    const h = holes?.holeIds.indexOf(x.holeId) ?? -1;
    if (!holes || h < 0) return;
    select({ kind: 'interval', hole: h, from: x.from, to: x.to });
    const c = locate(holes, h, (x.from + x.to) / 2, [0, 0, 0]) as Vec3;
    focus(c, Math.max(150, 10 * x.length));
  };
  const isSelected = (x: HoleIntercept) => selection?.kind === 'interval' && holes?.holeIds[selection.hole] === x.holeId
    && selection.from === x.from && selection.to === x.to;
  const header = (c: Column) => {
    const label = t(`holes.intercepts.${c}`) + (c === 'from' || c === 'to' || c === 'length' ? ` (${lu})` : c === 'grade' ? ` (${s.gradeUnit})` : '');
    const active = sort.column === c;
    return (
      <th key={c} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="link" aria-label={t('holes.intercepts.sortBy', { column: label })}
          onClick={() => setSort({ column: c, descending: active ? !sort.descending : c !== 'hole' && c !== 'from' && c !== 'to' })}>
          {label}{active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };

  return (
    <div className="intercepts">
      <label className="field">
        <span>{t('holes.intercepts.element')}</span>
        <select value={s.element} onChange={(e) => set({ element: e.target.value })}>
          {elements.map((el) => <option key={el} value={el}>{el}</option>)}
        </select>
      </label>
      <NumberField label={t('holes.intercepts.cutoff', { unit: s.gradeUnit })} value={s.cutoff} min={0} onCommit={(v) => set({ cutoff: v })} />
      <NumberField label={t('holes.intercepts.maxDilution', { unit: lu })} value={s.maxDilution} min={0} onCommit={(v) => set({ maxDilution: v })} />
      <NumberField label={t('holes.intercepts.minLength', { unit: lu })} value={s.minLength} min={0} onCommit={(v) => set({ minLength: v })} />
      <OptionalNumber label={t('holes.intercepts.minGradeLength')} value={s.minGradeLength} none={t('holes.intercepts.none')}
        onCommit={(v) => set({ minGradeLength: v })} />
      <OptionalNumber label={t('holes.intercepts.includeCutoff', { unit: s.gradeUnit })} value={s.includeCutoff} none={t('holes.intercepts.none')}
        onCommit={(v) => set({ includeCutoff: v })} />
      <label className="check">
        <input type="checkbox" checked={scene.intercepts?.labels ?? false} onChange={(e) => set({ labels: e.target.checked })} />
        {t('holes.intercepts.labels')}
      </label>
      {s.derived.length > 0 && <p className="muted small">{t('holes.intercepts.derived', { list: s.derived.map((k) => t(`holes.intercepts.${k}`, { unit: k === 'cutoff' ? s.gradeUnit : lu })).join(', ') })}</p>}
      <details className="rule">
        <summary>{t('holes.intercepts.title')}</summary>
        <p className="small" data-testid="intercept-rule">{t('holes.intercepts.rule')}</p>
      </details>
      <p role="status" data-testid="intercept-count">{t('holes.intercepts.count', { count: result.rows.length, holes: holeCount })}</p>
      {rows.length === 0 ? <p className="muted">{t('holes.intercepts.empty')}</p> : (
        <div className="table-scroll">
          <table className="data-table" data-testid="intercept-table" aria-label={t('holes.intercepts.table')}>
            <thead><tr>{COLUMNS.map(header)}<th scope="col">{t('holes.intercepts.including')}</th></tr></thead>
            <tbody>
              {rows.map(({ x, i }) => (
                <tr key={i} className={isSelected(x) ? 'selected' : undefined} tabIndex={0}
                  aria-label={t('holes.intercepts.show', { text: `${x.holeId} ${describeIntercept(x, lu)}` })}
                  onClick={() => show(x)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(x); } }}>
                  <td>{x.holeId}</td>
                  <td className="num">{x.from.toFixed(1)}</td>
                  <td className="num">{x.to.toFixed(1)}</td>
                  <td className="num">{x.length.toFixed(1)}</td>
                  <td className="num">{gradeText(x.grade)}</td>
                  <td className="num">{gradeText(x.gradeLength)}</td>
                  <td>{x.including.map((y) => describeIntercept(y, lu)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** A number box that may be left empty (the parameter is then not used). */
function OptionalNumber({ label, value, none, onCommit }: { label: string; value: number | undefined; none: string; onCommit(v: number | undefined): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === undefined ? '' : String(value));
  const commit = () => {
    if (draft === null) return;
    const v = draft.trim() === '' ? undefined : Number(draft.replace(',', '.'));
    setDraft(null);
    if (v === undefined || (Number.isFinite(v) && v >= 0)) onCommit(v);
  };
  return (
    <label className="num-field">
      <span>{label}</span>
      <input type="number" min={0} step="any" value={text} placeholder={none} aria-label={label}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
    </label>
  );
}
