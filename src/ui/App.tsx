import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header';
import { SidePanel } from './SidePanel';
import { ErrorAlert } from './ErrorAlert';
import { DropOverlay } from './files/DropOverlay';
import { MappingDialog } from './data/MappingDialog';
import { EstimateProgress } from './estimate/EstimateProgress';
import { LoadingBadge } from './common/LoadingBadge';

const Viewport = lazy(() => import('../scene/Viewport').then((m) => ({ default: m.Viewport })));

/** The app shell: header, the 3D view filling the main area, the side panel. */
export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <Header />
      <main className="main">
        <section className="viewport-area" aria-label={t('viewport.label')}>
          <Suspense fallback={<div className="viewport-fallback">{t('viewport.loading')}</div>}>
            <Viewport />
          </Suspense>
          <div className="viewport-overlay">
            <EstimateProgress />
            <LoadingBadge />
          </div>
        </section>
        <SidePanel />
      </main>
      <ErrorAlert />
      <MappingDialog />
      <DropOverlay />
    </div>
  );
}
