import type { Finding, MessageParams, Severity } from '../../engine/types.ts';

/** Optional fields of a finding: where it is, and the parameters (and variant) of its translated detail. */
export interface FindingExtra { row?: number; column?: string; holeId?: string; params?: MessageParams; variant?: string }

/** Build a Finding. `message` is the English detail; `extra.params` fill the code's translated template. */
export function makeFinding(severity: Severity, code: string, file: string, message: string, excluded: boolean, extra: FindingExtra = {}): Finding {
  const f: Finding = { severity, code, file, message, excluded };
  if (extra.row !== undefined) f.row = extra.row;
  if (extra.column !== undefined) f.column = extra.column;
  if (extra.holeId !== undefined) f.holeId = extra.holeId;
  f.params = extra.params ?? {};
  if (extra.variant !== undefined) f.variant = extra.variant;
  return f;
}

/**
 * Collects repetitive findings that do NOT exclude rows (e.g. a text value in a grade column):
 * the first `cap` are kept one by one, the rest are summarised in one finding with the count.
 * Excluding findings are never capped.
 */
export class CappedFindings {
  private count = 0;
  constructor(
    private readonly out: Finding[],
    private readonly cap: number,
    private readonly summary: (more: number, total: number) => Finding,
  ) {}

  /** Add one finding (kept while under the cap, else only counted). */
  add(f: Finding): void {
    if (this.count < this.cap) this.out.push(f);
    this.count++;
  }

  /** Emit the summary for the findings beyond the cap, if any. */
  finish(): void {
    if (this.count > this.cap) this.out.push(this.summary(this.count - this.cap, this.count));
  }
}

/** Maximum number of individual non-excluding findings of one kind per column. */
export const FINDINGS_CAP = 50;

/** Number for messages: integers with one decimal ('12.0'), others as read ('426.72'). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? v.toFixed(1) : String(Number(v.toPrecision(10)));
}
