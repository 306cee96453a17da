import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Text of a number in CSV: shortest round-trip form (exact), NaN as "NaN". */
export function csvNumber(v: number): string {
  return Number.isNaN(v) ? 'NaN' : String(v);
}

/** A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') return csvNumber(v);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Where a command writes: --out FILE or standard output, buffered, honouring back-pressure.
 * Lines end with \n.
 */
export class Output {
  private buf: string[] = [];
  private size = 0;
  private readonly stream: WriteStream | NodeJS.WriteStream;
  private readonly ownsStream: boolean;

  constructor(file?: string) {
    this.stream = file ? createWriteStream(file) : process.stdout;
    this.ownsStream = !!file;
  }

  /** Adds one line. */
  async line(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) await this.flush();
  }

  /** Adds one CSV row. */
  async row(cells: (string | number)[]): Promise<void> {
    await this.line(cells.map(csvCell).join(','));
  }

  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const text = `${this.buf.join('\n')}\n`;
    this.buf = []; this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Flushes and, for a file, closes it. */
  async close(): Promise<void> {
    await this.flush();
    if (this.ownsStream) {
      const s = this.stream as WriteStream;
      s.end();
      await once(s, 'close');
    }
  }
}
