/**
 * The one ballot model every method reads.
 *
 * Ranked ballots are stored as *groups*: identical ballots are merged and carry a count.
 * Each group is a rank vector `ranks[g * m + c]` (0 = top level, shared levels = equal
 * ranks, UNRANKED below everything) plus the same ballot as tiers of candidate indices.
 * Graded ballots are a grade matrix `grades[g * m + c]` with counts.
 *
 * See docs/voting-rules.md §1 and §5: truncated rankings, equal ranks and empty ballots are allowed.
 */
import { VotingError } from './errors.ts';
import { nameProblem } from './names.ts';
import {
  MAX_CELLS,
  MAX_VOTERS,
  cellsFit,
  cellsLimitError,
  gradeLimitError,
  votersLimitError,
  withinGradeLimit,
} from './limits.ts';

export const UNRANKED = 0xffff;

/** A ranking entry is one candidate, or several sharing one rank. */
export type RankingEntry = string | readonly string[];
export interface RankedBallotInput {
  readonly ranking: readonly RankingEntry[];
  readonly count: number;
}
export interface GradedBallotInput {
  readonly grades: Readonly<Record<string, number>>;
  readonly count: number;
}
export interface GradeScale {
  readonly min: number;
  readonly max: number;
}

export interface RankedProfile {
  readonly kind: 'ranked';
  readonly candidates: readonly string[];
  /** n: the number of voters (sum of counts), empty ballots included. */
  readonly voters: number;
  /** One count per distinct ballot (group). */
  readonly counts: Float64Array;
  /** `ranks[g*m+c]`: the rank level of candidate c on group g; UNRANKED if absent. */
  readonly ranks: Uint16Array;
  /** Per group, the ranked candidates as tiers (best first); unranked ones are omitted. */
  readonly tiers: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>;
  /** True when every ballot ranks every candidate, with no shared rank. */
  readonly complete: boolean;
}

export interface GradedProfile {
  readonly kind: 'graded';
  readonly candidates: readonly string[];
  readonly voters: number;
  readonly counts: Float64Array;
  /** `grades[g*m+c]`: the grade of candidate c on group g (defaults already applied). */
  readonly grades: Int32Array;
  readonly scale: GradeScale;
  /** A voter approves c when grade(c) >= approvalThreshold. */
  readonly approvalThreshold: number;
}

export type Profile = RankedProfile | GradedProfile;

function err(code: string, english: string, path: string, params: Record<string, string | number> = {}): VotingError {
  return new VotingError(code, english, params, path);
}

export function checkCandidates(candidates: readonly unknown[], path = 'candidates'): readonly string[] {
  if (!Array.isArray(candidates)) throw err('error.candidatesNotList', 'candidates must be a list of names', path);
  if (candidates.length > UNRANKED - 1) {
    throw err('error.tooManyCandidatesTotal', `at most ${UNRANKED - 1} candidates`, path, { limit: UNRANKED - 1 });
  }
  const seen = new Set<string>();
  candidates.forEach((name, i) => {
    if (typeof name !== 'string' || name.length === 0) {
      throw err('error.candidateName', 'a candidate name must be a non-empty string', `${path}[${i}]`);
    }
    if (seen.has(name))
      throw err('error.duplicateCandidate', `candidate "${name}" is listed twice`, `${path}[${i}]`, { name });
    seen.add(name);
  });
  throwNameProblem(candidates as readonly string[], path);
  return candidates as readonly string[];
}

/**
 * Names that print safely and apart (src/voting/names.ts): no blank name, no control
 * character or bidi override, no two names that would print the same.
 */
function throwNameProblem(candidates: readonly string[], path: string): void {
  const problem = nameProblem(candidates);
  if (!problem) return;
  const at = `${path}[${problem.index}]`;
  switch (problem.kind) {
    case 'blank':
      throw err('error.candidateBlank', `candidate ${problem.index + 1} has a blank name`, at, {
        index: problem.index + 1,
      });
    case 'unsafe':
      throw err(
        'error.candidateUnsafe',
        `the name "${problem.name}" holds ${problem.char}, a control or text-direction character`,
        at,
        { name: problem.name, char: problem.char },
      );
    case 'lookAlike':
      throw err(
        'error.candidatesLookAlike',
        `"${problem.name}" and "${problem.other}" would print the same (they differ by ${problem.char})`,
        at,
        {
          name: problem.name,
          other: problem.other,
          char: problem.char,
        },
      );
  }
}

function checkCount(count: unknown, path: string): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
    throw err('error.ballotCount', 'count must be a positive whole number', path, { value: String(count) });
  }
  if (count > MAX_VOTERS) throw votersLimitError(count, path);
  return count;
}

/** The running total of voters, refused past MAX_VOTERS (docs/voting-rules.md §10). */
function addVoters(voters: number, count: number, path: string): number {
  const total = voters + count;
  if (total > MAX_VOTERS) throw votersLimitError(total, path);
  return total;
}

/** A grade scale of whole numbers, min < max, both within ±GRADE_LIMIT (docs/voting-rules.md §10). */
export function checkGradeScale(scale: GradeScale, path = 'grade_scale'): void {
  if (
    typeof scale !== 'object' ||
    scale === null ||
    !Number.isSafeInteger(scale.min) ||
    !Number.isSafeInteger(scale.max) ||
    scale.min >= scale.max
  ) {
    throw err('error.gradeScale', 'grade_scale needs whole numbers with min < max', path);
  }
  for (const bound of [scale.min, scale.max]) if (!withinGradeLimit(bound)) throw gradeLimitError(bound, path);
}

/**
 * Builds a ranked profile, merging identical ballots. Throws a VotingError naming the path
 * of the first bad value (unknown candidate, candidate ranked twice, bad count).
 */
export function rankedProfile(candidates: readonly string[], ballots: readonly RankedBallotInput[]): RankedProfile {
  checkCandidates(candidates);
  const m = candidates.length;
  const index = new Map<string, number>();
  candidates.forEach((c, i) => index.set(c, i));
  if (!Array.isArray(ballots)) throw err('error.ballotsNotList', 'ballots must be a list', 'ballots');

  const groupOf = new Map<string, number>();
  const counts: number[] = [];
  const tiersList: number[][][] = [];
  let voters = 0;
  let complete = true;
  const seenAt = new Int32Array(m);
  let stamp = 0;

  ballots.forEach((ballot, b) => {
    const path = `ballots[${b}]`;
    if (typeof ballot !== 'object' || ballot === null || !Array.isArray(ballot.ranking)) {
      throw err('error.rankingMissing', 'a ranked ballot needs a "ranking" list', path);
    }
    const count = checkCount(ballot.count, `${path}.count`);
    stamp++;
    const tiers: number[][] = [];
    let ranked = 0;
    (ballot.ranking as readonly RankingEntry[]).forEach((entry: RankingEntry, r: number) => {
      const names = typeof entry === 'string' ? [entry] : entry;
      if (!Array.isArray(names)) {
        throw err('error.rankingEntry', 'a ranking entry must be a name or a list of names', `${path}.ranking[${r}]`);
      }
      const tier: number[] = [];
      names.forEach((name, k) => {
        const where = typeof entry === 'string' ? `${path}.ranking[${r}]` : `${path}.ranking[${r}][${k}]`;
        const c = typeof name === 'string' ? index.get(name) : undefined;
        if (c === undefined)
          throw err('error.unknownCandidate', `unknown candidate "${String(name)}"`, where, { name: String(name) });
        if (seenAt[c] === stamp) throw err('error.rankedTwice', `candidate "${name}" is ranked twice`, where, { name });
        seenAt[c] = stamp;
        tier.push(c);
      });
      if (tier.length === 0) return; // an empty shared rank carries nothing
      tier.sort((a, z) => a - z);
      tiers.push(tier);
      ranked += tier.length;
    });
    voters = addVoters(voters, count, `${path}.count`);
    if (ranked < m || tiers.length !== ranked) complete = false;
    const key = tiers.map((t) => t.join(',')).join('>');
    const existing = groupOf.get(key);
    if (existing !== undefined) {
      counts[existing] += count;
    } else {
      if (!cellsFit(counts.length + 1, m)) throw cellsLimitError(counts.length + 1, m, path);
      groupOf.set(key, counts.length);
      counts.push(count);
      tiersList.push(tiers);
    }
  });
  return buildRanked(candidates, tiersList, counts, voters, complete);
}

function buildRanked(
  candidates: readonly string[],
  tiersList: number[][][],
  counts: number[],
  voters: number,
  complete: boolean,
): RankedProfile {
  const m = candidates.length;
  const ranks = new Uint16Array(tiersList.length * m).fill(UNRANKED);
  tiersList.forEach((tiers, g) => {
    tiers.forEach((tier, level) => {
      for (const c of tier) ranks[g * m + c] = level;
    });
  });
  return {
    kind: 'ranked',
    candidates: [...candidates],
    voters,
    counts: Float64Array.from(counts),
    ranks,
    tiers: tiersList,
    complete,
  };
}

export interface GradedElectionOptions {
  readonly scale: GradeScale;
  /** Defaults to floor(max/2)+1 on a 0-based scale, as in docs/voting-rules.md §3.1. */
  readonly approvalThreshold?: number;
  /** Grade given to a candidate a ballot leaves ungraded; without it, ungraded is an error. */
  readonly defaultGrade?: number;
}

export function defaultApprovalThreshold(scale: GradeScale): number {
  return scale.min + Math.floor((scale.max - scale.min) / 2) + 1;
}

export function gradedProfile(
  candidates: readonly string[],
  ballots: readonly GradedBallotInput[],
  options: GradedElectionOptions,
): GradedProfile {
  checkCandidates(candidates);
  const { scale } = options;
  checkGradeScale(scale);
  const threshold = options.approvalThreshold ?? defaultApprovalThreshold(scale);
  if (!Number.isSafeInteger(threshold))
    throw err('error.threshold', 'approval_threshold must be a whole number', 'approval_threshold');
  const dflt = options.defaultGrade;
  if (dflt !== undefined && (!Number.isSafeInteger(dflt) || dflt < scale.min || dflt > scale.max)) {
    throw err('error.defaultGrade', 'default_grade must be a grade of the scale', 'default_grade');
  }
  const m = candidates.length;
  const index = new Map<string, number>();
  candidates.forEach((c, i) => index.set(c, i));
  if (!Array.isArray(ballots)) throw err('error.ballotsNotList', 'ballots must be a list', 'ballots');

  const groupOf = new Map<string, number>();
  const counts: number[] = [];
  // Grades of the distinct ballots, row after row: the grade matrix of the profile.
  let grades = new Int32Array(Math.min(m * 16, 1 << 20));
  let voters = 0;
  // The grades a ballot gives that differ from the default, as (candidate, grade) pairs: a
  // ballot costs what it says, not m (with a default grade, a short ballot in a large election
  // stays cheap); a full row is written only for a new distinct ballot (bounded by MAX_CELLS),
  // so the work is proportional to the input.
  const given: number[] = [];
  const seen = new Int32Array(m);
  let stamp = 0;
  ballots.forEach((ballot, b) => {
    const path = `ballots[${b}]`;
    if (typeof ballot !== 'object' || ballot === null || typeof ballot.grades !== 'object' || ballot.grades === null) {
      throw err('error.gradesMissing', 'a graded ballot needs a "grades" object', path);
    }
    const count = checkCount(ballot.count, `${path}.count`);
    stamp++;
    given.length = 0;
    let graded = 0;
    for (const [name, grade] of Object.entries(ballot.grades)) {
      const c = index.get(name);
      const where = `${path}.grades.${name}`;
      if (c === undefined) throw err('error.unknownCandidate', `unknown candidate "${name}"`, where, { name });
      if (typeof grade !== 'number' || !Number.isSafeInteger(grade) || grade < scale.min || grade > scale.max) {
        throw err('error.gradeRange', `grade must be a whole number from ${scale.min} to ${scale.max}`, where, {
          min: scale.min,
          max: scale.max,
          value: String(grade),
        });
      }
      seen[c] = stamp;
      graded++; // object keys are distinct: no candidate is counted twice
      if (grade !== dflt) given.push(c, grade);
    }
    if (graded < m && dflt === undefined) {
      let c = 0;
      while (seen[c] === stamp) c++;
      throw err(
        'error.ungraded',
        `candidate "${candidates[c]}" has no grade and the election has no default grade`,
        `${path}.grades`,
        {
          name: candidates[c],
        },
      );
    }
    voters = addVoters(voters, count, `${path}.count`);
    // The key: the grades that differ from the default, by candidate.
    const pairs: [number, number][] = [];
    for (let i = 0; i < given.length; i += 2) pairs.push([given[i], given[i + 1]]);
    pairs.sort((a, z) => a[0] - z[0]);
    let key = '';
    for (const [c, grade] of pairs) key += `${c}:${grade},`;
    const existing = groupOf.get(key);
    if (existing !== undefined) {
      counts[existing] += count;
      return;
    }
    const g = counts.length;
    if (!cellsFit(g + 1, m)) throw cellsLimitError(g + 1, m, path);
    if ((g + 1) * m > grades.length) {
      const grown = new Int32Array(Math.max((g + 1) * m, Math.min(2 * grades.length, MAX_CELLS)));
      grown.set(grades);
      grades = grown;
    }
    const row = grades.subarray(g * m, (g + 1) * m);
    if (dflt !== undefined) row.fill(dflt);
    for (const [c, grade] of pairs) row[c] = grade;
    groupOf.set(key, g);
    counts.push(count);
  });
  return {
    kind: 'graded',
    candidates: [...candidates],
    voters,
    counts: Float64Array.from(counts),
    grades: grades.slice(0, counts.length * m),
    scale,
    approvalThreshold: threshold,
  };
}

/**
 * Graded ballots read as rankings: higher grade ranks higher, equal grades share a rank.
 * This lets the ranked methods be compared on the same ballots ("compare all").
 */
export function rankedFromGraded(profile: GradedProfile): RankedProfile {
  const m = profile.candidates.length;
  const g = profile.counts.length;
  const tiersList: number[][][] = [];
  for (let i = 0; i < g; i++) {
    const byGrade = new Map<number, number[]>();
    for (let c = 0; c < m; c++) {
      const grade = profile.grades[i * m + c];
      const tier = byGrade.get(grade);
      if (tier) tier.push(c);
      else byGrade.set(grade, [c]);
    }
    tiersList.push([...byGrade.entries()].sort((a, b) => b[0] - a[0]).map(([, tier]) => tier));
  }
  const complete = tiersList.every((tiers) => tiers.length === m);
  // Identical rankings from different grade rows are merged again.
  const merged = rankedProfile(
    profile.candidates,
    tiersList.map((tiers, i) => ({
      ranking: tiers.map((t) => t.map((c) => profile.candidates[c])),
      count: profile.counts[i],
    })),
  );
  return complete ? { ...merged, complete: true } : merged;
}

/** The election as plain ballots again (for writers and for moving candidates around). */
export function rankedBallots(profile: RankedProfile): RankedBallotInput[] {
  return profile.tiers.map((tiers, g) => ({
    ranking: tiers.map((tier) =>
      tier.length === 1 ? profile.candidates[tier[0]] : tier.map((c) => profile.candidates[c]),
    ),
    count: profile.counts[g],
  }));
}

export function gradedBallots(profile: GradedProfile): GradedBallotInput[] {
  const m = profile.candidates.length;
  return Array.from(profile.counts, (count, g) => {
    // No prototype, so that a candidate named "__proto__" is an ordinary key.
    const grades: Record<string, number> = Object.create(null) as Record<string, number>;
    profile.candidates.forEach((name, c) => (grades[name] = profile.grades[g * m + c]));
    return { grades, count };
  });
}
