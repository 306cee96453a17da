import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode } from '../store';
import { LANGUAGES, setLanguage, type Language } from './i18n';
import { OpenFilesButton } from './files/OpenFilesButton';
import { ExportMenu } from './files/ExportMenu';
import { downloadText, sceneFileName, sceneFileText } from './files/saveScene';
import { toUserMessage } from '../io/userMessage';

/** Top bar: app name, scene name, Open scene / Save scene / Export, language switch. */
export function Header() {
  const { t, i18n } = useTranslation();
  const name = useLode((s) => s.scene?.name);
  const hasScene = useLode((s) => s.scene !== null);
  const [saving, setSaving] = useState(false);
  const onSave = async () => {
    setSaving(true);
    try {
      const s = useLode.getState();
      downloadText(await sceneFileText(s), sceneFileName(s.scene?.name));
    } catch (e) {
      useLode.getState().setError(toUserMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <header className="header">
      <div className="brand">
        <span className="logo" aria-hidden="true">◆</span>
        <span className="app-name">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
      </div>
      <div className="scene-name" title={name}>{name ?? ''}</div>
      <div className="header-actions">
        <OpenFilesButton label={t('header.openScene')} accept=".json,.lode,.csv,.txt,.dat,.gslib" />
        <button type="button" onClick={() => void onSave()} disabled={!hasScene || saving}>{t('header.saveScene')}</button>
        <ExportMenu />
        <label className="lang">
          <span className="visually-hidden">{t('header.language')}</span>
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)} aria-label={t('header.language')}>
            {Object.entries(LANGUAGES).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </label>
      </div>
    </header>
  );
}
