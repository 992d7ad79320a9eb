/**
 * A fast ranked-profile builder for big files. It gives exactly what rankedProfile() in
 * ballots.ts gives (same groups in the same order, same tiers, ranks and flags: build.test.ts
 * checks it on random ballots) but allocates little: a ballot is written as candidate indices
 * into one scratch buffer, its group key is made in one go, and tiers are only allocated for
 * a new distinct ballot. Meath 2002 (25,101 distinct rankings) then loads well under a second
 * even on a busy machine, where the garbage collector dominates.
 */
import { UNRANKED, checkCandidates, rankedProfile, type RankedBallotInput, type RankedProfile } from '../ballots.ts';
import { MAX_VOTERS, cellsFit, cellsLimitError, votersLimitError } from '../limits.ts';
import { VotingError } from '../errors.ts';
import { MAX_GROUPS } from './types.ts';

const SEPARATOR = 0xffff; // between tiers; candidate indices stay below UNRANKED = 0xffff

/** One distinct ballot more than a file may hold (MAX_GROUPS); the readers add the file and line. */
class GroupsLimitError extends VotingError {
  constructor(groups: number, limit: number) {
    super('io.file.groupsLimit', `more than ${limit} different ballots (${groups})`, { groups, limit });
  }
}

export class RankedBuilder {
  private readonly m: number;
  private readonly groupOf = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly tiersList: (readonly number[])[][] = [];
  /** The tier [c] of each candidate c, shared by every group that ranks c alone at some level. */
  private readonly alone: (readonly number[])[] = [];
  private readonly buffer: Uint16Array;
  private readonly seen: Int32Array;
  private length = 0;
  private tierStart = 0;
  private ranked = 0;
  private levels = 0;
  private ballot = 1;
  private voters = 0;
  private complete = true;

  constructor(
    private readonly candidates: readonly string[],
    private readonly maxGroups = MAX_GROUPS,
  ) {
    checkCandidates(candidates);
    this.m = candidates.length;
    this.buffer = new Uint16Array(2 * this.m + 1);
    this.seen = new Int32Array(this.m);
  }

  /** Adds candidate c to the current tier; false if c is already on this ballot. */
  add(c: number): boolean {
    if (this.seen[c] === this.ballot) return false;
    this.seen[c] = this.ballot;
    this.buffer[this.length++] = c;
    return true;
  }

  /** Closes the current tier (an empty tier is dropped, as in rankedProfile). */
  endTier(): void {
    const size = this.length - this.tierStart;
    if (size === 0) return;
    if (size > 1) this.buffer.subarray(this.tierStart, this.length).sort();
    this.buffer[this.length++] = SEPARATOR;
    this.tierStart = this.length;
    this.ranked += size;
    this.levels++;
  }

  /**
   * Ends the ballot (call endTier first) with its count, a positive safe integer. Throws the
   * engine's limit errors (error.votersLimit, error.tooManyCells) before anything grows past
   * MAX_VOTERS or MAX_CELLS (docs/voting-rules.md §10); the readers add the file and the line.
   */
  endBallot(count: number): void {
    if (this.voters + count > MAX_VOTERS) {
      this.discardBallot();
      throw votersLimitError(this.voters + count);
    }
    let key = '';
    for (let i = 0; i < this.length; i += 8192) {
      // In slices: a call with too many arguments overflows the stack (65,000 candidates).
      key += String.fromCharCode.apply(
        null,
        this.buffer.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[],
      );
    }
    const g = this.groupOf.get(key);
    if (g === undefined) {
      if (this.counts.length >= this.maxGroups) {
        this.discardBallot();
        throw new GroupsLimitError(this.counts.length + 1, this.maxGroups);
      }
      if (!cellsFit(this.counts.length + 1, this.m)) {
        this.discardBallot();
        throw cellsLimitError(this.counts.length + 1, this.m);
      }
      this.groupOf.set(key, this.counts.length);
      this.counts.push(count);
      // Arrays of the exact size, and one shared array per candidate alone in a tier (the
      // tiers are read-only): a million groups then cost tens of megabytes, not gigabytes.
      const tiers = new Array<readonly number[]>(this.levels);
      for (let i = 0, level = 0, start = 0; i < this.length; i++) {
        if (this.buffer[i] !== SEPARATOR) continue;
        if (i - start === 1) {
          const c = this.buffer[start];
          tiers[level++] = this.alone[c] ??= Object.freeze([c]) as number[];
        } else {
          const tier = new Array<number>(i - start);
          for (let k = start; k < i; k++) tier[k - start] = this.buffer[k];
          tiers[level++] = tier;
        }
        start = i + 1;
      }
      this.tiersList.push(tiers);
    } else {
      this.counts[g] += count;
    }
    this.voters += count;
    if (this.ranked < this.m || this.levels !== this.ranked) this.complete = false;
    this.length = this.tierStart = this.ranked = this.levels = 0;
    this.ballot++;
  }

  /** Drops a ballot left half-written. */
  discardBallot(): void {
    this.length = this.tierStart = this.ranked = this.levels = 0;
    this.ballot++;
  }

  get totalVoters(): number {
    return this.voters;
  }

  build(): RankedProfile {
    const m = this.m;
    const ranks = new Uint16Array(this.tiersList.length * m).fill(UNRANKED);
    this.tiersList.forEach((tiers, g) => {
      tiers.forEach((tier, level) => {
        for (const c of tier) ranks[g * m + c] = level;
      });
    });
    return {
      kind: 'ranked',
      candidates: [...this.candidates],
      voters: this.voters,
      counts: Float64Array.from(this.counts),
      ranks,
      tiers: this.tiersList,
      complete: this.complete,
    };
  }
}

/**
 * rankedProfile() for parsed JSON. Anything irregular (unknown name, repeat, bad count...)
 * goes to rankedProfile() itself, which throws the engine's error with its path.
 */
export function rankedFromJson(candidates: unknown, ballots: unknown): RankedProfile {
  const slow = () => rankedProfile(candidates as readonly string[], ballots as readonly RankedBallotInput[]);
  if (!Array.isArray(candidates) || !Array.isArray(ballots)) return slow();
  // JSON is read whole, within its size limit: no group limit beyond the engine's cells.
  const builder = new RankedBuilder(candidates, Infinity);
  const index = new Map<string, number>();
  candidates.forEach((name: string, c) => index.set(name, c));
  for (const ballot of ballots as unknown[]) {
    if (typeof ballot !== 'object' || ballot === null) return slow();
    const { ranking, count } = ballot as { ranking?: unknown; count?: unknown };
    if (!Array.isArray(ranking) || typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)
      return slow();
    for (const entry of ranking as unknown[]) {
      if (typeof entry === 'string') {
        const c = index.get(entry);
        if (c === undefined || !builder.add(c)) return slow();
      } else {
        if (!Array.isArray(entry)) return slow();
        for (const name of entry as unknown[]) {
          const c = typeof name === 'string' ? index.get(name) : undefined;
          if (c === undefined || !builder.add(c)) return slow();
        }
      }
      builder.endTier();
    }
    try {
      builder.endBallot(count);
    } catch {
      return slow(); // past a limit: the engine's error, with the path of the ballot
    }
  }
  return builder.build();
}
