/**
 * "At once, then at most once every `everyMs`": the first call runs now, later calls within
 * the interval are folded into one run at its end. The host's count is sent this way, so a
 * class voting at once costs the host a few messages, not one per ballot.
 */
interface Timers {
  setTimeout(callback: () => void, ms: number): { clear(): void };
}

export class Throttle {
  private timer: { clear(): void } | undefined;
  private pending = false;

  constructor(
    private readonly timers: Timers,
    private readonly everyMs: number,
    private readonly run: () => void,
  ) {}

  call(): void {
    if (this.timer) {
      this.pending = true;
      return;
    }
    this.pending = false;
    this.run();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (this.pending) this.call();
    }, this.everyMs);
  }
}
