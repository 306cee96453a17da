import { ImportError } from './importError.ts';
import type { ResolvedImportOptions } from './importOptions.ts';

/** Outcome of reading one cell (CellReader.status). */
export const CELL_OK = 0;
export const CELL_MISSING = 1;
export const CELL_BELOW_DETECTION = 2;
export const CELL_NOT_NUMERIC = 3;
export const CELL_ABOVE_DETECTION = 4;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain decimal number ('12', '-0.5', '1e-3', '.5', surrounding blanks allowed), else NaN; no hex, no 'Infinity', no thousands separators. */
export function parseNumber(s: string): number {
  const v = fastNumber(s);
  if (v === v) return v;
  const t = s.trim();
  return NUMBER.test(t) ? Number(t) : NaN;
}

/**
 * The common case without allocation: a string that starts with a digit, sign or point and ends
 * with a digit or point, read by Number() unless it is a 0x/0o/0b literal. NaN = use the slow path.
 */
function fastNumber(s: string): number {
  const n = s.length;
  if (n === 0) return NaN;
  const c0 = s.charCodeAt(0), cl = s.charCodeAt(n - 1);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46)) return NaN;
  if (!((cl >= 48 && cl <= 57) || cl === 46)) return NaN;
  if (c0 === 48 && n > 2) {
    const c1 = s.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 111 || c1 === 98) return NaN;
  }
  return +s;
}

/**
 * Reads cells as numbers under the import options. After each call `status` says what the cell
 * was and, for below-detection cells, `limit` holds the detection limit.
 * - read(): coordinates, depths, angles: blank and text missing codes ('NA', '-') are missing;
 *   numeric missing codes (-99, -999) are not applied (a Z of -99 m is a real elevation).
 * - readGrade(): grade columns: also numeric missing codes, '<0.01' (below detection), '>10'
 *   (above detection: read as 10), and negative numbers as below detection (limit |v|) when
 *   `negativeIsBelow` is set. Below-detection values are replaced by the stated rule:
 *   half → limit/2, limit → limit, zero → 0, missing → NaN, value → the given value.
 */
export class CellReader {
  status = CELL_OK;
  limit = NaN;
  private readonly textCodes: Set<string>;
  private readonly numberCodes: Set<number>;
  private readonly rule: ResolvedImportOptions['belowDetection']['rule'];
  private readonly ruleValue: number;

  constructor(options: ResolvedImportOptions) {
    this.textCodes = new Set();
    this.numberCodes = new Set();
    for (const c of options.missingCodes) {
      const v = typeof c === 'number' ? c : parseNumber(c);
      if (Number.isFinite(v)) this.numberCodes.add(v);
      else this.textCodes.add(String(c).trim().toUpperCase());
    }
    this.rule = options.belowDetection.rule;
    if (this.rule === 'value' && options.belowDetection.value === undefined) {
      throw new ImportError('scene', 'import.belowDetection.value', "import.belowDetection.rule is 'value' but import.belowDetection.value is not given", [], undefined,
        { code: 'bdl-value-missing', detail: 'import.belowDetection.value' });
    }
    this.ruleValue = options.belowDetection.value ?? NaN;
  }

  /** A coordinate, depth or angle; NaN when missing or not numeric (see status). */
  read(s: string | undefined): number {
    if (s === undefined) { this.status = CELL_MISSING; return NaN; }
    const f = fastNumber(s);
    if (f === f) { this.status = CELL_OK; return f; }
    const t = s.trim();
    if (t === '' || this.textCodes.has(t.toUpperCase())) { this.status = CELL_MISSING; return NaN; }
    const v = NUMBER.test(t) ? Number(t) : NaN;
    this.status = Number.isNaN(v) ? CELL_NOT_NUMERIC : CELL_OK;
    return v;
  }

  /** A grade; below-detection values come back already replaced by the rule (see status, limit). */
  readGrade(s: string | undefined, negativeIsBelow: boolean): number {
    if (s === undefined || s.length === 0) { this.status = CELL_MISSING; return NaN; }
    let v = fastNumber(s);
    if (v !== v) {
      const t = s.trim();
      if (t === '' || this.textCodes.has(t.toUpperCase())) { this.status = CELL_MISSING; return NaN; }
      const c = t.charCodeAt(0);
      if (c === 60 /* < */ || c === 62 /* > */) {
        const lim = parseNumber(t.slice(1));
        if (!(lim >= 0)) { this.status = CELL_NOT_NUMERIC; return NaN; }
        if (c === 62) { this.status = CELL_ABOVE_DETECTION; return lim; }
        return this.belowDetection(lim);
      }
      v = NUMBER.test(t) ? Number(t) : NaN;
      if (v !== v) { this.status = CELL_NOT_NUMERIC; return NaN; }
    }
    if (this.numberCodes.size > 0 && this.numberCodes.has(v)) { this.status = CELL_MISSING; return NaN; }
    if (v < 0 && negativeIsBelow) return this.belowDetection(-v);
    this.status = CELL_OK;
    return v;
  }

  private belowDetection(limit: number): number {
    this.status = CELL_BELOW_DETECTION;
    this.limit = limit;
    switch (this.rule) {
      case 'half': return limit / 2;
      case 'limit': return limit;
      case 'zero': return 0;
      case 'missing': return NaN;
      case 'value': return this.ruleValue;
    }
  }
}
