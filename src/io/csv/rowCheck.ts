import type { Finding, MessageParams, MessagePart } from '../../engine/types.ts';
import { CELL_MISSING, CELL_NOT_NUMERIC, type CellReader } from './cellReader.ts';
import { makeFinding } from './findings.ts';

/**
 * Collects what is wrong with one record's required fields, so that an excluded row gets
 * one finding that gives every reason ("X is blank; DIP 'abc' is not a number").
 */
export class RowCheck {
  private problems: { code: string; column: string; text: string; part: MessagePart }[] = [];

  constructor(private readonly reader: CellReader) {}

  /** Start a new record. */
  reset(): void { this.problems.length = 0; }

  get ok(): boolean { return this.problems.length === 0; }

  /** Read a required number; a blank or non-numeric cell is a problem (NaN returned). */
  number(rec: string[], index: number, column: string): number {
    const v = this.reader.read(rec[index]);
    if (this.reader.status === CELL_MISSING) this.add('missing-value', column, `${column} is blank`, { column });
    else {
      const value = (rec[index] ?? '').trim();
      if (this.reader.status === CELL_NOT_NUMERIC) this.add('non-numeric', column, `${column} '${value}' is not a number`, { column, value }, 'required');
    }
    return v;
  }

  /** Read a required text field (e.g. hole id); blank is a problem. */
  text(rec: string[], index: number, column: string): string {
    const s = (rec[index] ?? '').trim();
    if (s === '') this.add('missing-value', column, `${column} is blank`, { column });
    return s;
  }

  /** Record a problem: its code, column, English text and the parameters (and variant) of its translated template. */
  add(code: string, column: string, text: string, params: MessageParams, variant?: string): void {
    const part: MessagePart = { code, params };
    if (variant !== undefined) part.variant = variant;
    this.problems.push({ code, column, text, part });
  }

  /** Emit the finding that excludes this record (code and column of the first problem). */
  exclude(out: Finding[], file: string, row: number, holeId?: string): void {
    const first = this.problems[0];
    const f = makeFinding('error', first.code, file, this.problems.map((p) => p.text).join('; '), true,
      { row, column: first.column, holeId: holeId === '' ? undefined : holeId, params: first.part.params, variant: first.part.variant });
    if (this.problems.length > 1) f.also = this.problems.slice(1).map((p) => p.part);
    out.push(f);
  }
}
