import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';
import { toUserMessage } from '../../io/userMessage';
import { getPool } from '../../store/engineClient';
import { downloadBlob } from './download';
import { exportBlocker, exportFile, type ExportKind } from './exportFiles';

const GROUPS: { label: string; items: [ExportKind, string][] }[] = [
  { label: 'blocks', items: [['blocks.csv', 'blocksCsv'], ['blocks.dat', 'blocksDat'], ['blocks.vti', 'blocksVti']] },
  { label: 'composites', items: [['composites.csv', 'csv'], ['composites.vtp', 'vtp']] },
  { label: 'holes', items: [['holes.csv', 'csv'], ['holes.vtp', 'vtp']] },
  { label: 'envelope', items: [['envelope.obj', 'obj'], ['envelope.stl', 'stl']] },
  { label: 'solids', items: [['solids.obj', 'obj'], ['solids.stl', 'stl']] },
];

const KINDS = GROUPS.flatMap((g) => g.items.map(([k]) => k));

/** The header's Export menu: block model, composites, hole traces, the envelope and the scene's solids and surfaces, each in the formats other software reads. */
export function ExportMenu() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  // One string of every item's blocker: re-renders only when what can be exported changes.
  const blockers = useLode((st) => KINDS.map((k) => exportBlocker(st, k) ?? '').join('|')).split('|');
  const hasScene = useLode((st) => st.scene !== null);
  // Close on a click elsewhere or Escape, as a menu does (a bare <details> stays open).
  useEffect(() => {
    const close = (e: Event) => {
      const d = ref.current;
      if (d?.open && (e.type === 'keydown' ? (e as KeyboardEvent).key === 'Escape' : !d.contains(e.target as Node))) d.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => { document.removeEventListener('pointerdown', close); document.removeEventListener('keydown', close); };
  }, []);
  const onExport = async (kind: ExportKind) => {
    try {
      const f = await exportFile(useLode.getState(), kind, getPool());
      downloadBlob(new Blob([...f.pieces], { type: 'application/octet-stream' }), f.name);
      if (ref.current) ref.current.open = false;
    } catch (e) {
      useLode.getState().setError(toUserMessage(e));
    }
  };
  return (
    <details className="export-menu" ref={ref}>
      <summary role="button" aria-disabled={!hasScene} title={t('exportMenu.title')}>{t('exportMenu.menu')}</summary>
      <div className="export-items" role="menu" aria-label={t('exportMenu.menu')}>
        {GROUPS.map((g) => (
          <div key={g.label} className="export-group" role="group" aria-label={t(`exportMenu.${g.label}`)}>
            <div className="export-group-label">{t(`exportMenu.${g.label}`)}</div>
            {g.items.map(([kind, label]) => {
              const blocked = blockers[KINDS.indexOf(kind)] || null;
              return (
                <button key={kind} type="button" role="menuitem" data-export={kind} disabled={blocked !== null}
                  title={blocked ? t(`exportMenu.${blocked}`) : undefined} onClick={() => void onExport(kind)}>
                  {t(`exportMenu.${label}`)}
                </button>
              );
            })}
          </div>
        ))}
      </div>
    </details>
  );
}
