import { useTranslation } from 'react-i18next';
import type { SolidSource } from '../../io/scene/schemaDomains';
import type { SurfaceSource } from '../../io/scene/schemaSurfaces';
import { useLode } from '../../store';

/** The domain solid of a scene surface: the same file (path, or the embedded bytes) with a code. */
export function solidOfSurface(s: SurfaceSource, code: string): SolidSource {
  return s.path !== undefined ? { code, path: s.path, name: s.name } : { code, gzip: s.gzip, name: s.name };
}

/**
 * Domains section: each solid surface of the scene (an OBJ/STL dropped on the window) can give the
 * block domains — choosing a code adds it to domains.solids, so the blocks inside take that code.
 */
export function DomainSolids({ codes, disabled }: { codes: string[]; disabled: boolean }) {
  const { t } = useTranslation();
  const surfaces = useLode((s) => s.scene?.surfaces)?.filter((s) => s.kind === 'solid') ?? [];
  const solids = useLode((s) => s.scene?.domains?.solids) ?? [];
  const editScene = useLode((s) => s.editScene);
  if (surfaces.length === 0) return <p className="muted">{t('domains.solidsHint')}</p>;
  const codeOf = (name: string) => solids.find((d) => d.name === name || d.path === name)?.code ?? '';
  const assign = (s: SurfaceSource, code: string) => editScene((sc) => {
    if (!sc.domains) return sc;
    const rest = (sc.domains.solids ?? []).filter((d) => d.name !== s.name && d.path !== s.name);
    const next = code ? [...rest, solidOfSurface(s, code)] : rest;
    const { solids: _old, ...domains } = sc.domains;
    void _old;
    return { ...sc, domains: next.length ? { ...domains, solids: next } : domains };
  });
  return (
    <div data-testid="domain-solids">
      {surfaces.map((s) => (
        <label key={s.name} className="field">
          <span>{t('domains.solidCode', { name: s.name })}</span>
          <select value={codeOf(s.name)} disabled={disabled} onChange={(e) => assign(s, e.target.value)}>
            <option value="">{t('domains.notDomain')}</option>
            {[...new Set([...codes, codeOf(s.name)])].filter(Boolean).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      ))}
    </div>
  );
}
