/**
 * Counting a scenario's election with the voting engine: ballots from the electorate (one set
 * per kind of ballot the methods need), one Result per method, then the election's tie-break
 * policy. A method that refuses the election (a VotingError) is reported, not thrown.
 */
import type { Profile } from '../voting/ballots.ts';
import { VotingError } from '../voting/errors.ts';
import { countProfile, type CountOptions, type MethodId } from '../voting/method.ts';
import { getMethod } from '../voting/methods/index.ts';
import { methodsFor } from '../voting/analysis.ts';
import { applyTieBreak } from '../voting/tiebreak.ts';
import { condorcetLoserIndex, condorcetWinnerIndex, pairwiseMatrix } from '../voting/pairwise.ts';
import { finalWinners, type Result, type StepParams } from '../voting/result.ts';
import { methodFlavour, profileOf, voterCan, type CastBallot, type Electorates, type Flavour } from './preferences.ts';
import type { ElectionStepData, ScenarioData } from './schema.ts';

/** What an election is counted on: the fields shared by election steps and expectations. */
export interface ElectionSetup {
  readonly electorate?: string;
  readonly candidates?: readonly string[];
  readonly seats?: number;
  readonly sincere?: boolean;
  readonly tieBreak?: ElectionStepData['tieBreak'];
  readonly seed?: string;
  readonly threshold?: number;
  readonly round?: 1 | 2;
  /** Sortition: groups with a fixed number of seats each (names are text keys). */
  readonly strata?: ElectionStepData['strata'];
}

/** Seats to fill: as given, else the strata's total, else 1 (as sortition counts it). */
export function setupSeats(setup: ElectionSetup): number {
  return setup.seats ?? (setup.strata ? setup.strata.reduce((n, s) => n + s.seats, 0) : 1);
}

export interface MethodCount {
  readonly method: MethodId;
  readonly result?: Result;
  /** Final winners: after the tie-break when one was applied. */
  readonly winners: readonly string[];
  readonly error?: { readonly key: string; readonly params: StepParams };
}

export interface CountedElection {
  readonly candidates: readonly string[];
  readonly voters: number;
  readonly ballots: Readonly<Partial<Record<Flavour, readonly CastBallot[]>>>;
  readonly counts: readonly MethodCount[];
}

/** The methods an election counts with (`compare: "all"`: every method its ballots allow). */
export function electionMethods(scenario: ScenarioData, step: ElectionStepData): MethodId[] {
  if (step.method) return [step.method];
  if (step.choose) return [...step.choose];
  if (Array.isArray(step.compare)) return [...step.compare];
  const electorate = scenario.electorates.find((e) => e.id === step.electorate) ?? scenario.electorates[0];
  const count = (step.candidates ?? scenario.options).length;
  const seats = setupSeats(step);
  const scale = { min: electorate.gradeScale?.min ?? 0, max: electorate.gradeScale?.max ?? 5 };
  // Every kind the engine has, then only the methods whose ballots every voter can fill in.
  return methodsFor({ ballots: 'graded', candidates: count, seats, scale, withoutChance: true }).filter((id) =>
    electorate.voters.every((v) => voterCan(v, electorate, methodFlavour(id))),
  );
}

export function candidatesOf(scenario: ScenarioData, setup: ElectionSetup): string[] {
  return [...(setup.candidates ?? scenario.options.map((o) => o.id))];
}

function countOptions(setup: ElectionSetup): CountOptions {
  return {
    seats: setupSeats(setup),
    ...(setup.seed !== undefined ? { seed: setup.seed } : {}),
    ...(setup.strata ? { strata: setup.strata } : {}),
    ...(setup.threshold !== undefined ? { threshold: setup.threshold } : {}),
    ...(setup.round !== undefined ? { round: setup.round } : {}),
    tieBreak: setup.tieBreak?.policy === 'lot' ? 'lot' : 'none',
    ...(setup.tieBreak?.seed !== undefined && setup.seed === undefined ? { seed: setup.tieBreak.seed } : {}),
  };
}

function countOne(method: MethodId, profile: Profile, setup: ElectionSetup): MethodCount {
  try {
    const engine = getMethod(method);
    let result = countProfile(engine, profile, countOptions(setup));
    // The election's tie-break policy, as a separate recorded step (docs/voting-rules.md §8).
    if (setup.tieBreak) result = applyTieBreak(engine, profile, result, setup.tieBreak.policy, setup.tieBreak.seed);
    return { method, result, winners: finalWinners(result) };
  } catch (error) {
    if (error instanceof VotingError) return { method, winners: [], error: { key: error.code, params: error.params } };
    throw error;
  }
}

/**
 * Counts an election with several methods on the same ballots. `replace` lets a puzzle swap
 * some ballots before the count.
 */
export function countElection(
  scenario: ScenarioData,
  voters: Electorates,
  setup: ElectionSetup,
  ids: readonly MethodId[],
  replace?: (ballots: CastBallot[], flavour: Flavour) => CastBallot[],
): CountedElection {
  const candidates = candidatesOf(scenario, setup);
  const electorate = voters.electorate(setup.electorate);
  const ballots: Partial<Record<Flavour, CastBallot[]>> = {};
  const profiles: Partial<Record<Flavour, Profile>> = {};
  const profile = (flavour: Flavour): Profile => {
    if (!profiles[flavour]) {
      let list = voters.ballots(setup.electorate, candidates, flavour, setup.sincere);
      if (replace) list = replace(list, flavour);
      ballots[flavour] = list;
      profiles[flavour] = profileOf(candidates, list, flavour, electorate);
    }
    return profiles[flavour]!;
  };
  const counts = ids.map((id) => countOne(id, profile(methodFlavour(id)), setup));
  return { candidates, voters: electorate.voters.reduce((n, v) => n + v.count, 0), ballots, counts };
}

/** Condorcet winner and loser of the (cast) ranked ballots, or null. */
export function condorcetFacts(
  scenario: ScenarioData,
  voters: Electorates,
  setup: ElectionSetup,
): { winner: string | null; loser: string | null } {
  const candidates = candidatesOf(scenario, setup);
  const list = voters.ballots(setup.electorate, candidates, 'ranked', setup.sincere);
  const profile = profileOf(candidates, list, 'ranked', voters.electorate(setup.electorate));
  if (profile.kind !== 'ranked') return { winner: null, loser: null };
  const matrix = pairwiseMatrix(profile);
  const w = condorcetWinnerIndex(matrix);
  const l = condorcetLoserIndex(matrix);
  return { winner: w === undefined ? null : candidates[w], loser: l === undefined ? null : candidates[l] };
}

/**
 * Seats won by each candidate after the tie-break: a party list's seats (a seat left to a tie
 * goes to the lists the tie-break chose; an unsettled one to nobody), otherwise 1 for each
 * winner of a committee or of a one-winner election.
 */
export function seatsWon(k: MethodCount): Record<string, number> {
  const r = k.result;
  if (!r) return {};
  if (!r.seatsByList) return Object.fromEntries(k.winners.map((w) => [w, 1]));
  const won: Record<string, number> = { ...r.seatsByList };
  const tb = r.tieBreak;
  if (r.tie && tb?.resolved) for (const c of tb.fromTie) won[c] = (won[c] ?? 0) + 1;
  return won;
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const other = new Set(b);
  return a.length === other.size && a.every((x) => other.has(x));
}
