import type { StateCreator } from 'zustand';
import type { LodeStore } from './types';
import { toUserMessage, type UserMessage } from '../io/userMessage';

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

/** The message of anything thrown: its code and params for the UI's translation, its English line, its detail. */
export function messageOf(e: unknown): UserMessage {
  return toUserMessage(e);
}
