import type { SectionView } from '../io/scene/schemaSection';

/** The section moved by `dir` steps of `step` along its normal (position rounded to the millimetre). */
export function steppedSection(view: SectionView, step: number, dir: number): SectionView {
  return { ...view, position: Math.round((view.position + dir * step) * 1000) / 1000 };
}

/** True when a key event should not step the section (typing in a field). */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** Direction of a stepping key: ']' / PageUp forward, '[' / PageDown back, else 0. */
export function stepKey(key: string): number {
  return key === ']' || key === 'PageUp' ? 1 : key === '[' || key === 'PageDown' ? -1 : 0;
}
