import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainsSection as Domains } from '../../io/scene/schema';
import { useLode } from '../../store';
import { getPool } from '../../store/engineClient';
import { blockDomainsOf } from '../../pipeline/domains/estimateDomains';
import { domainSummary, type DomainRow } from '../../pipeline/domains/domainSummary';
import { formatInteger } from '../format';
import { NumberField } from '../common/NumberField';
import { meshVolume } from '../../engine/isosurface/meshMeasures';
import { DomainSolids } from './DomainSolids';
import { domainColumnCandidates } from './codeColumns';

/** Domains of the estimate tab: the code column, the codes estimated (hard boundaries), the envelope, and the volume of each domain after a run. */
export function DomainsSection() {
  const { t, i18n } = useTranslation();
  const scene = useLode((s) => s.scene);
  const data = useLode((s) => s.data);
  const plan = useLode((s) => s.plan);
  const running = useLode((s) => s.status.running);
  const version = useLode((s) => s.estimatesVersion);
  const editScene = useLode((s) => s.editScene);
  const envelope = useLode((s) => s.envelope);
  const [rows, setRows] = useState<DomainRow[] | null>(null);
  const dp = plan?.domains;
  useEffect(() => {
    setRows(null);
    if (!plan?.domains || running) return;
    let live = true;
    // Cached per plan: after a run this is the estimate's own assignment (no second indicator run).
    void blockDomainsOf(plan, getPool()).then((bd) => { if (live) setRows(domainSummary(bd, plan.grid, plan.domains!.estimate)); }, () => undefined);
    return () => { live = false; };
  }, [plan, running, version]);
  if (!scene || !data) return null;
  const columns = domainColumnCandidates([data.assays, ...(data.intervals ?? [])]);
  const dm = scene.domains;
  if (dm && !columns.includes(dm.column)) columns.push(dm.column);
  const edit = (next: Domains | undefined) => editScene((s) => {
    const { domains: _old, ...rest } = s;
    void _old;
    return next ? { ...rest, domains: next } : rest;
  });
  const codes = dp?.codes ?? [];
  const estimated = dm?.estimate ?? codes;
  const toggle = (code: string, on: boolean) => {
    const next = on ? codes.filter((c) => c === code || estimated.includes(c)) : estimated.filter((c) => c !== code);
    if (dm && next.length > 0) edit({ ...dm, estimate: next });
  };
  const env = dm?.envelope;
  const unit = scene.units;
  return (
    <section data-testid="domains-section">
      <h2>{t('domains.title')}</h2>
      <label className="field">
        <span>{t('domains.column')}</span>
        <select value={dm?.column ?? ''} disabled={running} onChange={(e) => edit(e.target.value ? { ...dm, column: e.target.value, estimate: undefined } : undefined)}>
          <option value="">{t('domains.none')}</option>
          {columns.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      {dm && dp && (
        <>
          <p className="muted">{t(`domains.source_${dp.source}`)} {t('domains.help')}</p>
          <div className="checks" aria-label={t('domains.estimateCodes')}>
            {codes.map((c) => (
              <label key={c} className="check">
                <input type="checkbox" checked={estimated.includes(c)} disabled={running} onChange={(e) => toggle(c, e.target.checked)} />
                {c}
              </label>
            ))}
          </div>
          <DomainSolids codes={codes} disabled={running} />
          <label className="field">
            <span>{t('domains.envelope')}</span>
            <select value={env?.type ?? 'estimate'} disabled={running}
              onChange={(e) => edit({ ...dm, envelope: { probability: 0.5, ...env, type: e.target.value as 'estimate' | 'domain' | 'gradeShell' } })}>
              {(['estimate', 'domain', 'gradeShell'] as const).map((k) => <option key={k} value={k}>{t(`domains.envelope_${k}`)}</option>)}
            </select>
          </label>
          {env?.type === 'gradeShell' && (
            <NumberField label={t('domains.threshold')} value={env.threshold ?? 0} min={0} max={1e9}
              onCommit={(threshold) => edit({ ...dm, envelope: { ...env, threshold } })} />
          )}
          {envelope && env && env.type !== 'estimate' && (
            <p data-testid="envelope-volume">{t('domains.envelopeVolume', { volume: formatInteger(Math.round(meshVolume(envelope)), i18n.language), unit })}</p>
          )}
          {rows && (
            <table className="diagnostics-table" data-testid="domain-volumes">
              <caption>{t('domains.volumes')}</caption>
              <thead><tr><th scope="col">{t('domains.code')}</th><th scope="col">{t('domains.blocks')}</th><th scope="col">{t('domains.volume', { unit })}</th></tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.code}><th scope="row">{r.code}</th><td>{formatInteger(r.blocks, i18n.language)}</td><td>{formatInteger(Math.round(r.volume), i18n.language)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
