/**
 * What just happened in these ballots, said as facts computed from them and from the engine's
 * criteria data (MethodInfo.criteria): a method is only checked against a criterion it does not
 * claim (a claimed criterion is proven by the engine's property tests, so it cannot break here).
 * Every fact is true of this election: an absolute majority that a method defeated, the
 * Condorcet winner eliminated or passed over, the Condorcet loser elected, a winner rated at the
 * bottom of the scale by many voters, the same ballots electing different winners, a tie left
 * open, a count that elects nobody. Each fact names the term it needs (terms.ts) so that a
 * chapter can hide what it has not taught yet. Pure: tested in Node.
 */
import type { Criterion, MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import type { Step } from '../../voting/result.ts';
import type { CountedElection } from '../../scenario/count.ts';
import type { Comparison, MethodOutcome } from './compare.ts';
import type { Term } from './terms.ts';

export type Happening =
  /** `name` was first on more than half the ballots (`firsts` of `voters`), yet `methods` elect another. */
  | { kind: 'majorityDefeated'; name: string; firsts: number; voters: number; methods: MethodId[] }
  /** The option that beats every other in a duel is eliminated during the count of `methods`. */
  | { kind: 'condorcetEliminated'; name: string; methods: MethodId[] }
  /** The option that beats every other in a duel is not elected by `methods` (no elimination). */
  | { kind: 'condorcetMissed'; name: string; methods: MethodId[] }
  /** The option that loses every duel is elected by `methods`. */
  | { kind: 'condorcetLoserElected'; name: string; methods: MethodId[] }
  /** `name`, elected by `methods`, got the lowest grade `grade` from `rejecters` of `voters`. */
  | { kind: 'rejectedElected'; name: string; grade: number; rejecters: number; voters: number; methods: MethodId[] }
  /** The methods counted give `count` different results: winners, winners with a tie among them, seats. */
  | { kind: 'differentWinners'; count: number; of: 'winners' | 'results' | 'seats' }
  /** `methods` leave `names` tied: no single winner. */
  | { kind: 'tied'; names: readonly string[]; methods: MethodId[] }
  /** `methods` elect nobody. */
  | { kind: 'nobody'; methods: MethodId[] };

export type HappeningKind = Happening['kind'];

/** The term a fact's sentence needs the player to know (undefined: everyday words). */
function termOf(h: Happening): Term | undefined {
  switch (h.kind) {
    case 'majorityDefeated':
      return 'majority';
    case 'condorcetEliminated':
    case 'condorcetMissed':
    case 'condorcetLoserElected':
      return 'duel';
    default:
      return undefined;
  }
}

/** One-winner methods that elect, each with its outcome, that do not claim `criterion`. */
function unclaimed(c: Comparison, criterion: Criterion): MethodOutcome[] {
  return c.groups
    .flatMap((g) => g.methods)
    .filter((o) => methods[o.method].info.winners === 'single' && !o.error)
    .filter((o) => !methods[o.method].info.criteria.includes(criterion));
}

/** The candidates a step takes out of the count (elimination methods, two-round's first round). */
function eliminatedBy(step: Step): readonly string[] {
  switch (step.key) {
    case 'irv.eliminated':
    case 'coombs.eliminated':
    case 'baldwin.eliminated':
    case 'nanson.eliminated':
      return step.params.eliminated;
    default:
      return [];
  }
}

function eliminates(c: CountedElection, method: MethodId, name: string): boolean {
  const result = c.counts.find((k) => k.method === method)?.result;
  if (!result) return false;
  if (result.steps.some((s) => eliminatedBy(s).includes(name))) return true;
  // Two rounds: left out of the runoff is eliminated after the first round.
  return result.steps.some(
    (s) =>
      (s.key === 'two-round.runoff' || s.key === 'two-round.runoffTie') && ![s.params.a, s.params.b].includes(name),
  );
}

/** Strict first choices of `name` on ranked ballots (a tied first rank is no one's first choice). */
function firstChoicesOf(c: CountedElection, name: string): number {
  let n = 0;
  for (const b of c.ballots.ranked ?? []) {
    const top = b.cast.kind === 'ranked' ? b.cast.ranking[0] : undefined;
    if (top && top.length === 1 && top[0] === name) n += b.count;
  }
  return n;
}

function votersOf(c: CountedElection, kind: 'ranked' | 'graded'): number {
  return (c.ballots[kind] ?? []).reduce((n, b) => n + b.count, 0);
}

/** Voters who gave `name` the lowest grade of the scale (read from the ballots' own scale). */
function rejections(c: CountedElection, name: string, min: number): number {
  let n = 0;
  for (const b of c.ballots.graded ?? []) if (b.cast.kind === 'graded' && b.cast.grades[name] === min) n += b.count;
  return n;
}

/**
 * A winner rated at the bottom by at least this share of voters is worth saying: a quarter of
 * the voters rejecting the winner is more than any chapter's « large » minority.
 */
const REJECTED_SHARE = 0.25;

interface HappenedOptions {
  /** The grade scale's lowest grade (graded elections); absent: no rejection facts. */
  readonly lowestGrade?: number;
}

/** Every fact that is true of these ballots and their counts, most striking first. */
export function whatHappened(c: CountedElection, cmp: Comparison, o: HappenedOptions = {}): Happening[] {
  const out: Happening[] = [];
  const facts = cmp.facts;
  const sole = (x: MethodOutcome) => x.winners.length === 1 && !x.tied;
  const majority = facts?.majorityWinner;
  const voters = votersOf(c, 'ranked');
  if (majority && voters > 0) {
    const firsts = firstChoicesOf(c, majority);
    const losers = unclaimed(cmp, 'majority').filter((x) => !x.winners.includes(majority));
    if (2 * firsts > voters && losers.length > 0)
      out.push({ kind: 'majorityDefeated', name: majority, firsts, voters, methods: losers.map((x) => x.method) });
  }
  const cw = facts?.condorcetWinner;
  if (cw) {
    const missing = unclaimed(cmp, 'condorcet').filter((x) => x.winners.length > 0 && !x.winners.includes(cw));
    const eliminated = missing.filter((x) => eliminates(c, x.method, cw)).map((x) => x.method);
    const missed = missing.map((x) => x.method).filter((m) => !eliminated.includes(m));
    if (eliminated.length > 0) out.push({ kind: 'condorcetEliminated', name: cw, methods: eliminated });
    if (missed.length > 0) out.push({ kind: 'condorcetMissed', name: cw, methods: missed });
  }
  const cl = facts?.condorcetLoser;
  if (cl) {
    const electing = unclaimed(cmp, 'condorcet-loser').filter((x) => sole(x) && x.winners[0] === cl);
    if (electing.length > 0)
      out.push({ kind: 'condorcetLoserElected', name: cl, methods: electing.map((x) => x.method) });
  }
  const graded = votersOf(c, 'graded');
  if (o.lowestGrade !== undefined && graded > 0) {
    const byWinner = new Map<string, MethodId[]>();
    for (const x of cmp.groups.flatMap((g) => g.methods))
      if (sole(x) && methods[x.method].info.ballot === 'graded')
        byWinner.set(x.winners[0], [...(byWinner.get(x.winners[0]) ?? []), x.method]);
    for (const [name, ms] of byWinner) {
      const rejecters = rejections(c, name, o.lowestGrade);
      if (rejecters >= REJECTED_SHARE * graded)
        out.push({ kind: 'rejectedElected', name, grade: o.lowestGrade, rejecters, voters: graded, methods: ms });
    }
  }
  if (cmp.groups.length >= 2)
    out.push({
      kind: 'differentWinners',
      count: cmp.groups.length,
      of: cmp.groups.some((g) => g.methods[0].seatsByList !== undefined)
        ? 'seats'
        : cmp.groups.some((g) => g.methods[0].tied)
          ? 'results'
          : 'winners',
    });
  const tiedGroups = new Map<string, { names: readonly string[]; methods: MethodId[] }>();
  for (const x of cmp.outcomes.filter((x) => x.tied && !x.error)) {
    const key = x.winners.join(',');
    tiedGroups.set(key, { names: x.winners, methods: [...(tiedGroups.get(key)?.methods ?? []), x.method] });
  }
  for (const t of tiedGroups.values()) out.push({ kind: 'tied', ...t });
  const nobody = cmp.outcomes.filter((x) => !x.error && !x.isSet && x.winners.length === 0).map((x) => x.method);
  if (nobody.length > 0) out.push({ kind: 'nobody', methods: nobody });
  return out;
}

/** The facts a player may read now: those whose term is known. */
export function shownHappenings(all: readonly Happening[], known: ReadonlySet<Term>): Happening[] {
  return all.filter((h) => {
    const term = termOf(h);
    return term === undefined || known.has(term);
  });
}
