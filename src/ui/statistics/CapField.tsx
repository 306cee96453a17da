import { useEffect, useId, useState } from 'react';

/** A cap box: a positive number, or empty for no cap; commits on Enter or blur, reverts anything else. */
export function CapField({ label, value, onCommit }: { label: string; value: number | undefined; onCommit(v: number | undefined): void }) {
  const id = useId();
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft.trim() === '') { if (value !== undefined) onCommit(undefined); return; }
    const v = Number(draft.replace(',', '.'));
    if (Number.isFinite(v) && v > 0) { if (v !== value) onCommit(v); } else setDraft(shown);
  };
  return (
    <label className="num-field" htmlFor={id}>
      <span>{label}</span>
      <input id={id} type="number" min={0} step="any" value={draft} aria-label={label}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
    </label>
  );
}
