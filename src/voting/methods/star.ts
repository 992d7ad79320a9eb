/**
 * STAR voting (Score Then Automatic Runoff), docs/voting-rules.md §3.3, on the 0–5 scale only.
 * 1. Finalist pairs come from the score sums exactly as in two-round: F = the highest sum;
 *    |F| = 1 pairs it with every candidate at the second-highest distinct sum; |F| >= 2 pairs
 *    every two members of F.
 * 2. A pair x–y is won by the side more voters grade strictly higher; equal grades abstain;
 *    an equal count means both win the pair.
 * 3. Winners = the union over all pairs (ties kept, never broken inside the count).
 *
 * Not this: the official STAR tie-breaking, which is only the separate `official` tie-break
 * step here (officialTieBreak below): score-round ties by head-to-head wins among the tied,
 * then most 5s; a tied runoff by the higher score total, then most 5s. Missing grades were
 * replaced by the election's default grade when the profile was built.
 */
import type { GradedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { defineMethod, type OfficialTieBreak } from '../method.ts';
import { argBest, names, scoreRecord, step, type Result, type Step } from '../result.ts';
import { gradeSums } from './score.ts';
import { MAX_CANDIDATES, checkWork } from '../limits.ts';

const TOP = 5;

function checkScale(profile: GradedProfile): void {
  if (profile.scale.min !== 0 || profile.scale.max !== TOP) {
    throw new VotingError(
      'star.scale',
      `STAR is used only with grades from 0 to 5 (this election grades from ${profile.scale.min} to ${profile.scale.max})`,
      { min: profile.scale.min, max: profile.scale.max },
      'grade_scale',
    );
  }
}

/** Voters grading x strictly above y, and y strictly above x. */
function preferenceCounts(profile: GradedProfile, x: number, y: number): [number, number] {
  const m = profile.candidates.length;
  const { grades, counts } = profile;
  let forX = 0;
  let forY = 0;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
    const d = grades[base + x] - grades[base + y];
    if (d > 0) forX += counts[g];
    else if (d < 0) forY += counts[g];
  }
  return [forX, forY];
}

/** Number of 5s (top grades) each candidate received. */
function topGradeCounts(profile: GradedProfile): Float64Array {
  const m = profile.candidates.length;
  const out = new Float64Array(m);
  const { grades, counts } = profile;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
    for (let c = 0; c < m; c++) if (grades[base + c] === TOP) out[c] += counts[g];
  }
  return out;
}

/** The finalist groups of step 1: F, and T (the second-highest distinct sum) when |F| = 1. */
function finalistGroups(sums: Float64Array): { first: number[]; second: number[] } {
  const first = argBest(sums);
  if (first.length !== 1) return { first, second: [] };
  const rest = new Uint8Array(sums.length).fill(1);
  rest[first[0]] = 0;
  return { first, second: argBest(sums, false, rest) };
}

export const star = defineMethod({
  info: {
    id: 'star',
    name: { fr: 'Vote STAR (notes puis second tour automatique)', en: 'STAR voting (score then automatic runoff)' },
    description: {
      fr: 'On note de 0 à 5 ; les deux meilleurs totaux s’affrontent, et gagne celui que plus de votants notent au-dessus de l’autre.',
      en: 'Grade from 0 to 5; the two best totals face off, and the one more voters graded above the other wins.',
    },
    ballot: 'graded',
    family: 'graded',
    winners: 'single',
    scaleSpan: 5,
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    // Pareto: a candidate every voter grades lower has a lower sum, so it is a finalist only
    // beside a higher-summed one that beats it in the runoff. Condorcet loser: it loses every
    // pair it is in. Not condorcet, not majority (the score round can drop either).
    criteria: ['anonymity', 'neutrality', 'pareto', 'condorcet-loser'],
  },
  count(profile: GradedProfile): Result {
    checkScale(profile);
    const { candidates } = profile;
    const m = candidates.length;
    const sums = gradeSums(profile);
    const steps: Step[] = [step('star.scores', { sums: scoreRecord(candidates, sums), voters: profile.voters })];
    const base = { method: 'star' as const, candidates, seats: 1, scores: scoreRecord(candidates, sums) };
    if (m <= 1) {
      const winners = names(candidates, candidates.keys());
      steps.push(step('star.winners', { winners }));
      return { ...base, winners, steps };
    }
    const { first, second } = finalistGroups(sums);
    steps.push(
      first.length === 1
        ? step('star.finalists', { first: candidates[first[0]], second: names(candidates, second) })
        : step('star.finalistsTied', { first: names(candidates, first) }),
    );
    const pairs: [number, number][] = [];
    if (first.length === 1) for (const t of second) pairs.push([first[0], t]);
    else {
      // Every pair of candidates tied for the best sum: a runoff each, known only now (docs/voting-rules.md §10).
      checkWork('star', ((first.length * (first.length - 1)) / 2) * (profile.counts.length + 100));
      for (let i = 0; i < first.length; i++)
        for (let j = i + 1; j < first.length; j++) pairs.push([first[i], first[j]]);
    }

    const won = new Uint8Array(m);
    for (const [a, b] of pairs) {
      // Name order inside a pair keeps the explanation independent of the candidate order.
      const [x, y] = candidates[a] < candidates[b] ? [a, b] : [b, a];
      const [forX, forY] = preferenceCounts(profile, x, y);
      const pairWinners = forX > forY ? [x] : forY > forX ? [y] : [x, y];
      for (const w of pairWinners) won[w] = 1;
      steps.push(
        step('star.runoff', {
          x: candidates[x],
          y: candidates[y],
          forX,
          forY,
          equal: profile.voters - forX - forY,
          winners: names(candidates, pairWinners),
        }),
      );
    }
    const winners = names(
      candidates,
      Array.from(won.keys()).filter((c) => won[c]),
    );
    steps.push(step('star.winners', { winners }));
    return { ...base, winners, steps };
  },
  officialTieBreak(profile: GradedProfile): OfficialTieBreak {
    checkScale(profile);
    const { candidates } = profile;
    const sums = gradeSums(profile);
    const fives = topGradeCounts(profile);
    const steps: Step[] = [];
    const { first, second } = finalistGroups(sums);
    let sure: number[];
    let boundary: number[];
    let slots: number;
    if ((first.length === 1 && second.length <= 1) || first.length === 2) {
      sure = [...first, ...second];
      boundary = [];
      slots = 0;
    } else {
      // A score-round tie: `slots` finalist places for the `group` tied on their sum.
      const group = first.length === 1 ? second : first;
      slots = first.length === 1 ? 1 : 2;
      const settled = scoreRoundTie(profile, group, slots, fives, steps);
      sure = [...(first.length === 1 ? first : []), ...settled.advance];
      boundary = settled.boundary;
      slots -= settled.advance.length;
    }
    // Every way the still-tied finalist places could be filled (one way when settled).
    const possible = new Set<number>();
    const choices = combinations(boundary, slots);
    for (const pick of choices) {
      const [x, y] = [...sure, ...pick];
      if (y === undefined) {
        possible.add(x);
        continue;
      }
      for (const w of officialRunoff(profile, x, y, sums, fives, steps)) possible.add(w);
    }
    const winners = names(candidates, possible);
    if (winners.length === 1) return { chosen: winners, stillTied: [], steps };
    // The candidates the rule could still elect (over every way of filling the finalist
    // places it leaves tied); the lot then draws among them. These are always among `tied`.
    const stillTied = winners;
    steps.push(step('star.tieUnresolved', { tied: stillTied }));
    return { chosen: [], stillTied, steps };
  },
});

/**
 * Official score-round tie: rank the tied group by head-to-head wins among themselves, then
 * by number of 5s; those clearly within the `slots` places advance, a tie on both keys
 * across the boundary stays tied.
 */
function scoreRoundTie(
  profile: GradedProfile,
  group: readonly number[],
  slots: number,
  fives: Float64Array,
  steps: Step[],
): { advance: number[]; boundary: number[] } {
  const { candidates } = profile;
  checkWork('star', ((group.length * (group.length - 1)) / 2) * (profile.counts.length + 1));
  const wins = new Map<number, number>(group.map((c) => [c, 0]));
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [fx, fy] = preferenceCounts(profile, group[i], group[j]);
      if (fx > fy) wins.set(group[i], wins.get(group[i])! + 1);
      else if (fy > fx) wins.set(group[j], wins.get(group[j])! + 1);
    }
  }
  const key = (c: number): [number, number] => [wins.get(c)!, fives[c]];
  const cmp = (a: number, b: number): number => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1];
  const order = [...group].sort(cmp);
  const edge = order[slots - 1];
  const advance = order.filter((c) => cmp(c, edge) < 0);
  const atEdge = order.filter((c) => cmp(c, edge) === 0);
  const fits = advance.length + atEdge.length <= slots;
  const only = maskOf(group, candidates.length);
  const advancing = fits ? [...advance, ...atEdge] : advance;
  steps.push(
    step('star.tieScoreRound', {
      tied: names(candidates, group),
      places: slots,
      wins: scoreRecord(
        candidates,
        Array.from(candidates, (_, c) => wins.get(c) ?? 0),
        only,
      ),
      fives: scoreRecord(candidates, fives, only),
    }),
  );
  if (advancing.length > 0) steps.push(step('star.tieAdvance', { advancing: names(candidates, advancing) }));
  if (!fits) steps.push(step('star.tieStillOpen', { tied: names(candidates, atEdge), places: slots - advance.length }));
  return fits ? { advance: [...advance, ...atEdge], boundary: [] } : { advance, boundary: atEdge };
}

/** Official runoff: more voters preferring, then higher score total, then more 5s. */
function officialRunoff(
  profile: GradedProfile,
  x: number,
  y: number,
  sums: Float64Array,
  fives: Float64Array,
  steps: Step[],
): number[] {
  const { candidates } = profile;
  if (candidates[y] < candidates[x]) [x, y] = [y, x];
  const [forX, forY] = preferenceCounts(profile, x, y);
  // The key names what decided: the runoff itself, the score totals, the 5s, or nothing.
  let winners: number[];
  let key: 'star.tieRunoffPreference' | 'star.tieRunoffScore' | 'star.tieRunoffFives' | 'star.tieRunoffUnbroken';
  if (forX !== forY) [winners, key] = [[forX > forY ? x : y], 'star.tieRunoffPreference'];
  else if (sums[x] !== sums[y]) [winners, key] = [[sums[x] > sums[y] ? x : y], 'star.tieRunoffScore'];
  else if (fives[x] !== fives[y]) [winners, key] = [[fives[x] > fives[y] ? x : y], 'star.tieRunoffFives'];
  else [winners, key] = [[x, y], 'star.tieRunoffUnbroken'];
  steps.push(
    step(key, {
      x: candidates[x],
      y: candidates[y],
      forX,
      forY,
      sumX: sums[x],
      sumY: sums[y],
      fivesX: fives[x],
      fivesY: fives[y],
      winners: names(candidates, winners),
    }),
  );
  return winners;
}

function maskOf(indices: readonly number[], m: number): Uint8Array {
  const mask = new Uint8Array(m);
  for (const c of indices) mask[c] = 1;
  return mask;
}

/** All ways to pick k of items (k = 0 gives one empty pick). */
function combinations(items: readonly number[], k: number): number[][] {
  if (k <= 0) return [[]];
  if (items.length < k) return [];
  const [head, ...tail] = items;
  return [...combinations(tail, k - 1).map((c) => [head, ...c]), ...combinations(tail, k)];
}
