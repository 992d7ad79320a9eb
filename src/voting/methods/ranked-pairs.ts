/**
 * Ranked pairs (Tideman), "parallel-universe" version (docs/voting-rules.md §2.10, ranked-pairs):
 * 1. A Condorcet winner is the only winner.
 * 2. Otherwise the defeats (x, y) with M(x,y) > 0, weight M(x,y), are grouped by weight,
 *    heaviest group first; a tie-breaking order keeps the groups in that order and puts the
 *    defeats of a group in any order.
 * 3. In one order, x→y is locked unless y already reaches x through locked defeats; the
 *    winners of that order are the candidates no locked defeat points into (several when
 *    they are joined only by zero margins).
 * 4. Winners = the union over ALL tie-breaking orders, never tie-broken.
 *
 * Not this: Tideman's fixed tie-break (a TBRC ballot), or sorting by winning votes then
 * losing votes; both pick a single winner where this rule returns several.
 *
 * How the union is found without trying k! orders per group: for each Smith-set candidate
 * (only they can win) not yet known to win, a depth-first search for one order where it
 * wins, over states (group, defeats of the group not used yet, reachability of the locked
 * defeats), each state visited once. Inside a state, defeats whose fate no longer depends
 * on the order are settled at once: implied or impossible ones are dropped, and a defeat on
 * no cycle of (locked ∪ unused defeats of the group) is locked in every order, so it is
 * locked now. Only defeats on such a cycle, in one strongly connected component at a time
 * (components do not interact) and never pointing into the target, are branched on. A
 * state where the target can no longer reach one of its attackers in time (see
 * canStillWin) is dropped. Every finished order met on the way adds its winners. With
 * distinct margins nothing branches. When the ties are so tangled that the search passes
 * WORK_BUDGET, the count stops with the error 'ranked-pairs.tooManyOrders'.
 *
 * Explanation: the defeats by weight, the groups with equal weights, the locked and skipped
 * defeats of one canonical order (inside a group, by winner name then loser name), its
 * winners, and which winners only other orders add.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { VotingError } from '../errors.ts';
import { defineMethod } from '../method.ts';
import { condorcetWinnerIndex, pairwiseMatrix } from '../pairwise.ts';
import { byCodeUnit, names, step, type Step } from '../result.ts';
import {
  addToClosure,
  hasBit,
  matrixStep,
  SMITH_MONOTONIC_CRITERIA,
  smithSetIndices,
  words,
} from './condorcet-common.ts';

/**
 * Work allowed to the search, in elementary steps: a reachability test, a defeat looked at,
 * a word of a closure copied or updated (a closure costs m × ⌈m/32⌉ words, so the bound holds
 * for 500 candidates as for 5). Measured at one to two seconds at most on the development
 * machine. (It used to count closure updates, whose cost grows with m²: a 300-candidate
 * election with many equal margins then ran for 47 s before giving up.)
 */
export const WORK_BUDGET = 60_000_000;

interface Defeat {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly weight: number;
}

function tooManyOrders(budget: number, m: number): VotingError {
  return new VotingError(
    'ranked-pairs.tooManyOrders',
    'ranked-pairs: the equal-margin defeats can be ordered in too many ways to explore',
    { limit: budget, candidates: m },
  );
}

/**
 * The union of the winners over every tie-breaking order (see the file comment).
 * `possible` marks the only candidates that can win at all (the Smith set); `known` the
 * winners already found (those of the canonical order).
 */
export function parallelUniverseWinners(
  m: number,
  groups: readonly (readonly Defeat[])[],
  possible: Uint8Array,
  known: readonly number[],
  budget = WORK_BUDGET,
): number[] {
  const w = words(m);
  const tmp = new Uint32Array(w);
  const union = new Uint8Array(m);
  for (const c of known) union[c] = 1;
  let work = 0;
  /** Counts work and stops the search as soon as it passes the budget, wherever it is. */
  const spend = (steps: number): void => {
    work += steps;
    if (work > budget) throw tooManyOrders(budget, m);
  };
  const closureSize = m * w;
  const lock = (R: Uint32Array, e: Defeat) => {
    spend(closureSize);
    addToClosure(R, m, w, e.x, e.y, tmp);
  };
  const reaches = (R: Uint32Array, a: number, b: number) => hasBit(R, a * w, b);

  // Can c still win? Each undecided defeat y→c (weight v) must be skipped, so c must reach y
  // through locked defeats and undecided ones of weight >= v that do not point into c. Such
  // a path cannot pass through a candidate that y already reaches (it would close a cycle
  // with the locked defeats), so the search avoids those.
  const allowed = new Uint8Array(m);
  const queue = new Int32Array(m);
  const canStillWin = (c: number, g: number, U: readonly Defeat[], R: Uint32Array): boolean => {
    for (let a = 0; a < m; a++) if (reaches(R, a, c)) return false;
    const remaining: Defeat[] = [];
    for (let level = g; level < groups.length; level++) {
      const group = level === g ? U : groups[level];
      spend(group.length);
      for (const e of group) if (!reaches(R, e.y, e.x)) remaining.push(e);
    }
    spend(m);
    for (const d of remaining) {
      if (d.y !== c || reaches(R, c, d.x)) continue;
      spend(m);
      for (let v = 0; v < m; v++) allowed[v] = reaches(R, d.x, v) ? 0 : 1;
      allowed[c] = 0;
      let tail = 0;
      queue[tail++] = c;
      for (let head = 0; head < tail && allowed[d.x] === 1; head++) {
        spend(m + remaining.length);
        const v = queue[head];
        for (let u = 0; u < m; u++) {
          if (allowed[u] && reaches(R, v, u)) {
            allowed[u] = 0;
            queue[tail++] = u;
          }
        }
        for (const e of remaining) {
          if (e.weight < d.weight) break;
          if (e.x === v && allowed[e.y] && e.y !== c) {
            allowed[e.y] = 0;
            queue[tail++] = e.y;
          }
        }
      }
      if (allowed[d.x] === 1) return false;
    }
    return true;
  };

  // Depth-first search for one order in which `target` wins; every finished order found on
  // the way adds its winners to the union.
  const search = (target: number): void => {
    const seen = new Set<string>();
    const stack: { g: number; U: readonly Defeat[]; R: Uint32Array }[] = [
      { g: 0, U: groups[0] ?? [], R: new Uint32Array(m * w) },
    ];
    while (stack.length > 0) {
      spend(0);
      const state = stack.pop()!;
      let { g, U } = state;
      const R = state.R; // owned by this state
      let closure = R;
      // Settle what no longer depends on the order: drop decided defeats, lock those on no cycle.
      for (;;) {
        spend(U.length);
        U = U.filter((e) => !reaches(R, e.y, e.x) && !reaches(R, e.x, e.y));
        if (U.length === 0) {
          if (++g >= groups.length) break;
          U = groups[g];
          continue;
        }
        spend(closureSize);
        closure = R.slice();
        for (const e of U) lock(closure, e);
        const onCycle = U.filter((e) => reaches(closure, e.y, e.x));
        if (onCycle.length === U.length) break;
        for (const e of U) if (!reaches(closure, e.y, e.x)) lock(R, e);
        U = onCycle;
      }
      if (g >= groups.length) {
        for (let c = 0; c < m; c++) {
          let entered = false;
          for (let a = 0; a < m && !entered; a++) entered = reaches(R, a, c);
          if (!entered) union[c] = 1;
        }
        if (union[target]) return;
        continue;
      }
      spend(8 * closureSize); // the key (text is slower to build than words to copy), and below a copy of the closure per choice
      const key = `${g}|${U.map((e) => e.id).join(',')}|${R.join(',')}`;
      if (seen.has(key) || !canStillWin(target, g, U, R)) continue;
      seen.add(key);
      // Cycles in different strongly connected components do not interact, so branching on
      // the defeats of one component (the one holding U[0]) reaches every outcome. A defeat
      // into the target is never chosen: in an order where the target wins, it is skipped,
      // so it is already decided (dropped) when its turn comes.
      const x0 = U[0].x;
      const choices = U.filter(
        (e) => e.y !== target && (e.x === x0 || (reaches(closure, x0, e.x) && reaches(closure, e.x, x0))),
      );
      // Try first (push last) the defeats leaving what the target already reaches.
      choices.sort(
        (a, b) => Number(a.x === target || reaches(R, target, a.x)) - Number(b.x === target || reaches(R, target, b.x)),
      );
      for (const e of choices) {
        spend(closureSize);
        const next = R.slice();
        lock(next, e);
        stack.push({ g, U: U.filter((f) => f !== e), R: next });
      }
    }
  };

  for (let c = 0; c < m; c++) if (possible[c] && !union[c]) search(c);
  const winners: number[] = [];
  union.forEach((v, c) => {
    if (v) winners.push(c);
  });
  return winners;
}

/** One path from `from` to `to` over the locked defeats (breadth first), as names. */
function lockedPath(candidates: readonly string[], out: readonly number[][], from: number, to: number): string[] {
  const previous = new Int32Array(candidates.length).fill(-1);
  previous[from] = from;
  const queue = [from];
  for (let head = 0; head < queue.length && previous[to] < 0; head++) {
    for (const y of out[queue[head]]) {
      if (previous[y] < 0) {
        previous[y] = queue[head];
        queue.push(y);
      }
    }
  }
  const path: string[] = [];
  for (let at = to; ; at = previous[at]) {
    path.unshift(candidates[at]);
    if (at === from) return path;
  }
}

export const rankedPairs = defineMethod({
  info: {
    id: 'ranked-pairs',
    name: { fr: 'Paires classées (Tideman)', en: 'Ranked pairs (Tideman)' },
    description: {
      fr: 'On valide les victoires en duel de la plus nette à la plus courte, en sautant celles qui fermeraient un cercle ; gagne qui n’est battu par aucune victoire validée.',
      en: 'Duel wins are locked in from the clearest to the narrowest, skipping any that would close a circle; whoever no locked win beats is the winner.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'single',
    // Work cubic in the candidates (docs/voting-rules.md §10): about a second at 500.
    maxCandidates: 500,
    criteria: [...SMITH_MONOTONIC_CRITERIA, 'clone-independence'],
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    const matrix = pairwiseMatrix(profile);
    const steps: Step[] = [matrixStep('ranked-pairs', profile, matrix)];
    const cw = condorcetWinnerIndex(matrix);
    if (cw !== undefined) {
      const winners = [candidates[cw]];
      steps.push(
        step('ranked-pairs.condorcet', { winner: candidates[cw] }),
        step('ranked-pairs.winners', { winners, count: 1 }),
      );
      return { method: 'ranked-pairs', candidates, winners, seats: 1, steps };
    }

    const list: Omit<Defeat, 'id'>[] = [];
    for (let x = 0; x < m; x++) {
      for (let y = 0; y < m; y++)
        if (matrix.margin[x * m + y] > 0) list.push({ x, y, weight: matrix.margin[x * m + y] });
    }
    list.sort(
      (a, b) =>
        b.weight - a.weight ||
        byCodeUnit(candidates[a.x], candidates[b.x]) ||
        byCodeUnit(candidates[a.y], candidates[b.y]),
    );
    const defeats: Defeat[] = list.map((d, id) => ({ ...d, id }));
    const groups: Defeat[][] = [];
    for (const d of defeats) {
      const last = groups[groups.length - 1];
      if (last && last[0].weight === d.weight) last.push(d);
      else groups.push([d]);
    }
    const pair = (d: Defeat) => ({ winner: candidates[d.x], loser: candidates[d.y], margin: d.weight });
    steps.push(step('ranked-pairs.defeats', { defeats: defeats.map(pair), count: defeats.length }));
    const tied = groups.filter((g) => g.length > 1);
    if (tied.length > 0) {
      steps.push(
        step('ranked-pairs.ties', {
          groups: tied.map((g) => ({ margin: g[0].weight, defeats: g.map(pair) })),
          count: tied.length,
        }),
      );
    }

    // The canonical order, shown step by step.
    const w = words(m);
    const R = new Uint32Array(m * w);
    const tmp = new Uint32Array(w);
    const out: number[][] = candidates.map(() => []);
    const pointedAt = new Uint8Array(m);
    for (const d of defeats) {
      if (hasBit(R, d.y * w, d.x)) {
        steps.push(step('ranked-pairs.skip', { ...pair(d), path: lockedPath(candidates, out, d.y, d.x) }));
      } else {
        addToClosure(R, m, w, d.x, d.y, tmp);
        out[d.x].push(d.y);
        pointedAt[d.y] = 1;
        steps.push(step('ranked-pairs.lock', pair(d)));
      }
    }
    const orderWinners: number[] = [];
    for (let c = 0; c < m; c++) if (!pointedAt[c]) orderWinners.push(c);
    steps.push(
      step('ranked-pairs.orderWinners', { winners: names(candidates, orderWinners), count: orderWinners.length }),
    );

    const possible = new Uint8Array(m);
    for (const c of smithSetIndices(matrix)) possible[c] = 1;
    const all = tied.length > 0 ? parallelUniverseWinners(m, groups, possible, orderWinners) : orderWinners;
    const winners = names(candidates, all);
    if (tied.length > 0) {
      const extra = names(
        candidates,
        all.filter((c) => pointedAt[c]),
      );
      steps.push(
        extra.length > 0
          ? step('ranked-pairs.otherOrders', { extra, count: extra.length })
          : step('ranked-pairs.sameInAllOrders', {}),
      );
    }
    steps.push(step('ranked-pairs.winners', { winners, count: winners.length }));
    return { method: 'ranked-pairs', candidates, winners, seats: 1, steps };
  },
});
