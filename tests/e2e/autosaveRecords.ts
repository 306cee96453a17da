/**
 * Reads the app's autosave records (idb-keyval's default store) from the page, without creating
 * anything: a plain `indexedDB.open('keyval-store')` before the app's first autosave creates an
 * empty version-1 database with no 'keyval' object store, idb-keyval then never gets its upgrade
 * and every autosave write fails (silently: autosave is best effort) — a test artefact that looked
 * like "the estimate is never autosaved".
 */
import type { Page } from 'playwright-core';

/** The autosave record under `key` (typed arrays as `typed:<length>`), or undefined when there is none yet. */
export function autosaveRecord(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => new Promise((resolve, reject) => {
    const open = indexedDB.open('keyval-store');
    // No database yet: abort the creation (the app's idb-keyval must be the one to create it).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('keyval')) { db.close(); resolve(undefined); return; }
      const req = db.transaction('keyval', 'readonly').objectStore('keyval').get(k);
      req.onsuccess = () => { db.close(); resolve(req.result === undefined ? undefined : JSON.parse(JSON.stringify(req.result, (_key, v) => (ArrayBuffer.isView(v) ? `typed:${(v as Float64Array).length}` : v)))); };
      req.onerror = () => { db.close(); reject(req.error); };
    };
  }), key);
}
