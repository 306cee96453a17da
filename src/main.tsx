import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './ui/i18n';
import { App } from './ui/App';
import { boot } from './store/boot';
import { useLode } from './store';
import './ui/app.css';

initI18n();
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
void boot();

// For end-to-end tests and the browser benchmark: the store, read-only by convention.
(window as unknown as { __lode?: typeof useLode }).__lode = useLode;
