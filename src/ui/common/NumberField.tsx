import { useEffect, useId, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number;
  onCommit(value: number): void;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  disabled?: boolean;
  /** Hide the label visually (it stays the accessible name). */
  compact?: boolean;
  /** How the value is shown (default String); unchanged shown text commits nothing. */
  format?: (value: number) => string;
}

/** A number box that commits on Enter or blur, refusing values outside [min, max] (reverts). */
export function NumberField({ label, value, onCommit, min, max, step, integer, disabled, compact, format }: NumberFieldProps) {
  const id = useId();
  const shown = format ? format(value) : String(value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft.trim() === shown) return;
    const v = Number(draft.replace(',', '.'));
    const ok = draft.trim() !== '' && Number.isFinite(v) && (min === undefined || v >= min) && (max === undefined || v <= max)
      && (!integer || Number.isInteger(v));
    if (ok && v !== value) onCommit(v); else if (!ok) setDraft(shown);
  };
  return (
    <label className={compact ? 'num-field compact' : 'num-field'} htmlFor={id}>
      <span className={compact ? 'visually-hidden' : undefined}>{label}</span>
      <input id={id} type="number" value={draft} min={min} max={max} step={step ?? (integer ? 1 : 'any')} disabled={disabled}
        aria-label={label}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
    </label>
  );
}

/** Three number boxes (x, y, z or major, semi, minor…) in a row. */
export function Vec3Field({ label, names, value, onCommit, min, max, integer, disabled, format }: {
  label: string; names: [string, string, string]; value: readonly [number, number, number];
  onCommit(value: [number, number, number]): void; min?: number; max?: number; integer?: boolean; disabled?: boolean;
  format?: (value: number) => string;
}) {
  return (
    <fieldset className="vec3">
      <legend>{label}</legend>
      {([0, 1, 2] as const).map((a) => (
        <NumberField key={a} label={`${label} ${names[a]}`} compact value={value[a]} min={min} max={max} integer={integer} disabled={disabled} format={format}
          onCommit={(v) => { const out = [...value] as [number, number, number]; out[a] = v; onCommit(out); }} />
      ))}
    </fieldset>
  );
}
