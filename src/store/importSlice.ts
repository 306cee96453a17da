import type { StateCreator } from 'zustand';
import type { LodeStore } from './types';
import { isSceneFile, needsMapping, sceneFromTables, sniffTables } from './importTables';
import { fetchText, sameOriginUrl } from './readers';
import { messageOf } from './uiSlice';
import { sceneOpening } from './sceneSlice';

export type ImportSlice = Pick<LodeStore, 'pending' | 'openFiles' | 'resolvePending' | 'openUrl'>;

/** Files the user has opened (drop, picker) since the page loaded. */
let userOpens = 0;

/** How many times the user has opened files: start-up opens nothing of its own once this moved. */
export function userOpenCount(): number {
  return userOpens;
}

/** Opening files (drop, picker) and URLs; tables needing a mapping wait in `pending`. */
export const createImportSlice: StateCreator<LodeStore, [], [], ImportSlice> = (set, get) => ({
  pending: null,

  async openFiles(files) {
    if (files.length === 0) return false;
    // A scene still loading (the start-up sample) is superseded: the newest open wins (see openScene).
    userOpens++;
    const scenes = files.filter(isSceneFile);
    const tables = files.filter((f) => !isSceneFile(f));
    if (scenes.length > 1) {
      const files = scenes.map((f) => f.name).join(', ');
      set({ error: { code: 'one-scene-at-a-time', params: { files }, text: `${files}: open one scene file at a time` } });
      return false;
    }
    if (scenes.length === 1) {
      const byName: Record<string, string> = {};
      for (const t of tables) byName[t.name] = t.text;
      return get().openSceneText(scenes[0].text, scenes[0].name, null, byName);
    }
    try {
      const sniffed = sniffTables(tables);
      if (needsMapping(sniffed)) {
        set({ pending: sniffed, error: null });
        return false;
      }
      return await get().openScene(sceneFromTables(sniffed, get().scene), null);
    } catch (e) {
      set({ error: messageOf(e) });
      return false;
    }
  },

  async resolvePending(tables) {
    set({ pending: null });
    if (!tables) return false;
    try {
      return await get().openScene(sceneFromTables(tables, get().scene), null);
    } catch (e) {
      set({ error: messageOf(e) });
      return false;
    }
  },

  async openUrl(url) {
    const opens = userOpens;
    set({ loading: 'loading.scene' });
    let text: string;
    let href: string;
    try {
      href = sameOriginUrl(url).href;
      text = await fetchText(href);
    } catch (e) {
      set({ error: messageOf(e), loading: null });
      return false;
    }
    // Files the user opened while this was fetched win: the URL is not opened over them.
    if (userOpens !== opens) {
      if (!sceneOpening()) set({ loading: null });
      return false;
    }
    const name = decodeURIComponent(new URL(href).pathname.split('/').pop() || 'scene');
    return get().openSceneText(text, name, href);
  },
});
