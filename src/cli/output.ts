import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { InputError } from '../pipeline/inputError';
import { csvCell } from '../engine/export/csvText';

export { csvNumber, csvCell } from '../engine/export/csvText';

/** Why an --out path cannot be opened, in words, by error code: bad input (exit 2). Other errors (disk full) stay internal. */
const OPEN_FAILURES: Record<string, string> = {
  ENOENT: 'its directory does not exist', EISDIR: 'is a directory', EACCES: 'permission denied',
  EROFS: 'read-only file system', ENOTDIR: 'a part of the path is not a directory',
};

function streamFailure(file: string | undefined, e: NodeJS.ErrnoException): Error {
  const why = OPEN_FAILURES[e.code ?? ''];
  return file && why ? new InputError(`--out ${file}: cannot write the file (${why})`) : e;
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
  private failure: Error | null = null;
  private readonly opened: Promise<void>;

  constructor(private readonly file?: string) {
    this.stream = file ? createWriteStream(file) : process.stdout;
    this.ownsStream = !!file;
    // A stream error (cannot open, disk full) is kept and thrown by the next write or close.
    this.stream.on('error', (e: NodeJS.ErrnoException) => { this.failure ??= streamFailure(file, e); });
    this.opened = file ? new Promise((resolve) => {
      (this.stream as WriteStream).once('ready', () => resolve());
      this.stream.once('error', () => resolve());
    }) : Promise.resolve();
  }

  /** Waits until the output file is open; throws InputError (exit 2) when it cannot be written. */
  async ready(): Promise<void> {
    await this.opened;
    if (this.failure) throw this.failure;
  }

  /** Adds one line. */
  async line(s: string): Promise<void> {
    await this.text(`${s}\n`);
  }

  /** Adds text as it is (whole lines, or the pieces a file writer yields), buffered. */
  async text(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) await this.flush();
  }

  /** Writes bytes as they are (after what is buffered), honouring back-pressure. */
  async bytes(b: Uint8Array): Promise<void> {
    await this.flush();
    if (!this.stream.write(b)) await once(this.stream, 'drain');
    if (this.failure) throw this.failure;
  }

  /** Adds one CSV row. */
  async row(cells: (string | number)[]): Promise<void> {
    await this.line(cells.map(csvCell).join(','));
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buf.length === 0) return;
    const text = this.buf.join('');
    this.buf = []; this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Closes the output without flushing and, for a file, removes it: a failed command leaves no partial file behind. */
  async discard(): Promise<void> {
    this.buf = []; this.size = 0;
    if (!this.ownsStream) return;
    const s = this.stream as WriteStream;
    if (!s.destroyed) {
      s.end();
      await once(s, 'close').catch(() => undefined);
    }
    if (!this.failure) rmSync(this.file!, { force: true });
  }

  /** Flushes and, for a file, closes it. */
  async close(): Promise<void> {
    await this.flush();
    if (this.ownsStream) {
      const s = this.stream as WriteStream;
      if (!s.destroyed) {
        s.end();
        await once(s, 'close');
      }
      if (this.failure) throw this.failure;
    }
  }
}
