import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode, type PendingTable, type TableKind } from '../../store';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../../store/importTables';

const KINDS: TableKind[] = ['collars', 'surveys', 'assays', 'samples'];

/** Asks what each dropped table is and which column plays which role, when the columns did not tell. */
export function MappingDialog() {
  const { t } = useTranslation();
  const pending = useLode((s) => s.pending);
  const resolve = useLode((s) => s.resolvePending);
  const [tables, setTables] = useState<PendingTable[]>([]);
  useEffect(() => setTables(pending ?? []), [pending]);
  if (!pending) return null;

  const update = (i: number, patch: Partial<PendingTable>) =>
    setTables((ts) => ts.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const kinds = tables.map((x) => x.kind);
  const complete = tables.every((x) => x.kind && REQUIRED_COLUMNS[x.kind].every((c) => x.columns[c]))
    && new Set(kinds).size === kinds.length;

  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('mapping.title')}</h2>
        <p className="muted">{t('mapping.intro')}</p>
        {tables.map((tb, i) => (
          <fieldset key={tb.name} className="mapping-table">
            <legend>{tb.name}</legend>
            <label className="field">
              <span>{t('mapping.kind')}</span>
              <select value={tb.kind ?? ''} onChange={(e) => update(i, { kind: (e.target.value || null) as TableKind | null })}>
                <option value="">{t('mapping.choose')}</option>
                {KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
              </select>
            </label>
            {tb.kind && [...REQUIRED_COLUMNS[tb.kind], ...OPTIONAL_COLUMNS[tb.kind]].map((role) => (
              <label className="field" key={role}>
                <span>{t(`role.${role}`)}{REQUIRED_COLUMNS[tb.kind!].includes(role) ? ' *' : ''}</span>
                <select value={tb.columns[role] ?? ''} onChange={(e) => {
                  const columns = { ...tb.columns };
                  if (e.target.value) columns[role] = e.target.value; else delete columns[role];
                  update(i, { columns });
                }}>
                  <option value="">{t('mapping.none')}</option>
                  {tb.header.map((h) => <option key={h} value={h}>{h}</option>)}
                </select>
              </label>
            ))}
          </fieldset>
        ))}
        {!complete && <p className="muted">{t('mapping.incomplete')}</p>}
        <div className="modal-actions">
          <button type="button" onClick={() => void resolve(null)}>{t('mapping.cancel')}</button>
          <button type="button" className="primary" disabled={!complete}
            onClick={() => void resolve(tables.map((x) => ({ ...x, explicit: true, ambiguous: false })))}>
            {t('mapping.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
