import type { StateCreator } from 'zustand';
import type { LodeStore } from './types';

export type UiSlice = Pick<LodeStore, 'selection' | 'viewCommand' | 'error' | 'select' | 'setError' | 'command'>;

/** Transient UI state: selection, camera commands, the error shown in the alert. */
export const createUiSlice: StateCreator<LodeStore, [], [], UiSlice> = (set, get) => ({
  selection: null,
  viewCommand: null,
  error: null,
  select: (selection) => set({ selection }),
  setError: (error) => set({ error }),
  command: (kind) => set({ viewCommand: { kind, nonce: (get().viewCommand?.nonce ?? 0) + 1 } }),
});

/** One-line message of anything thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : String(e);
}
