/**
 * From the engine's Result to the frames of an animated count: one frame per explanation step
 * (the method's steps, then the tie-break's), each with the chart it shows. Every figure comes
 * from the step's own parameters (the engine wrote them for exactly this), so a chart can never
 * say something the explanation does not. Steps with nothing new to draw keep the chart before.
 */
import { finalWinners, type Param, type Result, type Step, type StepParams } from '../../voting/result.ts';
import type { CountFrame, CountView, Figures, GraphEdge, Grid, MeritProfile, Unit } from './views.ts';

/** Parameters that carry a bar chart's figures, in the order they are looked for. */
const FIGURE_PARAMS: readonly (readonly [string, Unit])[] = [
  ['votes', 'votes'],
  ['points', 'points'],
  ['sums', 'sum'],
  ['approvals', 'approvals'],
  ['totals', 'votes'],
  ['lastVotes', 'lastPlaces'],
  ['scores', 'score'],
];

const isRecord = (v: Param | undefined): v is { readonly [key: string]: Param } => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: Param | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const num = (v: Param | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

function figures(v: Param | undefined): Figures | undefined {
  if (!isRecord(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length === 0 || !entries.every(([, x]) => typeof x === 'number')) return undefined;
  return Object.fromEntries(entries) as Figures;
}

function grid(v: Param | undefined): Grid | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, Figures> = {};
  for (const [row, cells] of Object.entries(v)) {
    const f = figures(cells);
    if (!f) return undefined;
    out[row] = f;
  }
  return out;
}

/** The winners a step announces, if it announces some. */
function announced(key: string, p: StepParams): string[] | undefined {
  const suffix = key.slice(key.indexOf('.') + 1);
  if (!/^(winners?|result|found|chosen|majority|gaugeWinner|gaugeTie|orderWinners|drawn|condorcet)$/.test(suffix)) return undefined;
  for (const name of ['winners', 'winner', 'elected', 'chosen', 'loser']) {
    const l = list(p[name]);
    if (l.length > 0) return l;
  }
  return undefined;
}

class FrameBuilder {
  private view: CountView | undefined;
  private readonly out = new Set<string>();
  private elected: string[] = [];
  private line: { value: number; label: 'majority' | 'quota' } | undefined;
  private support: Grid | undefined;
  private edges: GraphEdge[] = [];
  private merit: { min: number; max: number; profiles: MeritProfile[] } = { min: 0, max: 0, profiles: [] };
  private seats: Record<string, number> = {};
  private bonus: { list: string; seats: number } | undefined;
  private pool: string[] = [];
  private drawn: string[] = [];
  private seed: string | undefined;
  private duels = 0;
  private announcedWinners: readonly string[] = [];

  constructor(private readonly result: Result) {}

  /** The view a step shows, or undefined to keep the one before. */
  private viewFor(step: Step): CountView | undefined {
    const p = step.params;
    const dot = step.key.indexOf('.');
    const method = step.key.slice(0, dot);
    const name = step.key.slice(dot + 1);
    const winners: string[] = [];

    switch (name) {
      case 'matrix':
        this.support = grid(p.support);
        return this.support ? { kind: 'matrix', values: this.support, mode: 'support', rows: [], cells: [], winners } : undefined;
      case 'duels':
      case 'fails':
      case 'escapes':
      case 'unbeaten':
        if (method === 'schulze' && this.view?.kind === 'matrix') return { ...this.view, rows: list(p.name), cells: [] };
        return this.support ? { kind: 'matrix', values: this.support, mode: 'support', rows: list(p.name), cells: [], winners } : undefined;
      case 'worst':
        return this.support ? { kind: 'matrix', values: this.support, mode: 'support', rows: [], cells: list(p.by).map((b) => [b, String(p.name)] as const), winners } : undefined;
      case 'paths': {
        const strengths = grid(p.strengths);
        return strengths ? { kind: 'matrix', values: strengths, mode: 'strength', rows: [], cells: [], winners } : undefined;
      }
      case 'beaten':
        return { kind: 'graph', edges: [...this.path(list(p.path), 'path'), ...this.path(list(p.back), 'back')], winners, focus: String(p.name) };
      case 'defeats':
        this.edges = (Array.isArray(p.defeats) ? p.defeats : []).filter(isRecord).map((d) => ({ from: String(d.winner), to: String(d.loser), weight: num(d.margin) ?? 0, state: 'plain' as const }));
        return { kind: 'graph', edges: this.edges, winners };
      case 'lock':
      case 'skip':
        this.edges = this.edges.map((e) => (e.from === p.winner && e.to === p.loser ? { ...e, state: name === 'lock' ? 'locked' : 'skipped' } : e));
        return { kind: 'graph', edges: this.edges, winners, focus: String(p.winner) };
      case 'chain':
        return { kind: 'list', tiers: Array.isArray(p.tiers) ? p.tiers.map((tier) => list(tier)) : [], winners };
      case 'order':
      case 'oneOrder':
        if (method === 'kemeny-young') return { kind: 'list', tiers: list(p.order).map((c) => [c]), winners };
        return this.seatsInOrder(list(p.order));
      case 'scale':
        return { kind: 'scale', points: Array.from({ length: Math.max(0, num(p.count) ?? 0) }, (_, i) => (num(p.top) ?? 0) - i) };
      case 'grades':
        if (method !== 'majority-judgment') break;
        this.merit = { min: num(p.min) ?? 0, max: num(p.max) ?? 0, profiles: [] };
        return { kind: 'merit', ...this.merit, profiles: [], focus: [], winners };
      case 'merit':
        this.merit.profiles = [...this.merit.profiles, { name: String(p.name), counts: Array.isArray(p.counts) ? p.counts.map(Number) : [], median: num(p.median) ?? 0 }];
        return { kind: 'merit', ...this.merit, focus: [String(p.name)], winners };
      case 'gauge':
      case 'bestMedian':
        return { kind: 'merit', ...this.merit, focus: list(p.name ?? p.tied), winners };
      case 'runoff':
      case 'runoffTie':
      case 'tieRunoffPreference':
      case 'tieRunoffScore':
      case 'tieRunoffFives':
      case 'tieRunoffUnbroken': {
        this.duels++;
        const a = String(p.a ?? p.x);
        const b = String(p.b ?? p.y);
        const w = list(p.winners).length > 0 ? list(p.winners) : list(p.winner).length > 0 ? list(p.winner) : [a, b];
        return { kind: 'duel', a, b, forA: num(p.forA ?? p.forX) ?? 0, forB: num(p.forB ?? p.forY) ?? 0, equal: num(p.equal), winners: w, index: this.duels };
      }
      case 'quota':
        if (num(p.quota) !== undefined) this.line = { value: num(p.quota)!, label: method === 'stv' ? 'quota' : 'majority' };
        if (method === 'largest-remainder') this.line = undefined;
        break;
      case 'stage':
        return this.stage(p);
      case 'eliminated':
      case 'excluded':
        for (const c of list(p.eliminated ?? p.names)) this.out.add(c);
        return this.view?.kind === 'bars' ? { ...this.view, out: [...this.out] } : undefined;
      case 'threshold':
        for (const c of list(p.excluded)) this.out.add(c);
        return this.view?.kind === 'bars' ? { ...this.view, out: [...this.out] } : undefined;
      case 'elected':
      case 'lastSeats':
        this.elected = [...this.elected, ...list(p.elected)];
        return this.view?.kind === 'bars' ? { ...this.view, elected: this.elected } : undefined;
      case 'quotients': {
        const table = isRecord(p.table) ? p.table : {};
        return { kind: 'table', columns: Array.isArray(p.divisors) ? p.divisors.map(Number) : [], rows: Object.entries(table).map(([n, cells]) => ({ name: n, cells: Array.isArray(cells) ? cells.map(Number) : [] })), seats: this.result.seats, winners };
      }
      case 'seats': {
        const s = figures(p.seats);
        if (!s) break;
        this.seats = { ...s };
        return { kind: 'seats', total: this.result.seats, seats: this.seats, order: [], winners };
      }
      case 'shares': {
        const whole = figures(p.whole);
        if (whole) this.seats = { ...whole };
        return { kind: 'seats', total: this.result.seats, seats: this.seats, order: [], winners };
      }
      case 'bonus':
        this.bonus = { list: String(p.list), seats: num(p.bonus) ?? 0 };
        return { kind: 'seats', total: this.result.seats, seats: { [this.bonus.list]: this.bonus.seats }, order: [], winners };
      case 'split': {
        const s = { ...(figures(p.proportional) ?? {}) };
        if (this.bonus) s[this.bonus.list] = (s[this.bonus.list] ?? 0) + this.bonus.seats;
        this.seats = s;
        return { kind: 'seats', total: this.result.seats, seats: s, order: [], winners };
      }
      case 'tie':
      case 'population':
      case 'lot':
        this.pool = list(p.tied ?? p.population);
        this.seed = typeof p.seed === 'string' ? p.seed : this.seed;
        if (name !== 'lot') this.drawn = [];
        return this.draw(name === 'tie', num(p.places ?? p.seats));
      case 'seed':
      case 'freshSeed':
      case 'lottery':
        this.seed = typeof p.seed === 'string' ? p.seed : this.seed;
        return this.draw(false);
      case 'draw':
      case 'stratumDraw':
        this.drawn = [...this.drawn, String(p.name)];
        return this.draw(false);
    }
    const found = FIGURE_PARAMS.map(([param, unit]) => [figures(p[param]), unit] as const).find(([f]) => f !== undefined);
    if (found) {
      const [values, unit] = found;
      if (num(p.quota) !== undefined) this.line = { value: num(p.quota)!, label: 'majority' };
      const line = num(p.quota) !== undefined || method === 'bucklin' ? this.line : undefined;
      return { kind: 'bars', values: values!, unit, line, out: [...this.out], elected: this.elected, winners, round: num(p.round), lowerIsBetter: unit === 'lastPlaces' };
    }
    return undefined;
  }

  private path(names: readonly string[], state: 'path' | 'back'): GraphEdge[] {
    const out: GraphEdge[] = [];
    for (let i = 0; i + 1 < names.length; i++) {
      const [a, b] = [names[i], names[i + 1]];
      const weight = this.support ? (this.support[a]?.[b] ?? 0) - (this.support[b]?.[a] ?? 0) : 0;
      out.push({ from: a, to: b, weight, state });
    }
    return out;
  }

  private seatsInOrder(order: readonly string[]): CountView {
    const seats: Record<string, number> = {};
    for (const l of order) seats[l] = (seats[l] ?? 0) + 1;
    this.seats = seats;
    return { kind: 'seats', total: this.result.seats, seats, order, winners: [] };
  }

  private stage(p: StepParams): CountView | undefined {
    const values = figures(p.votes);
    if (!values) return undefined;
    const status = isRecord(p.status) ? p.status : {};
    for (const [c, s] of Object.entries(status)) if (s === 'excluded') this.out.add(c);
    const elected = Object.entries(status).filter(([, s]) => s === 'elected').map(([c]) => c);
    this.elected = [...this.elected.filter((c) => elected.includes(c)), ...elected.filter((c) => !this.elected.includes(c))];
    const quota = num(p.quota);
    return { kind: 'bars', values, unit: 'votes', line: quota === undefined ? undefined : { value: quota, label: 'quota' }, out: [...this.out], elected: this.elected, winners: [], round: num(p.stage), roundWord: 'stage' };
  }

  private draw(tie: boolean, places?: number): CountView {
    return { kind: 'draw', pool: this.pool.length > 0 ? this.pool : this.result.candidates, seed: this.seed, drawn: this.drawn, places, tie, winners: [] };
  }

  /** Before any chart: the method's main figure if it has one, else the candidates. */
  private opening(): CountView {
    const r = this.result;
    if (r.scores) return { kind: 'bars', values: r.scores, unit: 'score', out: [], elected: [], winners: [] };
    return { kind: 'list', tiers: r.ranking ?? [r.candidates], winners: [] };
  }

  frame(step: Step, tieBreak: boolean): CountFrame {
    const told = announced(step.key, step.params);
    if (told) this.announcedWinners = told;
    const next = this.viewFor(step) ?? this.view ?? this.opening();
    if (told && next.kind === 'draw' && this.drawn.length === 0) this.drawn = told;
    const view = next.kind === 'draw' ? { ...next, drawn: this.drawn } : next;
    // A duel shows who won that duel; every other chart shows the winners announced so far.
    this.view = 'winners' in view && view.kind !== 'duel' ? ({ ...view, winners: this.announcedWinners } as CountView) : view;
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
