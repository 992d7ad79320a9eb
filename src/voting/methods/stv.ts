/**
 * Single transferable vote, Scottish rules (weighted inclusive Gregory, Scottish Local
 * Government Elections Order 2007), docs/voting-rules.md §6.1.
 * - Values are whole numbers of units of 1/100000 (five decimals), truncated, never rounded.
 * - Quota (Droop) = floor(v / (k + 1)) + 1, v = the non-empty ballots.
 * - At the end of every stage, every continuing candidate whose total reaches the quota is
 *   elected. Then, if the continuing candidates are no more than the seats left, they are
 *   all elected. Otherwise the largest untransferred surplus is transferred: every ballot
 *   the candidate holds passes to its next continuing preference at value × surplus / total
 *   (truncated), and the candidate keeps exactly the quota. With no surplus left, the
 *   continuing candidate with the fewest votes is excluded and its ballots pass on at their
 *   current values. Ballots with no continuing preference left are non-transferable; the
 *   value lost by truncation is shown apart ("lost").
 * - Ties (fewest votes, or equal surpluses) look back at the stages before, most recent
 *   first, keeping the tied candidates with the fewest (resp. most) votes there, until one is
 *   left. A tie that never separates follows options.tieBreak: 'lot' (and 'official', whose
 *   own rule is this look-back) draws with createRng(options.seed), the seed being shown;
 *   'none' (default) never draws:
 *     · equal surpluses are transferred together in one stage (each at its own ratio);
 *     · candidates tied for exclusion are excluded together when the continuing candidates
 *       left would still be at least the seats left; otherwise the other continuing
 *       candidates (ahead of them) are elected and the tied ones are reported in
 *       `tie` for the remaining seats (a lot could, rarely, have excluded one of those
 *       others instead: that is why the tie is shown, not hidden).
 * Incomplete ballots (docs/voting-rules.md §5): a ballot passes to its highest rank holding a
 * continuing candidate; if that rank holds several continuing candidates (an equal rank,
 * an overvote) the ballot becomes non-transferable there; an empty ballot is not counted in v.
 *
 * Not this: Irish Dáil rules (last-parcel transfers, random samples of papers), Meek's
 * method, the exclusive Gregory method, rounding instead of truncating, or deferring
 * surpluses. All arithmetic is on whole numbers (values ≤ 2^53).
 */
import { UNRANKED, type RankedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import { names, sortNames, step, type Result, type Step, type StepParams } from '../result.ts';
import { createRng, freshSeed, type Rng } from '../rng.ts';
import { checkSeats } from './apportionment.ts';

const UNIT = 100000;
const CONTINUING = 0;
const ELECTED = 1;
const EXCLUDED = 2;

/** floor(a × b / c) exactly, for whole a, b ≥ 0 and c > 0. */
export function mulDivFloor(a: number, b: number, c: number): number {
  const p = a * b;
  if (p > Number.MAX_SAFE_INTEGER) return Number((BigInt(a) * BigInt(b)) / BigInt(c));
  let q = Math.floor(p / c);
  while (q * c > p) q--;
  while ((q + 1) * c <= p) q++;
  return q;
}

const show = (units: number): number => units / UNIT; // display only

class Count {
  readonly m: number;
  readonly state: Uint8Array;
  readonly votes: Float64Array; // units
  readonly value: Float64Array; // per group, units
  // Each candidate's pile: a list of groups in order of arrival, linked through `next`
  // (typed arrays: moving a ballot allocates nothing, whatever the size of the election).
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly next: Int32Array;
  readonly history: Float64Array[] = [];
  nonTransferable = 0;
  lost = 0;

  constructor(readonly profile: RankedProfile) {
    const g = profile.counts.length;
    this.m = profile.candidates.length;
    this.state = new Uint8Array(this.m);
    this.votes = new Float64Array(this.m);
    this.value = new Float64Array(g).fill(UNIT);
    this.first = new Int32Array(this.m).fill(-1);
    this.last = new Int32Array(this.m).fill(-1);
    this.next = new Int32Array(g).fill(-1);
  }

  /**
   * Gives group g, at its current value, to its next continuing preference: its highest
   * rank holding a continuing candidate (every candidate it ranked higher has left). Read on
   * the rank vector, one contiguous array, rather than the scattered tier lists.
   */
  place(g: number, delta: Float64Array): number {
    const { state, m } = this;
    const { ranks } = this.profile;
    const units = this.profile.counts[g] * this.value[g];
    let best = UNRANKED;
    let who = -1;
    let many = false;
    for (let c = 0, at = g * m; c < m; c++, at++) {
      if (state[c] !== CONTINUING) continue;
      const r = ranks[at];
      if (r < best) {
        best = r;
        who = c;
        many = false;
      } else if (r === best && r !== UNRANKED) many = true;
    }
    if (who < 0 || many) {
      // No continuing preference, or an equal rank among continuing candidates.
      this.nonTransferable += units;
      return 0;
    }
    this.next[g] = -1;
    if (this.last[who] < 0) this.first[who] = g;
    else this.next[this.last[who]] = g;
    this.last[who] = g;
    this.votes[who] += units;
    delta[who] += units;
    return units;
  }

  /** Empties c's pile and returns its first group (follow `next` before placing each one). */
  private takePile(c: number): number {
    const g = this.first[c];
    this.first[c] = this.last[c] = -1;
    return g;
  }

  /**
   * Passes on every ballot c holds, each at value × surplus / total (truncated), in order of
   * arrival; returns the units passed (ballots that go nowhere included).
   */
  transfer(c: number, surplus: number, total: number, delta: Float64Array): number {
    const { value, next } = this;
    const { counts } = this.profile;
    let passed = 0;
    for (let g = this.takePile(c); g >= 0;) {
      const after = next[g];
      value[g] = mulDivFloor(value[g], surplus, total);
      passed += counts[g] * value[g];
      this.place(g, delta);
      g = after;
    }
    return passed;
  }

  /** Passes on every ballot c holds at its current value (c was excluded). */
  release(c: number, delta: Float64Array): void {
    for (let g = this.takePile(c); g >= 0;) {
      const after = this.next[g];
      this.place(g, delta);
      g = after;
    }
  }

  continuing(): number[] {
    const out: number[] = [];
    for (let c = 0; c < this.m; c++) if (this.state[c] === CONTINUING) out.push(c);
    return out;
  }

  /**
   * Narrows a tie by the stages before the current one, most recent first: at each stage
   * only the tied candidates with the fewest (highest: most) votes there stay tied.
   * `stage` is the last (earliest) stage that narrowed the tie, if any did.
   */
  lookBack(tied: number[], highest: boolean): { kept: number[]; stage?: number } {
    let kept = tied;
    let stage: number | undefined;
    for (let s = this.history.length - 2; s >= 0 && kept.length > 1; s--) {
      const h = this.history[s];
      let best = h[kept[0]];
      for (const c of kept) best = highest ? Math.max(best, h[c]) : Math.min(best, h[c]);
      const next = kept.filter((c) => h[c] === best);
      if (next.length < kept.length) {
        kept = next;
        stage = s + 1;
      }
    }
    return { kept, stage };
  }
}

export const stv = defineMethod({
  info: {
    id: 'stv',
    name: { fr: 'Vote unique transférable (règles écossaises)', en: 'Single transferable vote (Scottish rules)' },
    description: {
      fr: 'On classe les candidats ; qui atteint le quota est élu, ses voix en trop et celles des éliminés passent au choix suivant.',
      en: 'You rank the candidates; whoever reaches the quota is elected, and extra votes and those of the knocked-out pass to the next choice.',
    },
    ballot: 'ranked',
    family: 'proportional',
    winners: 'multi',
    // A stage per candidate, each showing every candidate's votes and status (docs/voting-rules.md §10).
    maxCandidates: 1000,
    maxSeats: 'candidates',
    // One seat: the Droop quota is a strict majority, so a majority's favourite wins at stage
    // 1; a Pareto-dominated candidate never holds a ballot while its dominator continues.
    // Not condorcet-loser: tied candidates excluded together can leave it alone. Not
    // proportionality (for solid coalitions) either, for the same reason under tieBreak 'none':
    // 3 FECDAB, 5 CEDABF, 5 CDEAFB, 2 seats (quota 5) elects C and F although 10 voters put C, D,
    // E first; D and E, tied at every stage, are excluded together (a lot elects C and D or E).
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto'],
  },
  count(profile: RankedProfile, options?: CountOptions): Result {
    const seats = checkSeats(options);
    const { candidates, counts, tiers } = profile;
    const policy = options?.tieBreak ?? 'none';
    let rng: Rng | undefined;
    const draw = (): Rng => (rng ??= createRng(options?.seed ?? freshSeed()));
    const k = new Count(profile);
    const { m, state, votes } = k;
    const steps: Step[] = [];
    const elected: number[] = [];
    const pending: number[] = [];
    let tie: Result['tie'];

    let valid = 0;
    for (let g = 0; g < counts.length; g++) if (tiers[g].length > 0) valid += counts[g];
    const quota = Math.floor(valid / (seats + 1)) + 1;
    const quotaUnits = quota * UNIT;
    steps.push(step('stv.quota', { valid, empty: profile.voters - valid, seats, quota }));

    const record = (
      kind: string,
      from: number[],
      delta: Float64Array,
      ntBefore: number,
      lostBefore: number,
      extra: StepParams = {},
    ): void => {
      k.history.push(Float64Array.from(votes));
      const transfers: Record<string, number> = {};
      delta.forEach((d, c) => {
        if (d !== 0) transfers[candidates[c]] = show(d);
      });
      const status: Record<string, string> = {};
      const shown: Record<string, number> = {};
      candidates.forEach((name, c) => {
        shown[name] = show(votes[c]);
        status[name] = ['continuing', 'elected', 'excluded'][state[c]];
      });
      steps.push(
        step('stv.stage', {
          stage: k.history.length,
          kind,
          from: from.map((c) => candidates[c]),
          votes: shown,
          status,
          transfers,
          nonTransferable: show(k.nonTransferable - ntBefore),
          nonTransferableTotal: show(k.nonTransferable),
          lost: show(k.lost - lostBefore),
          lostTotal: show(k.lost),
          quota,
          ...extra,
        }),
      );
    };
    // Order of election among candidates elected together: more votes, then the stages
    // before, then code-unit order (the order does not change who is elected).
    const byVotes = (list: number[]): number[] =>
      [...list].sort((a, b) => {
        if (votes[a] !== votes[b]) return votes[b] - votes[a];
        for (let s = k.history.length - 2; s >= 0; s--) {
          const h = k.history[s];
          if (h[a] !== h[b]) return h[b] - h[a];
        }
        return candidates[a] < candidates[b] ? -1 : 1;
      });
    const elect = (list: number[], key: 'stv.elected' | 'stv.lastSeats'): void => {
      const ordered = byVotes(list);
      for (const c of ordered) {
        state[c] = ELECTED;
        elected.push(c);
        if (votes[c] > quotaUnits) pending.push(c);
      }
      if (ordered.length > 0) {
        steps.push(
          step(key, {
            elected: ordered.map((c) => candidates[c]),
            votes: ordered.map((c) => show(votes[c])),
            stage: k.history.length,
            count: ordered.length,
          }),
        );
      }
    };
    /** Settles a tie that the look-back left; returns the chosen candidates, or undefined under 'none'. */
    const settle = (tied: number[], purpose: 'exclusion' | 'surplus'): number[] | undefined => {
      if (policy === 'none') return undefined;
      const r = draw();
      const chosen = tied[r.below(tied.length)];
      steps.push(step('stv.lot', { tied: names(candidates, tied), chosen: candidates[chosen], seed: r.seed, purpose }));
      return [chosen];
    };
    const narrow = (tied: number[], highest: boolean, purpose: 'exclusion' | 'surplus'): number[] => {
      if (tied.length === 1) return tied;
      const { kept, stage } = k.lookBack(tied, highest);
      if (stage !== undefined) {
        steps.push(
          step('stv.tieLookBack', { tied: names(candidates, tied), kept: names(candidates, kept), stage, purpose }),
        );
      }
      if (kept.length === 1) return kept;
      steps.push(step('stv.tieNeverSeparated', { tied: names(candidates, kept), purpose }));
      return settle(kept, purpose) ?? kept;
    };

    // Stage 1: first preferences.
    const delta0 = new Float64Array(m);
    for (let g = 0; g < counts.length; g++) if (tiers[g].length > 0) k.place(g, delta0);
    const firstPreferences = Float64Array.from(votes, (u) => u / UNIT);
    record('first', [], delta0, 0, 0);

    for (;;) {
      elect(
        k.continuing().filter((c) => votes[c] >= quotaUnits),
        'stv.elected',
      );
      if (elected.length >= seats) break;
      const cont = k.continuing();
      if (cont.length <= seats - elected.length) {
        elect(cont, 'stv.lastSeats');
        break;
      }
      const delta = new Float64Array(m);
      const ntBefore = k.nonTransferable;
      const lostBefore = k.lost;
      if (pending.length > 0) {
        const top = Math.max(...pending.map((c) => votes[c]));
        const chosen = narrow(
          pending.filter((c) => votes[c] === top),
          true,
          'surplus',
        );
        if (chosen.length > 1) steps.push(step('stv.surplusTogether', { names: names(candidates, chosen) }));
        const ratios: Record<string, number> = {};
        const surpluses: Record<string, number> = {};
        for (const c of chosen) {
          ratios[candidates[c]] = mulDivFloor(UNIT, votes[c] - quotaUnits, votes[c]) / UNIT;
          surpluses[candidates[c]] = show(votes[c] - quotaUnits);
        }
        steps.push(
          step('stv.surplus', { names: names(candidates, chosen), surplus: surpluses, transferValue: ratios }),
        );
        for (const c of chosen) {
          pending.splice(pending.indexOf(c), 1);
          const total = votes[c];
          const surplus = total - quotaUnits;
          votes[c] = quotaUnits;
          delta[c] -= surplus;
          const passed = k.transfer(c, surplus, total, delta);
          k.lost += surplus - passed;
        }
        record('surplus', chosen, delta, ntBefore, lostBefore, { surplus: surpluses, transferValue: ratios });
        continue;
      }
      let low = Infinity;
      for (const c of cont) low = Math.min(low, votes[c]);
      const lowest = cont.filter((c) => votes[c] === low);
      const out = narrow(lowest, false, 'exclusion');
      if (out.length > 1) {
        const tied = out;
        const left = seats - elected.length;
        if (cont.length - tied.length < left) {
          // Excluding them all would leave too few: the others (ahead of them now or at an
          // earlier stage) are elected, and the tied ones are reported for the seats left.
          elect(
            cont.filter((c) => !tied.includes(c)),
            'stv.lastSeats',
          );
          tie = { tied: names(candidates, tied), places: seats - elected.length };
          steps.push(step('stv.tie', { tied: tie.tied, places: tie.places }));
          break;
        }
        steps.push(step('stv.excludedTogether', { names: names(candidates, tied) }));
      }
      for (const c of out) {
        state[c] = EXCLUDED;
        delta[c] -= votes[c];
        votes[c] = 0;
      }
      for (const c of out) k.release(c, delta);
      steps.push(step('stv.excluded', { names: names(candidates, out), votes: show(low), count: out.length }));
      record('exclusion', out, delta, ntBefore, lostBefore);
    }

    const electedNames = elected.map((c) => candidates[c]);
    steps.push(step('stv.result', { elected: electedNames, seats }));
    const result: Result = {
      method: 'stv',
      candidates,
      winners: sortNames([...electedNames, ...(tie?.tied ?? [])]),
      seats,
      elected: electedNames,
      // First preferences: the figure a chart of the first stage shows (the whole stage
      // table is in the steps).
      scores: Object.fromEntries(candidates.map((name, c) => [name, firstPreferences[c]])),
      steps,
      ...(tie ? { tie } : {}),
      ...(rng ? { seed: rng.seed } : {}),
    };
    return result;
  },
});
