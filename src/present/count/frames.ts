/**
 * From the engine's Result to the frames of an animated count: one frame per explanation step
 * (the method's steps, then the tie-break's), each with the chart it shows. Every figure comes
 * from the step's own parameters (the engine wrote them for exactly this), so a chart can never
 * say something the explanation does not. Steps with nothing new to draw keep the chart before.
 */
import { finalWinners, sortNames, type Result, type Step, type StepOf } from '../../voting/result.ts';
import { announced, stepBars } from './step-reading.ts';
import { stageTransfers, tracedTransfers } from './transfers.ts';
import { pairwiseView, type PairwiseState } from './frames-pairwise.ts';
import type { CountFrame, CountView, Figures, LotDraw, MeritProfile, RankPoints } from './views.ts';

const nonEmptyFigures = (f: Figures): Figures | undefined => (Object.keys(f).length > 0 ? f : undefined);

/** Borda's points rank by rank, as the engine wrote them. */
const rankPoints = (p: StepOf<'borda.points'>['params']): RankPoints => ({
  byRank: p.byRank,
  shared: p.shared,
  sharedPoints: p.sharedPoints,
});

class FrameBuilder {
  private view: CountView | undefined;
  private readonly out = new Set<string>();
  private elected: string[] = [];
  private line: { value: number; label: 'majority' | 'quota' } | undefined;
  /** The duels' support and the ranked pairs' defeats, as the pairwise steps set them. */
  private readonly pairwise: PairwiseState = { support: undefined, edges: [] };
  private merit: { min: number; max: number; profiles: MeritProfile[] } = { min: 0, max: 0, profiles: [] };
  private seats: Record<string, number> = {};
  private bonus: { list: string; seats: number } | undefined;
  private pool: string[] = [];
  private drawn: string[] = [];
  private seed: string | undefined;
  private draws: LotDraw[] = [];
  private duels = 0;
  private announcedWinners: readonly string[] = [];

  constructor(private readonly result: Result) {}

  /** The view a step shows, or undefined to keep the one before. */
  private viewFor(step: Step): CountView | undefined {
    const winners: string[] = [];
    const pairwise = pairwiseView(step, this.pairwise, this.view);
    if (pairwise !== 'other') return pairwise;
    switch (step.key) {
      case 'dhondt.order':
      case 'sainte-lague.order':
      case 'french-municipal.order':
        return this.seatsInOrder(step.params.order);
      case 'borda.scale':
        return {
          kind: 'scale',
          points: Array.from({ length: Math.max(0, step.params.count) }, (_, i) => step.params.top - i),
        };
      case 'majority-judgment.grades':
        this.merit = { min: step.params.min, max: step.params.max, profiles: [] };
        return { kind: 'merit', ...this.merit, profiles: [], focus: [], winners };
      case 'majority-judgment.merit':
        this.merit.profiles = [
          ...this.merit.profiles,
          { name: step.params.name, counts: [...step.params.counts], median: step.params.median },
        ];
        return { kind: 'merit', ...this.merit, focus: [step.params.name], winners };
      case 'majority-judgment.gauge':
        return { kind: 'merit', ...this.merit, focus: [step.params.name], winners };
      case 'majority-judgment.bestMedian':
        return { kind: 'merit', ...this.merit, focus: [...step.params.tied], winners };
      case 'two-round.runoff':
      case 'two-round.runoffTie': {
        this.duels++;
        const { a, b, forA, forB } = step.params;
        const w = step.key === 'two-round.runoff' ? [step.params.winner] : [a, b];
        return { kind: 'duel', a, b, forA, forB, winners: w, index: this.duels };
      }
      case 'star.runoff':
      case 'star.tieRunoffPreference':
      case 'star.tieRunoffScore':
      case 'star.tieRunoffFives':
      case 'star.tieRunoffUnbroken': {
        this.duels++;
        const { x, y, forX, forY } = step.params;
        const w = step.params.winners.length > 0 ? [...step.params.winners] : [x, y];
        return {
          kind: 'duel',
          a: x,
          b: y,
          forA: forX,
          forB: forY,
          equal: step.key === 'star.runoff' ? step.params.equal : undefined,
          winners: w,
          index: this.duels,
        };
      }
      case 'stv.quota':
        this.line = { value: step.params.quota, label: 'quota' };
        return undefined;
      case 'bucklin.quota':
        this.line = { value: step.params.quota, label: 'majority' };
        return undefined;
      case 'largest-remainder.quota':
        this.line = undefined;
        return undefined;
      case 'stv.stage':
        return this.stage(step.params);
      case 'irv.eliminated':
      case 'coombs.eliminated':
      case 'baldwin.eliminated':
      case 'nanson.eliminated':
        return this.leaveOut(step.params.eliminated);
      case 'stv.excluded':
        return this.leaveOut(step.params.names);
      case 'dhondt.threshold':
      case 'sainte-lague.threshold':
      case 'largest-remainder.threshold':
      case 'french-municipal.threshold':
        return this.leaveOut(step.params.excluded);
      case 'approval.threshold':
      case 'bloc-approval.threshold':
      case 'approval.ballots':
      case 'bloc-approval.ballots':
        return this.leaveOut([]);
      case 'stv.elected':
      case 'stv.lastSeats':
      case 'bloc-plurality.elected':
      case 'bloc-approval.elected':
        this.elected = [...this.elected, ...step.params.elected];
        return this.view?.kind === 'bars' ? { ...this.view, elected: this.elected } : undefined;
      case 'dhondt.quotients':
      case 'sainte-lague.quotients':
      case 'french-municipal.quotients': {
        const { divisors, table } = step.params;
        return {
          kind: 'table',
          columns: [...divisors],
          rows: Object.entries(table).map(([n, cells]) => ({ name: n, cells: [...cells] })),
          seats: this.result.seats,
          winners,
        };
      }
      case 'dhondt.seats':
      case 'sainte-lague.seats':
      case 'largest-remainder.seats':
      case 'french-municipal.seats': {
        const s = nonEmptyFigures(step.params.seats);
        if (!s) return undefined;
        this.seats = { ...s };
        return { kind: 'seats', total: this.result.seats, seats: this.seats, order: [], winners };
      }
      case 'largest-remainder.shares':
        if (nonEmptyFigures(step.params.whole)) this.seats = { ...step.params.whole };
        return { kind: 'seats', total: this.result.seats, seats: this.seats, order: [], winners };
      case 'french-municipal.bonus':
        this.bonus = { list: step.params.list, seats: step.params.bonus };
        return {
          kind: 'seats',
          total: this.result.seats,
          seats: { [this.bonus.list]: this.bonus.seats },
          order: [],
          winners,
        };
      case 'french-municipal.split': {
        const s = { ...step.params.proportional };
        if (this.bonus) s[this.bonus.list] = (s[this.bonus.list] ?? 0) + this.bonus.seats;
        this.seats = s;
        return { kind: 'seats', total: this.result.seats, seats: s, order: [], winners };
      }
      case 'tiebreak.tie':
      case 'stv.tie':
      case 'dhondt.tie':
      case 'sainte-lague.tie':
      case 'largest-remainder.tie':
      case 'french-municipal.tie':
      case 'bloc-plurality.tie':
      case 'bloc-approval.tie':
        this.pool = [...step.params.tied];
        this.drawn = [];
        return this.draw(true, step.params.places);
      case 'sortition.population':
        // The engine numbers the names in this order (code-unit order): the cards follow it.
        this.pool = sortNames(step.params.population);
        this.drawn = [];
        return this.draw(false, step.params.seats);
      case 'tiebreak.lot':
        this.pool = [...step.params.tied];
        this.seed = step.params.seed;
        return this.draw(false, step.params.places);
      case 'stv.lot':
        this.pool = [...step.params.tied];
        this.seed = step.params.seed;
        return this.draw(false);
      case 'sortition.seed':
      case 'sortition.freshSeed':
      case 'random-ballot.seed':
      case 'tiebreak.lottery':
        this.seed = step.params.seed;
        return this.draw(false);
      case 'sortition.draw':
      case 'sortition.stratumDraw': {
        const { draw, position, pool, name } = step.params;
        this.draws = [...this.draws, { draw, position, pool, name }];
        this.drawn = [...this.drawn, name];
        return this.draw(false);
      }
      case 'tiebreak.draw':
        this.drawn = [...this.drawn, step.params.name];
        return this.draw(false);
    }
    const found = stepBars(step);
    if (!found) return undefined;
    if (found.quota !== undefined) this.line = { value: found.quota, label: 'majority' };
    const line = found.quota !== undefined || step.key === 'bucklin.round' ? this.line : undefined;
    // Ballots that ran out of choices leave the count: said as their own pile, never silently gone.
    const elimination = step.key === 'irv.round' || step.key === 'coombs.round';
    const exhausted = elimination && step.params.exhausted > 0 ? { exhausted: step.params.exhausted } : {};
    const traced = elimination && step.params.transferred ? tracedTransfers(step.params.transferred) : undefined;
    return {
      kind: 'bars',
      values: found.values,
      unit: found.unit,
      line,
      out: [...this.out],
      elected: this.elected,
      winners,
      round: found.round,
      lowerIsBetter: found.unit === 'lastPlaces',
      ...exhausted,
      ...(traced ? { transfers: traced } : {}),
      ...(step.key === 'borda.points' ? { ranks: rankPoints(step.params) } : {}),
    };
  }

  /** Candidates out of the count from now on, crossed out on the bars. */
  private leaveOut(names: readonly string[]): CountView | undefined {
    for (const c of names) this.out.add(c);
    return this.view?.kind === 'bars' ? { ...this.view, out: [...this.out] } : undefined;
  }

  private seatsInOrder(order: readonly string[]): CountView {
    // The majority bonus, once given, stays in the chamber while the other seats are shared.
    const seats: Record<string, number> = this.bonus ? { [this.bonus.list]: this.bonus.seats } : {};
    for (const l of order) seats[l] = (seats[l] ?? 0) + 1;
    this.seats = seats;
    return { kind: 'seats', total: this.result.seats, seats, order, winners: [] };
  }

  private stage(p: StepOf<'stv.stage'>['params']): CountView | undefined {
    const values = nonEmptyFigures(p.votes);
    if (!values) return undefined;
    for (const [c, s] of Object.entries(p.status)) if (s === 'excluded') this.out.add(c);
    const elected = Object.entries(p.status)
      .filter(([, s]) => s === 'elected')
      .map(([c]) => c);
    const transfers = stageTransfers(p);
    this.elected = [
      ...this.elected.filter((c) => elected.includes(c)),
      ...elected.filter((c) => !this.elected.includes(c)),
    ];
    return {
      kind: 'bars',
      values,
      unit: 'votes',
      line: { value: p.quota, label: 'quota' },
      out: [...this.out],
      elected: this.elected,
      winners: [],
      round: p.stage,
      roundWord: 'stage',
      // Ballots with no next choice leave the count: STV's pile, as instant runoff's.
      ...(p.nonTransferableTotal > 0 ? { exhausted: p.nonTransferableTotal } : {}),
      ...(transfers ? { transfers } : {}),
    };
  }

  private draw(tie: boolean, places?: number): CountView {
    return {
      kind: 'draw',
      pool: this.pool.length > 0 ? this.pool : this.result.candidates,
      seed: this.seed,
      drawn: this.drawn,
      places,
      tie,
      winners: [],
      ...(this.draws.length > 0 ? { draws: this.draws } : {}),
    };
  }

  /**
   * Before any chart: the options in the running, in no order and with no figure. Never the
   * final scores or ranking: the first step must not already tell how the count ends.
   */
  private opening(): CountView {
    return { kind: 'list', tiers: this.result.candidates.map((c) => [c]), winners: [], unranked: true };
  }

  frame(step: Step, tieBreak: boolean): CountFrame {
    const told = announced(step);
    if (told) this.announcedWinners = told;
    const next = this.viewFor(step) ?? this.view ?? this.opening();
    if (told && next.kind === 'draw' && this.drawn.length === 0) this.drawn = [...told];
    const view = next.kind === 'draw' ? { ...next, drawn: this.drawn } : next;
    // A duel shows who won that duel; every other chart shows the winners announced so far.
    this.view =
      'winners' in view && view.kind !== 'duel' ? ({ ...view, winners: this.announcedWinners } as CountView) : view;
    return { step, view: this.view, tieBreak };
  }
}

/** The frames of a count: the method's own steps, then the tie-break's, each with its chart. */
export function countFrames(result: Result): CountFrame[] {
  const builder = new FrameBuilder(result);
  const frames = result.steps.map((s) => builder.frame(s, false));
  for (const s of result.tieBreak?.steps ?? []) frames.push(builder.frame(s, true));
  // Methods whose last step states seats rather than winners still end on who won.
  const last = frames[frames.length - 1];
  if (last && 'winners' in last.view && last.view.winners.length === 0) {
    frames[frames.length - 1] = { ...last, view: { ...last.view, winners: finalWinners(result) } as CountView };
  }
  return frames;
}
