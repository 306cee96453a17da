import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode, type PendingTable, type TableKind } from '../../store';
import { kindsDistinct, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, tableComplete } from '../../store/importTables';

const KINDS: TableKind[] = ['collars', 'surveys', 'assays', 'intervals', 'samples'];

/** Asks what each dropped table is and which column plays which role, naming the files the columns did not settle. */
export function MappingDialog() {
  const { t } = useTranslation();
  const pending = useLode((s) => s.pending);
  const resolve = useLode((s) => s.resolvePending);
  const [tables, setTables] = useState<PendingTable[]>([]);
  // The files it is unsure about first.
  useEffect(() => setTables([...(pending ?? [])].sort((a, b) => Number(!!b.unsure) - Number(!!a.unsure))), [pending]);
  if (!pending) return null;

  const update = (i: number, patch: Partial<PendingTable>) =>
    setTables((ts) => ts.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const complete = tables.every(tableComplete) && kindsDistinct(tables);
  const unsure = pending.filter((x) => x.unsure);

  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('mapping.title')}</h2>
        <p>{t('importing.intro', { count: unsure.length, known: pending.length - unsure.length, total: pending.length, files: unsure.map((x) => x.name).join(', ') })}</p>
        <p className="muted">{t('importing.help')}</p>
        {tables.map((tb, i) => (
          <fieldset key={tb.name} className={tb.unsure ? 'mapping-table mapping-unsure' : 'mapping-table'}>
            <legend>{tb.name}</legend>
            {tb.unsure && <p className="note">{t(`importing.unsure.${tb.unsure}`)}</p>}
            <label className="field">
              <span>{t('mapping.kind')}</span>
              <select value={tb.kind ?? ''} onChange={(e) => update(i, { kind: (e.target.value || null) as PendingTable['kind'] })}>
                <option value="">{t('mapping.choose')}</option>
                {KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
                <option value="skip">{t('importing.skip')}</option>
              </select>
            </label>
            {tb.kind && tb.kind !== 'skip' && [...REQUIRED_COLUMNS[tb.kind], ...OPTIONAL_COLUMNS[tb.kind]].map((role) => (
              <label className="field" key={role}>
                <span>{t(`role.${role}`)}{REQUIRED_COLUMNS[tb.kind as TableKind].includes(role) ? ' *' : ''}</span>
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
        {!complete && <p className="muted">{t('importing.incomplete')}</p>}
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
