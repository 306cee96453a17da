import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';
import { sceneEn, sceneZh } from '../../scene/locales';

/** The 3D view's texts (keys under `scene.`), in the app's words: one term for kriging throughout. */
const sceneZhApp: typeof sceneZh = { ...sceneZh, field: { ...sceneZh.field, variance: zh.field.variance } };

/** Languages of the UI: code → name as written in that language. */
export const LANGUAGES = { en: 'English', zh: '简体中文' } as const;
export type Language = keyof typeof LANGUAGES;

const STORAGE_KEY = 'lode.language';

/** The user's language: saved choice, else the browser's (zh* → zh), else English. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch { /* storage disabled */ }
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Switch the UI language at run time and remember the choice. */
export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* storage disabled */ }
}

/** Initialise i18next once (synchronously: resources are bundled). */
export function initI18n(lang: Language = initialLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: { ...en, scene: sceneEn } }, zh: { translation: { ...zh, scene: sceneZhApp } } },
      lng: lang,
      fallbackLng: 'en',
      // React escapes text itself; strings never go through innerHTML.
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  }
  return i18n;
}

export { i18n };
