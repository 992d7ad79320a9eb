/** The host's count is throttled: at once, then at most once per interval, never a count lost. */
import { describe, expect, it } from 'vitest';
import { Throttle } from '../../server/throttle.ts';

function manualTimers() {
  const due: (() => void)[] = [];
  return {
    setTimeout: (callback: () => void) => (due.push(callback), { clear: () => undefined }),
    fire: () => due.splice(0).forEach((f) => f()),
  };
}

describe('the count throttle', () => {
  it('sends at once, folds the calls of one interval into one send at its end, and stops when idle', () => {
    const timers = manualTimers();
    let sent = 0;
    const throttle = new Throttle(timers, 250, () => sent++);
    throttle.call();
    expect(sent).toBe(1);
    for (let i = 0; i < 100; i++) throttle.call();
    expect(sent).toBe(1);
    timers.fire();
    expect(sent).toBe(2);
    timers.fire();
    expect(sent).toBe(2);
    throttle.call();
    expect(sent).toBe(3);
  });
});
