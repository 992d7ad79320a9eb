/**
 * What one moment of a count shows: a chart described as data. The frames builder
 * (frames.ts) derives one view per explanation step from the engine's Result; the drawing
 * modules (draw/*) turn a view into Phaser objects. Candidate ids, never names, live here.
 */
import type { Step } from '../../voting/result.ts';

export type Figures = Readonly<Record<string, number>>;
export type Grid = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What the numbers of a bar chart are, so the chart can say it ("votes", "points"...). */
export type Unit = 'votes' | 'points' | 'approvals' | 'sum' | 'lastPlaces' | 'seats' | 'score' | 'wins';

export interface BarsView {
  readonly kind: 'bars';
  readonly values: Figures;
  readonly unit: Unit;
  /** A line every bar is measured against (majority, quota), with what it is. */
  readonly line?: { readonly value: number; readonly label: 'majority' | 'quota' };
  readonly out: readonly string[];
  readonly elected: readonly string[];
  readonly winners: readonly string[];
  readonly round?: number;
  /** STV counts in stages (one transfer each), not rounds of voting. */
  readonly roundWord?: 'round' | 'stage';
  /** Fewer is better (last places): the chart says so. */
  readonly lowerIsBetter?: boolean;
  /** Ballots with no choice left among the options still in (instant runoff, Coombs, STV): their own pile. */
  readonly exhausted?: number;
  /** Ballots that just moved (transfers.ts): from whom, and how many each option received. */
  readonly transfers?: Transfers;
  /** Borda: where each option's points come from, rank by rank (chart-lines.ts says them). */
  readonly ranks?: RankPoints;
}

/** Per option, the ballots placing it alone at each position (0 = first), and those sharing a rank with their points. */
export interface RankPoints {
  readonly byRank: Readonly<Record<string, readonly number[]>>;
  readonly shared: Figures;
  readonly sharedPoints: Figures;
}

export interface Transfers {
  /** The options whose ballots moved (eliminated, or elected with a surplus). */
  readonly from: readonly string[];
  /** Ballots (or STV's fractional votes) each option received, receivers only. */
  readonly flows: Figures;
  /** Of the moved ballots, those with no next choice, which joined the exhausted pile. */
  readonly exhausted: number;
  /** Of the moved ballots, those whose next rank names several options still in (void this round). */
  readonly overvoted?: number;
}

export interface MatrixView {
  readonly kind: 'matrix';
  /** values[row][column]: voters preferring row to column, or path strengths. */
  readonly values: Grid;
  readonly mode: 'support' | 'strength';
  /** Rows to light up (a candidate's duels), and single cells (row, column). */
  readonly rows: readonly string[];
  readonly cells: readonly (readonly [string, string])[];
  readonly winners: readonly string[];
}

export interface DuelView {
  readonly kind: 'duel';
  readonly a: string;
  readonly b: string;
  readonly forA: number;
  readonly forB: number;
  readonly equal?: number;
  readonly winners: readonly string[];
  /** Which duel of how many (two-round and STAR may hold several). */
  readonly index: number;
}

type EdgeState = 'plain' | 'locked' | 'skipped' | 'path' | 'back';

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
  readonly state: EdgeState;
}

export interface GraphView {
  readonly kind: 'graph';
  readonly edges: readonly GraphEdge[];
  readonly winners: readonly string[];
  readonly focus?: string;
}

export interface MeritProfile {
  readonly name: string;
  /** Voters per grade, lowest grade first. */
  readonly counts: readonly number[];
  readonly median: number;
}

export interface MeritView {
  readonly kind: 'merit';
  readonly min: number;
  readonly max: number;
  readonly profiles: readonly MeritProfile[];
  readonly focus: readonly string[];
  readonly winners: readonly string[];
}

export interface SeatsView {
  readonly kind: 'seats';
  readonly total: number;
  /** Seats per list so far, and the order they were won in when the count gives it. */
  readonly seats: Figures;
  readonly order: readonly string[];
  readonly winners: readonly string[];
}

export interface TableView {
  readonly kind: 'table';
  /** Column headers as numbers (divisors), rows by list. */
  readonly columns: readonly number[];
  readonly rows: readonly { readonly name: string; readonly cells: readonly number[] }[];
  /** Seats shared out: that many of the largest quotients win one. */
  readonly seats: number;
  readonly winners: readonly string[];
}

export interface DrawView {
  readonly kind: 'draw';
  /** Who could be drawn, the seed, and who was drawn so far. */
  readonly pool: readonly string[];
  readonly seed?: string;
  readonly drawn: readonly string[];
  readonly places?: number;
  /** A tie announced before any draw. */
  readonly tie: boolean;
  /** A sortition's draws so far, each with its number in the pool left at that draw. */
  readonly draws?: readonly LotDraw[];
  readonly winners: readonly string[];
}

export interface LotDraw {
  /** Which draw (1, 2...), the number drawn, of how many names left, and the name it fell on. */
  readonly draw: number;
  readonly position: number;
  readonly pool: number;
  readonly name: string;
}

export interface PointsScaleView {
  readonly kind: 'scale';
  /** Points for the 1st, 2nd... place on a ballot (Borda). */
  readonly points: readonly number[];
}

export interface ListView {
  readonly kind: 'list';
  readonly tiers: readonly (readonly string[])[];
  /** The options in the running before anything is counted: no order, no number yet. */
  readonly unranked?: boolean;
  readonly winners: readonly string[];
}

export type CountView =
  | BarsView
  | MatrixView
  | DuelView
  | GraphView
  | MeritView
  | SeatsView
  | TableView
  | DrawView
  | PointsScaleView
  | ListView;

export interface CountFrame {
  readonly step: Step;
  readonly view: CountView;
  /** The step belongs to the tie-break, after the method's own count. */
  readonly tieBreak: boolean;
}
