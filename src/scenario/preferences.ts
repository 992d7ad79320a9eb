/**
 * From an electorate to ballots, deterministically (docs/scenario-json.md, "Electorates").
 *
 * A voter's *sincere ranking* always exists: as written, by grade, by distance on the opinion
 * plane, or approved-first. Grades and approvals exist only where the preference gives them.
 * Distances are compared squared, in whole numbers, so no rounding can change a ballot.
 * Declared strategies are then applied to the ballot of the election's kind, and both the
 * sincere and the cast ballot are kept, so that the game can show what changed.
 */
import {
  defaultApprovalThreshold,
  gradedProfile,
  rankedProfile,
  type GradeScale,
  type Profile,
} from '../voting/ballots.ts';
import type { MethodId } from '../voting/method.ts';
import { methods } from '../voting/methods/index.ts';
import type { ElectorateData, ScenarioData, StrategyData, VoterData } from './schema.ts';

/** What an election needs from each voter. */
export type Flavour = 'ranked' | 'graded' | 'approval';

type Tiers = readonly (readonly string[])[];

export type Ballot =
  | { readonly kind: 'ranked'; readonly ranking: Tiers }
  | { readonly kind: 'graded'; readonly grades: Readonly<Record<string, number>> }
  | { readonly kind: 'approval'; readonly approves: readonly string[] };

export interface CastBallot {
  readonly voter: string;
  readonly count: number;
  readonly sincere: Ballot;
  readonly cast: Ballot;
  /** The declared strategy, when it changed the ballot. */
  readonly strategy?: StrategyData['kind'];
  /** Set when a puzzle answer replaced this ballot. */
  readonly changed?: boolean;
}

export const APPROVAL_SCALE: GradeScale = { min: 0, max: 1 };

export function methodFlavour(id: MethodId): Flavour {
  const { ballot } = methods[id].info;
  if (ballot !== 'graded') return 'ranked';
  return id === 'approval' || id === 'bloc-approval' ? 'approval' : 'graded';
}

/** Can this voter give the ballot an election of this flavour needs? */
export function voterCan(voter: VoterData, electorate: ElectorateData, flavour: Flavour): boolean {
  if (flavour === 'ranked') return true;
  if (voter.grades) return flavour === 'approval' || electorate.gradeScale !== undefined;
  if (voter.approves) return flavour === 'approval';
  if (voter.position)
    return flavour === 'approval'
      ? electorate.approvalRadius !== undefined
      : electorate.gradeBands !== undefined && electorate.gradeScale !== undefined;
  return false;
}

export function approvalThreshold(electorate: ElectorateData): number {
  const scale = electorate.gradeScale ?? { min: 0, max: 5 };
  return electorate.approvalThreshold ?? defaultApprovalThreshold(scale);
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += (a[i] - (b[i] ?? 0)) ** 2;
  return d;
}

/** Groups candidates by a key, best (highest) key first. */
function tiersBy(candidates: readonly string[], key: (c: string) => number): string[][] {
  const byKey = new Map<number, string[]>();
  for (const c of candidates) byKey.set(key(c), [...(byKey.get(key(c)) ?? []), c]);
  return [...byKey.entries()].sort((a, b) => b[0] - a[0]).map(([, tier]) => tier);
}

export class Electorates {
  private readonly positions = new Map<string, readonly number[]>();
  constructor(private readonly scenario: ScenarioData) {
    for (const o of scenario.options) if (o.position) this.positions.set(o.id, o.position);
  }

  electorate(id?: string): ElectorateData {
    return (
      (id === undefined ? this.scenario.electorates[0] : this.scenario.electorates.find((e) => e.id === id)) ??
      this.scenario.electorates[0]
    );
  }

  sincereRanking(voter: VoterData, electorate: ElectorateData, candidates: readonly string[]): string[][] {
    const keep = new Set(candidates);
    if (voter.ranking) {
      return voter.ranking
        .map((e) => (typeof e === 'string' ? [e] : [...e]).filter((c) => keep.has(c)))
        .filter((t) => t.length > 0);
    }
    if (voter.grades) {
      const min = electorate.gradeScale?.min ?? 0;
      return tiersBy(candidates, (c) => voter.grades?.[c] ?? min);
    }
    if (voter.position) {
      const at = voter.position;
      return tiersBy(candidates, (c) => -squaredDistance(at, this.positions.get(c) ?? []));
    }
    const approved = (voter.approves ?? []).filter((c) => keep.has(c));
    return approved.length > 0 ? [approved] : [];
  }

  sincereBallot(voter: VoterData, electorate: ElectorateData, candidates: readonly string[], flavour: Flavour): Ballot {
    if (flavour === 'ranked') return { kind: 'ranked', ranking: this.sincereRanking(voter, electorate, candidates) };
    if (flavour === 'graded') {
      const scale = electorate.gradeScale ?? { min: 0, max: 5 };
      const grades: Record<string, number> = {};
      for (const c of candidates)
        grades[c] = voter.grades ? (voter.grades[c] ?? scale.min) : this.bandGrade(voter, electorate, c);
      return { kind: 'graded', grades };
    }
    const threshold = approvalThreshold(electorate);
    const radius2 = (electorate.approvalRadius ?? 0) ** 2;
    const approves = candidates.filter((c) => {
      if (voter.grades) return (voter.grades[c] ?? electorate.gradeScale?.min ?? 0) >= threshold;
      if (voter.position) return squaredDistance(voter.position, this.positions.get(c) ?? []) <= radius2;
      return (voter.approves ?? []).includes(c);
    });
    return { kind: 'approval', approves };
  }

  /** Grade by distance band: within the first band the top grade, beyond the last the lowest. */
  private bandGrade(voter: VoterData, electorate: ElectorateData, c: string): number {
    const scale = electorate.gradeScale ?? { min: 0, max: 5 };
    const d2 = squaredDistance(voter.position ?? [], this.positions.get(c) ?? []);
    const beyond = (electorate.gradeBands ?? []).filter((b) => d2 > b * b).length;
    return Math.max(scale.min, scale.max - beyond);
  }

  /**
   * The front-runners: declared, or the two candidates with the most sincere first choices
   * (a ballot whose top rank is shared counts for none; equal counts follow `options` order).
   */
  frontRunners(electorate: ElectorateData, candidates: readonly string[], declared?: readonly string[]): string[] {
    const keep = new Set(candidates);
    const given = declared ?? electorate.frontRunners;
    if (given) return given.filter((c) => keep.has(c));
    const firsts = new Map<string, number>();
    for (const v of electorate.voters) {
      const top = this.sincereRanking(v, electorate, candidates)[0];
      if (top?.length === 1) firsts.set(top[0], (firsts.get(top[0]) ?? 0) + v.count);
    }
    const order = this.scenario.options.map((o) => o.id).filter((c) => (firsts.get(c) ?? 0) > 0);
    return order.sort((a, b) => (firsts.get(b) ?? 0) - (firsts.get(a) ?? 0)).slice(0, 2);
  }

  ballots(
    electorateId: string | undefined,
    candidates: readonly string[],
    flavour: Flavour,
    sincere = false,
  ): CastBallot[] {
    const electorate = this.electorate(electorateId);
    return electorate.voters.map((voter) => {
      const ballot = this.sincereBallot(voter, electorate, candidates, flavour);
      if (sincere || !voter.strategy) return { voter: voter.id, count: voter.count, sincere: ballot, cast: ballot };
      const ranking = this.sincereRanking(voter, electorate, candidates);
      const front = this.frontRunners(electorate, candidates, voter.strategy.frontRunners);
      const cast = applyStrategy(voter.strategy, ballot, ranking, front, candidates, electorate);
      const changed = JSON.stringify(cast) !== JSON.stringify(ballot);
      return {
        voter: voter.id,
        count: voter.count,
        sincere: ballot,
        cast,
        ...(changed ? { strategy: voter.strategy.kind } : {}),
      };
    });
  }
}

function applyStrategy(
  strategy: StrategyData,
  ballot: Ballot,
  ranking: Tiers,
  front: readonly string[],
  candidates: readonly string[],
  electorate: ElectorateData,
): Ballot {
  const favourites = ranking[0] ?? [];
  const scale = ballot.kind === 'graded' ? (electorate.gradeScale ?? { min: 0, max: 5 }) : APPROVAL_SCALE;
  const tierOf = (c: string): number => {
    const t = ranking.findIndex((tier) => tier.includes(c));
    return t === -1 ? ranking.length : t;
  };
  let target: string | undefined;
  if (strategy.kind === 'compromise') {
    target = [...front].sort((a, b) => tierOf(a) - tierOf(b))[0];
  } else if (strategy.kind === 'bury') {
    target = strategy.target ?? front.find((c) => !favourites.includes(c));
    if (target !== undefined && !candidates.includes(target)) target = undefined;
  }
  switch (strategy.kind) {
    case 'compromise':
    case 'bury': {
      if (target === undefined) return ballot;
      const t = target;
      const up = strategy.kind === 'compromise';
      if (ballot.kind === 'ranked') {
        const rest = ballot.ranking.map((tier) => tier.filter((c) => c !== t)).filter((tier) => tier.length > 0);
        if (up) return { kind: 'ranked', ranking: [[t], ...rest] };
        const unranked = candidates.filter((c) => c !== t && !rest.some((tier) => tier.includes(c)));
        return { kind: 'ranked', ranking: [...rest, ...(unranked.length > 0 ? [unranked] : []), [t]] };
      }
      if (ballot.kind === 'approval') {
        const others = ballot.approves.filter((c) => c !== t);
        return { kind: 'approval', approves: up ? candidates.filter((c) => c === t || others.includes(c)) : others };
      }
      return { kind: 'graded', grades: { ...ballot.grades, [t]: up ? scale.max : scale.min } };
    }
    case 'bullet':
      if (ballot.kind === 'ranked') return { kind: 'ranked', ranking: favourites.length > 0 ? [favourites] : [] };
      if (ballot.kind === 'approval') return { kind: 'approval', approves: [...favourites] };
      return {
        kind: 'graded',
        grades: Object.fromEntries(candidates.map((c) => [c, favourites.includes(c) ? scale.max : scale.min])),
      };
    case 'exaggerate': {
      if (ballot.kind !== 'graded') return ballot;
      const threshold = approvalThreshold(electorate);
      return {
        kind: 'graded',
        grades: Object.fromEntries(candidates.map((c) => [c, ballot.grades[c] >= threshold ? scale.max : scale.min])),
      };
    }
  }
}

/** The engine's profile for these ballots (identical ballots are merged by the engine). */
export function profileOf(
  candidates: readonly string[],
  ballots: readonly CastBallot[],
  flavour: Flavour,
  electorate: ElectorateData,
): Profile {
  if (flavour === 'ranked') {
    return rankedProfile(
      candidates,
      ballots.map((b) => ({
        ranking: b.cast.kind === 'ranked' ? b.cast.ranking.map((t) => (t.length === 1 ? t[0] : t)) : [],
        count: b.count,
      })),
    );
  }
  if (flavour === 'approval') {
    return gradedProfile(
      candidates,
      ballots.map((b) => ({
        grades: Object.fromEntries(
          candidates.map((c) => [c, b.cast.kind === 'approval' && b.cast.approves.includes(c) ? 1 : 0]),
        ),
        count: b.count,
      })),
      { scale: APPROVAL_SCALE, approvalThreshold: 1 },
    );
  }
  const scale = electorate.gradeScale ?? { min: 0, max: 5 };
  return gradedProfile(
    candidates,
    ballots.map((b) => ({ grades: b.cast.kind === 'graded' ? b.cast.grades : {}, count: b.count })),
    { scale, approvalThreshold: approvalThreshold(electorate), defaultGrade: scale.min },
  );
}
