import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TABS } from './tabs';
import { CutoffControl } from './CutoffControl';
import { ResourceSummary } from './ResourceSummary';

/** The side panel: cutoff and resource summary on top, then the tabs of TABS (WAI-ARIA tabs pattern). */
export function SidePanel() {
  const { t } = useTranslation();
  const [active, setActive] = useState(TABS[0].id);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === active);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length].id;
    setActive(next);
    refs.current[next]?.focus();
  };
  const Active = TABS.find((x) => x.id === active)!.Component;
  return (
    <aside className="side" aria-label={t('side.label')}>
      <section className="side-top">
        <CutoffControl />
        <ResourceSummary />
      </section>
      <div className="tabs" role="tablist" aria-label={t('side.tabs')} onKeyDown={onKey}>
        {TABS.map((tab) => (
          <button key={tab.id} ref={(el) => { refs.current[tab.id] = el; }} role="tab" id={`tab-${tab.id}`}
            aria-selected={tab.id === active} aria-controls={`panel-${tab.id}`} tabIndex={tab.id === active ? 0 : -1}
            className={tab.id === active ? 'tab active' : 'tab'} onClick={() => setActive(tab.id)}>
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        <Active />
      </div>
    </aside>
  );
}
