/** Progress on standard error: a rewritten line on a terminal, a line per 10% otherwise. */
export class Progress {
  private lastPct = -1;
  private lastLabel = '';
  private readonly tty = !!process.stderr.isTTY;

  constructor(private readonly quiet: boolean) {}

  /** Reports done/total of a labelled step (e.g. "estimate AU", blocks). */
  update(label: string, done: number, total: number, unit = 'blocks'): void {
    if (this.quiet || total <= 0) return;
    const pct = Math.floor((100 * done) / total);
    if (label !== this.lastLabel) { this.lastPct = -1; this.lastLabel = label; }
    const step = this.tty ? 1 : 10;
    if (pct < this.lastPct + step && done < total) return;
    if (pct === this.lastPct) return;
    this.lastPct = pct;
    const text = `${label}: ${pct}% (${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit})`;
    if (this.tty) process.stderr.write(`\r\x1b[2K${text}${done >= total ? '\n' : ''}`);
    else process.stderr.write(`${text}\n`);
  }

  /** A message line on standard error. */
  note(text: string): void {
    if (this.tty && this.lastPct >= 0 && this.lastPct < 100) process.stderr.write('\n');
    process.stderr.write(`${text}\n`);
  }
}
