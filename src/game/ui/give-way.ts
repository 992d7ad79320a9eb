/**
 * Type that gives way until its text fits, found in a few tries rather than one point at a time:
 * each try sets a Phaser text's size, which wraps and redraws the whole text, and a long step of
 * a count at the larger setting used to take some twenty of them, on every step shown.
 * Pure: the caller says what a size looks like on screen (`fits`), sizes are tried by halving.
 * Fitting is taken to grow no easier with a larger size; where wrapping breaks that, the answer
 * still fits, perhaps a point smaller than the largest that would.
 */

/** The largest whole size from `largest` down to `least` for which `fits` holds (`least` if none does). */
export function largestFitting(largest: number, least: number, fits: (size: number) => boolean): number {
  if (largest <= least || fits(largest)) return Math.max(largest, least);
  // fits(lo) is assumed (or lo is the floor); fits(hi) is known false.
  let lo = least;
  let hi = largest;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Two sizes that give way together, the larger first, one point at a time, neither below
 * `least`: every state in that order, from (`first`, `second`) to where neither can give more.
 */
export function givingWay(first: number, second: number, least: number): (readonly [number, number])[] {
  const states: (readonly [number, number])[] = [[first, second]];
  let [a, b] = [first, second];
  while (Math.max(a, b) > least) {
    if (a >= b) a -= 1;
    else b -= 1;
    states.push([a, b]);
  }
  return states;
}

/** The first of `states` (each gives way further) for which `fits` holds, or undefined if none does. */
export function firstFitting<T>(states: readonly T[], fits: (state: T) => boolean): T | undefined {
  if (states.length === 0) return undefined;
  if (fits(states[0])) return states[0];
  const last = states.length - 1;
  if (!fits(states[last])) return undefined;
  // fits(states[hi]) is known true, fits(states[lo]) false.
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(states[mid])) hi = mid;
    else lo = mid;
  }
  return states[hi];
}
