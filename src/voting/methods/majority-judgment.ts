/**
 * Majority judgment, docs/voting-rules.md §3.4, with the single majority-gauge step.
 * 1. Median = the LOWER middle grade: the grade at 0-based index floor((n-1)/2) of the n
 *    grades in ascending order (found by cumulative counts over the merit profile, never by
 *    listing voters).
 * 2. The candidates with the highest median stay; one left wins.
 * 3. Otherwise p = voters grading strictly above the candidate's median, q = strictly below;
 *    key = +p if p > q, else -q (the sign of Balinski–Laraki's gauge). The greatest key wins,
 *    and any tie left stays a tie.
 *
 * Not this: the iterative tie-break (remove median grades one at a time until the tied
 * candidates differ), which is only the separate `official` tie-break step here
 * (officialTieBreak below); nor the upper median, nor averaging the two middle grades.
 * Missing grades were replaced by the election's default grade when the profile was built.
 * With no voter at all there is no median: every candidate ties.
 */
import type { GradedProfile } from '../ballots.ts';
import { defineMethod, type OfficialTieBreak } from '../method.ts';
import { argBest, names, scoreRecord, sortNames, step, type Result, type Step } from '../result.ts';

/** Merit profiles: `counts[c*levels + (grade-min)]` voters giving c that grade. */
export function meritProfiles(profile: GradedProfile): { counts: Float64Array; levels: number } {
  const m = profile.candidates.length;
  const { min, max } = profile.scale;
  const levels = max - min + 1;
  const counts = new Float64Array(m * levels);
  const { grades, counts: weights } = profile;
  for (let g = 0, base = 0; g < weights.length; g++, base += m) {
    const w = weights[g];
    for (let c = 0; c < m; c++) counts[c * levels + grades[base + c] - min] += w;
  }
  return { counts, levels };
}

/** Level of the lower median of `total` grades counted in counts[from .. from+levels). */
function medianLevel(counts: Float64Array, from: number, levels: number, total: number): number {
  const k = Math.floor((total - 1) / 2);
  let cumulative = 0;
  for (let l = 0; l < levels; l++) {
    cumulative += counts[from + l];
    if (cumulative > k) return l;
  }
  return levels - 1;
}

export const majorityJudgment = defineMethod({
  info: {
    id: 'majority-judgment',
    name: { fr: 'Jugement majoritaire', en: 'Majority judgment' },
    description: {
      fr: 'Chacun donne une mention à chaque candidat ; gagne celui dont la mention du milieu (la médiane) est la meilleure.',
      en: 'Everyone gives each candidate a grade; the one whose middle grade (the median) is best wins.',
    },
    ballot: 'graded',
    family: 'graded',
    winners: 'single',
    // m × (grade levels) merit profiles, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    // Pareto: if every voter grades x above y, every order statistic of x is above y's, so
    // y's median is lower. Not majority, not condorcet.
    criteria: ['anonymity', 'neutrality', 'pareto', 'monotonicity'],
  },
  count(profile: GradedProfile): Result {
    const { candidates, voters: n } = profile;
    const m = candidates.length;
    const { min, max } = profile.scale;
    const { counts, levels } = meritProfiles(profile);
    const base = { method: 'majority-judgment' as const, candidates, seats: 1 };
    if (n === 0 || m === 0) {
      const winners = sortNames(candidates);
      return {
        ...base,
        winners,
        ranking: m > 0 ? [winners] : [],
        steps: [step('majority-judgment.noVoters', { winners })],
      };
    }
    const medians = new Float64Array(m);
    const above = new Float64Array(m);
    const below = new Float64Array(m);
    const keys = new Float64Array(m);
    const steps: Step[] = [
      step('majority-judgment.grades', { voters: n, min, max, position: Math.floor((n - 1) / 2) + 1 }),
    ];
    for (let c = 0; c < m; c++) {
      const level = medianLevel(counts, c * levels, levels, n);
      let q = 0;
      for (let l = 0; l < level; l++) q += counts[c * levels + l];
      const p = n - q - counts[c * levels + level];
      medians[c] = min + level;
      above[c] = p;
      below[c] = q;
      keys[c] = p > q ? p : -q;
      steps.push(
        step('majority-judgment.merit', {
          name: candidates[c],
          counts: Array.from(counts.subarray(c * levels, (c + 1) * levels)),
          min,
          median: medians[c],
        }),
      );
    }
    const top = argBest(medians);
    let winners: string[];
    if (top.length === 1) {
      winners = names(candidates, top);
      steps.push(step('majority-judgment.winner', { winners, median: medians[top[0]] }));
    } else {
      steps.push(step('majority-judgment.bestMedian', { tied: names(candidates, top), median: medians[top[0]] }));
      const mask = new Uint8Array(m);
      for (const c of top) {
        mask[c] = 1;
        steps.push(
          step('majority-judgment.gauge', {
            name: candidates[c],
            median: medians[c],
            p: above[c],
            q: below[c],
            key: keys[c],
          }),
        );
      }
      const best = argBest(keys, false, mask);
      winners = names(candidates, best);
      steps.push(
        step(best.length === 1 ? 'majority-judgment.gaugeWinner' : 'majority-judgment.gaugeTie', {
          winners,
          key: keys[best[0]],
        }),
      );
    }
    // Order: median first, then the gauge key (the same comparison as the count).
    const order = candidates.map((_, c) => c).sort((a, b) => medians[b] - medians[a] || keys[b] - keys[a]);
    const ranking: string[][] = [];
    order.forEach((c, i) => {
      const prev = order[i - 1];
      if (i === 0 || medians[prev] !== medians[c] || keys[prev] !== keys[c]) ranking.push([]);
      ranking[ranking.length - 1].push(candidates[c]);
    });
    return {
      ...base,
      winners,
      ranking: ranking.map((t) => sortNames(t)),
      scores: scoreRecord(candidates, medians),
      steps,
    };
  },
  officialTieBreak: iterativeTieBreak,
});

/** Rounds shown one by one before the explanation skips ahead (rounds where someone drops are always shown). */
const SHOWN_ROUNDS = 8;

/**
 * The iterative rule (docs/voting-rules.md §8, `official`): remove one median grade from each tied
 * candidate at a time and recompute the lower medians; those whose median falls behind drop
 * out; repeat until one is left or the grades run out (identical merit profiles).
 *
 * How, without one round per voter (a billion voters would make a billion rounds): every
 * contender has n grades and removes its lower median each round, so round r removes the grade
 * at the same place pos(r) of every contender's sorted grades, whatever the grades: the removed
 * places grow from the middle, one on each side in turn. A round where all contenders have the
 * same grade at pos(r) changes nothing between them and is not shown after SHOWN_ROUNDS, so the
 * count jumps straight to the next place where their sorted grades differ, found level by
 * level from the merit profiles: the work grows with the contenders × the grade levels, not
 * with the voters. The steps are the same as removing one grade per round (tested against that).
 */
function iterativeTieBreak(profile: GradedProfile, _result: Result, tied: readonly string[]): OfficialTieBreak {
  const { candidates, voters: n } = profile;
  const { min } = profile.scale;
  const { counts, levels } = meritProfiles(profile);
  let contenders = sortNames(tied)
    .map((name) => candidates.indexOf(name))
    .filter((c) => c >= 0);
  // cumulative[c*levels + l]: c's grades at level l or below; sorted place p holds level levelAt(c, p).
  const cumulative = new Float64Array(counts.length);
  for (const c of contenders) {
    let running = 0;
    for (let l = 0; l < levels; l++) cumulative[c * levels + l] = running += counts[c * levels + l];
  }
  const levelAt = (c: number, p: number): number => {
    let lo = 0;
    let hi = levels - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[c * levels + mid] > p) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = (c: number, l: number): number => (l === 0 ? 0 : cumulative[c * levels + l - 1]); // first place of level l
  const last = (c: number, l: number): number => cumulative[c * levels + l] - 1;
  // The places removed: round 0 the lower median c0, then one step out on each side in turn
  // (right first when n is even, left first when it is odd).
  const c0 = Math.floor((n - 1) / 2);
  const even = n % 2 === 0;
  const place = (r: number): number =>
    r === 0 ? c0 : (r % 2 === 1) === even ? c0 + Math.ceil(r / 2) : c0 - Math.ceil(r / 2);
  const roundOf = (p: number): number =>
    p === c0 ? 0 : p > c0 ? 2 * (p - c0) - (even ? 1 : 0) : 2 * (c0 - p) - (even ? 0 : 1);
  /** The highest place <= p where the contenders' grades differ, or -1. */
  const differingBelow = (p: number): number => {
    while (p >= 0) {
      const l = levelAt(contenders[0], p);
      let low = Infinity;
      let high = -Infinity;
      for (const c of contenders) {
        if (levelAt(c, p) !== l) return p;
        low = Math.min(low, first(c, l));
        high = Math.max(high, first(c, l));
      }
      // Equal down to the highest start of the run; below it, that contender changes level first.
      if (low !== high) return high - 1;
      p = high - 1;
    }
    return -1;
  };
  /** The lowest place >= p where they differ, or n. */
  const differingAbove = (p: number): number => {
    while (p < n) {
      const l = levelAt(contenders[0], p);
      let low = Infinity;
      let high = -Infinity;
      for (const c of contenders) {
        if (levelAt(c, p) !== l) return p;
        low = Math.min(low, last(c, l));
        high = Math.max(high, last(c, l));
      }
      if (low !== high) return low + 1;
      p = low + 1;
    }
    return n;
  };
  /** The first round >= removed whose place holds different grades, or -1 (the rest is identical). */
  const nextDiffering = (removed: number): number => {
    // Places still there after `removed` rounds: [0, top] and [bottom, n).
    const outward = Math.floor(removed / 2); // steps out on the side the rounds start with
    const inward = Math.max(0, Math.floor((removed - 1) / 2)); // and on the other side
    const top = removed === 0 ? c0 : c0 - (even ? inward : outward) - 1;
    const bottom = removed === 0 ? c0 + 1 : c0 + (even ? outward : inward) + 1;
    const below = differingBelow(top);
    const above = differingAbove(bottom);
    const rounds = [below >= 0 ? roundOf(below) : -1, above < n ? roundOf(above) : -1].filter((r) => r >= 0);
    return rounds.length === 0 ? -1 : Math.min(...rounds);
  };

  const steps: Step[] = [step('majority-judgment.tieStart', { tied: names(candidates, contenders) })];
  let skippedFrom = -1;
  let removed = 0;
  const level = new Int32Array(candidates.length);
  while (removed < n && contenders.length > 1) {
    const next = nextDiffering(removed);
    if (next < 0) break; // the grades left are the same for every contender
    if (removed >= SHOWN_ROUNDS && next > removed) {
      if (skippedFrom < 0) skippedFrom = removed;
      removed = next;
    }
    const p = place(removed);
    let best = -1;
    for (const c of contenders) {
      level[c] = levelAt(c, p);
      best = Math.max(best, level[c]);
    }
    const staying = contenders.filter((c) => level[c] === best);
    if (removed < SHOWN_ROUNDS || staying.length < contenders.length) {
      if (skippedFrom >= 0) steps.push(step('majority-judgment.tieSkipped', { from: skippedFrom, to: removed - 1 }));
      skippedFrom = -1;
      const medians: Record<string, number> = {};
      for (const c of contenders) medians[candidates[c]] = min + level[c];
      steps.push(step('majority-judgment.tieRound', { removed, medians, staying: names(candidates, staying) }));
    } else if (skippedFrom < 0) skippedFrom = removed;
    contenders = staying;
    removed++;
  }
  if (contenders.length === 1) {
    const chosen = names(candidates, contenders);
    steps.push(step('majority-judgment.tieDecided', { winners: chosen, removed: Math.max(0, removed - 1) }));
    return { chosen, stillTied: [], steps };
  }
  const stillTied = names(candidates, contenders);
  steps.push(step('majority-judgment.tieIdentical', { tied: stillTied }));
  return { chosen: [], stillTied, steps };
}
