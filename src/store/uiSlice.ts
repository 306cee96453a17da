import type { StateCreator } from 'zustand';
import type { LodeStore } from './types';

export type UiSlice = Pick<LodeStore, 'selection' | 'viewCommand' | 'error' | 'probe' | 'select' | 'setError' | 'command' | 'focus' | 'setProbe'>;

/** Transient UI state: selection, camera commands, the error shown in the alert. */
export const createUiSlice: StateCreator<LodeStore, [], [], UiSlice> = (set, get) => ({
  selection: null,
  viewCommand: null,
  error: null,
  probe: null,
  select: (selection) => set({ selection }),
  setError: (error) => set({ error }),
  command: (kind) => set({ viewCommand: { kind, nonce: (get().viewCommand?.nonce ?? 0) + 1 } }),
  focus: (target, distance) => set({ viewCommand: { kind: 'focus', target, distance, nonce: (get().viewCommand?.nonce ?? 0) + 1 } }),
  setProbe: (probe) => set({ probe }),
});

/** One-line message of anything thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : String(e);
}
