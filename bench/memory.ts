/** Peak resident set size of this process (main thread and its worker threads), sampled every intervalMs. */
export class PeakMemory {
  private peak = process.memoryUsage().rss;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(intervalMs = 50) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Takes one sample now. */
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  /** Peak RSS so far, bytes. */
  get bytes(): number {
    this.sample();
    return this.peak;
  }

  stop(): number {
    clearInterval(this.timer);
    return this.bytes;
  }
}
