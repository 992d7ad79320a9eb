/**
 * Every explanation step the engine writes, by key, with the exact shape of its parameters.
 * The screens (count charts, explanations, transcripts) read parameters through this map, so a
 * parameter renamed in a method is a compile error in every reader, not a chart that silently
 * goes blank. The French and English message tables are checked against the same keys
 * (src/i18n/messages/index.ts).
 */
import type { MethodId } from './method.ts';

/** One defeat of ranked pairs: who beats whom, by how much. */
type Defeat = { readonly winner: string; readonly loser: string; readonly margin: number };

/**
 * The ballots of the candidates who just left an elimination count, traced ballot by ballot:
 * how many went to each candidate still in, how many had no choice left (exhausted), how many
 * reached a rank shared by several candidates (overvoted: they count for nobody this round).
 */
export type Transferred = {
  readonly from: readonly string[];
  readonly to: Figures;
  readonly exhausted: number;
  readonly overvoted: number;
};

/** A figure per candidate (or list). */
type Figures = Readonly<Record<string, number>>;
/** A figure per ordered pair: row over column. */
type Grid = Readonly<Record<string, Figures>>;

/* eslint-disable @typescript-eslint/no-empty-object-type -- `{}`: a step with no parameters */
export type StepCatalogue = {
  'anti-plurality.lastPlaces': { lastVotes: Figures; noLast: number };
  'anti-plurality.noLast': { count: number };
  'anti-plurality.winners': { winners: readonly string[]; count: number; lastVotes: number };
  'approval.ballots': {};
  'approval.counts': { approvals: Figures; voters: number };
  'approval.nobody': { winners: readonly string[] };
  'approval.threshold': { threshold: number; min: number; max: number };
  'approval.winners': { winners: readonly string[]; approvals: number };
  'baldwin.allTied': { round: number; winners: readonly string[]; count: number; points: number };
  'baldwin.eliminated': { round: number; eliminated: readonly string[]; count: number; points: number };
  'baldwin.last': { round: number; winner: string };
  'baldwin.round': { round: number; top: number; points: Figures };
  'baldwin.winners': { winners: readonly string[]; count: number };
  'black.borda': { points: Figures };
  'black.condorcet': { winner: string };
  'black.matrix': { voters: number; support: Grid; margins: Grid };
  'black.noCondorcet': {};
  'black.winners': { winners: readonly string[]; count: number; points: number };
  'bloc-approval.ballots': {};
  'bloc-approval.elected': { elected: readonly string[]; totals: readonly number[]; count: number };
  'bloc-approval.threshold': { threshold: number; min: number; max: number };
  'bloc-approval.tie': { tied: readonly string[]; places: number; total: number };
  'bloc-approval.totals': { totals: Figures; seats: number; voters: number };
  'bloc-plurality.elected': { elected: readonly string[]; totals: readonly number[]; count: number };
  'bloc-plurality.tie': { tied: readonly string[]; places: number; total: number };
  'bloc-plurality.totals': { totals: Figures; seats: number; voters: number };
  'borda.incomplete': {};
  'borda.points': {
    points: Figures;
    /** Per candidate, the ballots placing it alone at each position (0 = first). */
    byRank: Readonly<Record<string, readonly number[]>>;
    /** Per candidate, the ballots where it shares its rank, and the points they gave. */
    shared: Figures;
    sharedPoints: Figures;
  };
  'borda.scale': { top: number; count: number };
  'borda.winners': { winners: readonly string[]; count: number; points: number };
  'bucklin.noMajority': { round: number; quota: number };
  'bucklin.quota': { quota: number; voters: number };
  'bucklin.reached': { round: number; reached: readonly string[]; count: number; quota: number };
  'bucklin.round': { round: number; votes: Figures };
  'bucklin.winners': { round: number; winners: readonly string[]; count: number; votes: number };
  'condorcet-loser.escapes': {
    name: string;
    against: readonly string[];
    wins: readonly string[];
    ties: readonly string[];
  };
  'condorcet-loser.found': { loser: string; rivals: number };
  'condorcet-loser.matrix': { voters: number; support: Grid; margins: Grid };
  'condorcet-loser.none': {};
  'condorcet-winner.fails': { name: string; by: readonly string[]; losses: readonly string[]; ties: readonly string[] };
  'condorcet-winner.found': { winner: string; rivals: number };
  'condorcet-winner.matrix': { voters: number; support: Grid; margins: Grid };
  'condorcet-winner.none': {};
  'coombs.allTied': { round: number; winners: readonly string[]; count: number; lastVotes: number };
  'coombs.eliminated': { round: number; eliminated: readonly string[]; count: number; lastVotes: number };
  'coombs.exhausted': { round: number; count: number };
  'coombs.lastPlaces': { round: number; lastVotes: Figures; noLast: number };
  'coombs.majority': { round: number; winner: string; votes: number; quota: number };
  'coombs.noLast': { round: number; count: number };
  'coombs.overvotes': { round: number; count: number };
  'coombs.round': {
    round: number;
    votes: Figures;
    quota: number;
    continuing: number;
    exhausted: number;
    overvotes: number;
    /** From round 2: where the ballots of the candidates who just left went, traced ballot by ballot. */
    transferred?: Transferred;
  };
  'coombs.winners': { winners: readonly string[]; count: number };
  'copeland.duels': {
    name: string;
    won: number;
    tied: number;
    lost: number;
    wins: readonly string[];
    ties: readonly string[];
    losses: readonly string[];
    score: number;
  };
  'copeland.matrix': { voters: number; support: Grid; margins: Grid };
  'copeland.winners': { winners: readonly string[]; count: number; score: number };
  'dhondt.noSeats': { valid: number };
  'dhondt.order': { order: readonly string[]; quotients: readonly number[] };
  'dhondt.quotients': { divisors: readonly number[]; table: Readonly<Record<string, readonly number[]>> };
  'dhondt.seats': { seats: Figures };
  'dhondt.threshold': { percent: number; eligible: readonly string[]; excluded: readonly string[] };
  'dhondt.tie': { tied: readonly string[]; places: number };
  'dhondt.tieVotes': { tied: readonly string[]; chosen: readonly string[] };
  'dhondt.votes': { votes: Figures; valid: number; overvotes: number; empty: number; seats: number };
  'french-municipal.bonus': { list: string; bonus: number; seats: number; round: 1 | 2; votes: number; valid: number };
  'french-municipal.bonusTie': { tied: readonly string[]; bonus: number; votes: number; round: 1 | 2 };
  'french-municipal.noSeats': { valid: number };
  'french-municipal.order': { order: readonly string[]; quotients: readonly number[] };
  'french-municipal.quotients': { divisors: readonly number[]; table: Readonly<Record<string, readonly number[]>> };
  'french-municipal.seats': { seats: Figures };
  'french-municipal.secondRound': { leaders: readonly string[]; votes: number; valid: number };
  'french-municipal.split': { bonus: number; proportional: Figures };
  'french-municipal.threshold': { percent: number; eligible: readonly string[]; excluded: readonly string[] };
  'french-municipal.tie': { tied: readonly string[]; places: number };
  'french-municipal.tieVotes': { tied: readonly string[]; chosen: readonly string[] };
  'french-municipal.votes': { votes: Figures; valid: number; overvotes: number; empty: number; seats: number };
  'irv.allTied': { round: number; winners: readonly string[]; count: number; votes: number };
  'irv.eliminated': { round: number; eliminated: readonly string[]; count: number; votes: number };
  'irv.exhausted': { round: number; count: number };
  'irv.majority': { round: number; winner: string; votes: number; quota: number };
  'irv.overvotes': { round: number; count: number };
  'irv.round': {
    round: number;
    votes: Figures;
    quota: number;
    continuing: number;
    exhausted: number;
    overvotes: number;
    /** From round 2: where the ballots of the candidates who just left went, traced ballot by ballot. */
    transferred?: Transferred;
  };
  'irv.tieBreakChosen': { chosen: readonly string[]; count: number };
  'irv.tieBreakNever': { candidates: readonly string[] };
  'irv.tieBreakRound': { round: number; votes: Figures };
  'irv.tieBreakStillTied': { stillTied: readonly string[]; count: number };
  'irv.winners': { winners: readonly string[]; count: number };
  'kemeny-young.firsts': { scores: Figures; best: number };
  'kemeny-young.matrix': { voters: number; support: Grid; margins: Grid };
  'kemeny-young.oneOrder': { score: number; order: readonly string[] };
  'kemeny-young.order': { score: number; order: readonly string[] };
  'kemeny-young.winners': { winners: readonly string[]; count: number; score: number };
  'largest-remainder.noSeats': { valid: number };
  'largest-remainder.quota': { votes: number; seats: number; quota: number };
  'largest-remainder.remainderSeats': { lists: readonly string[]; count: number };
  'largest-remainder.seats': { seats: Figures };
  'largest-remainder.shares': { whole: Figures; remainders: Figures };
  'largest-remainder.threshold': { percent: number; eligible: readonly string[]; excluded: readonly string[] };
  'largest-remainder.tie': { tied: readonly string[]; places: number };
  'largest-remainder.tieVotes': { tied: readonly string[]; chosen: readonly string[] };
  'largest-remainder.votes': { votes: Figures; valid: number; overvotes: number; empty: number; seats: number };
  'majority-judgment.bestMedian': { tied: readonly string[]; median: number };
  'majority-judgment.gauge': { name: string; median: number; p: number; q: number; key: number };
  'majority-judgment.gaugeTie': { winners: readonly string[]; key: number };
  'majority-judgment.gaugeWinner': { winners: readonly string[]; key: number };
  'majority-judgment.grades': { voters: number; min: number; max: number; position: number };
  'majority-judgment.merit': { name: string; counts: readonly number[]; min: number; median: number };
  'majority-judgment.noVoters': { winners: readonly string[] };
  'majority-judgment.tieDecided': { winners: readonly string[]; removed: number };
  'majority-judgment.tieIdentical': { tied: readonly string[] };
  'majority-judgment.tieRound': { removed: number; medians: Figures; staying: readonly string[] };
  'majority-judgment.tieSkipped': { from: number; to: number };
  'majority-judgment.tieStart': { tied: readonly string[] };
  'majority-judgment.winner': { winners: readonly string[]; median: number };
  'minimax.matrix': { voters: number; support: Grid; margins: Grid };
  'minimax.unbeaten': { name: string; score: number };
  'minimax.winners': { winners: readonly string[]; count: number; score: number };
  'minimax.worst': { name: string; score: number; by: readonly string[] };
  'nanson.allTied': { round: number; winners: readonly string[]; count: number; points: number };
  'nanson.eliminated': { round: number; eliminated: readonly string[]; count: number; mean: number };
  'nanson.last': { round: number; winner: string };
  'nanson.round': { round: number; top: number; points: Figures; total: number; candidates: number; mean: number };
  'nanson.winners': { winners: readonly string[]; count: number };
  'plurality.empty': { count: number };
  'plurality.overvotes': { count: number };
  'plurality.tally': { votes: Figures; exhausted: number; overvotes: number };
  'plurality.winners': { winners: readonly string[]; count: number; votes: number };
  'random-ballot.chances': { valid: number; votes: Figures };
  'random-ballot.drawn': { voter: number; ballot: readonly string[]; winner: string };
  'random-ballot.firstChoices': { votes: Figures; voters: number };
  'random-ballot.noValid': { winners: readonly string[] };
  'random-ballot.redraw': { voter: number; ballot: readonly string[] };
  'random-ballot.redrawEmpty': { voter: number };
  'random-ballot.redraws': { count: number };
  'random-ballot.seed': { seed: string; voters: number };
  'random-ballot.void': { empty: number; overvotes: number };
  'ranked-pairs.condorcet': { winner: string };
  'ranked-pairs.defeats': { defeats: readonly Defeat[]; count: number };
  'ranked-pairs.lock': { winner: string; loser: string; margin: number };
  'ranked-pairs.matrix': { voters: number; support: Grid; margins: Grid };
  'ranked-pairs.orderWinners': { winners: readonly string[]; count: number };
  'ranked-pairs.otherOrders': { extra: readonly string[]; count: number };
  'ranked-pairs.sameInAllOrders': {};
  'ranked-pairs.skip': { path: readonly string[]; winner: string; loser: string; margin: number };
  'ranked-pairs.ties': { groups: readonly { margin: number; defeats: readonly Defeat[] }[]; count: number };
  'ranked-pairs.winners': { winners: readonly string[]; count: number };
  'sainte-lague.noSeats': { valid: number };
  'sainte-lague.order': { order: readonly string[]; quotients: readonly number[] };
  'sainte-lague.quotients': { divisors: readonly number[]; table: Readonly<Record<string, readonly number[]>> };
  'sainte-lague.seats': { seats: Figures };
  'sainte-lague.threshold': { percent: number; eligible: readonly string[]; excluded: readonly string[] };
  'sainte-lague.tie': { tied: readonly string[]; places: number };
  'sainte-lague.tieVotes': { tied: readonly string[]; chosen: readonly string[] };
  'sainte-lague.votes': { votes: Figures; valid: number; overvotes: number; empty: number; seats: number };
  'schulze.beaten': {
    name: string;
    by: string;
    strength: number;
    against: number;
    path: readonly string[];
    back: readonly string[];
  };
  'schulze.matrix': { voters: number; support: Grid; margins: Grid };
  'schulze.paths': { strengths: Grid };
  'schulze.unbeaten': { name: string };
  'schulze.winners': { winners: readonly string[]; count: number };
  'score.sums': { sums: Figures; voters: number; min: number; max: number };
  'score.winners': { winners: readonly string[]; sum: number };
  'smith-set.chain': { tiers: readonly (readonly string[])[]; count: number };
  'smith-set.matrix': { voters: number; support: Grid; margins: Grid };
  'smith-set.result': { winners: readonly string[]; count: number; outside: readonly string[] };
  'sortition.chosen': { winners: readonly string[] };
  'sortition.draw': { draw: number; pool: number; position: number; name: string };
  'sortition.freshSeed': { seed: string };
  'sortition.others': { members: readonly string[]; seats: number };
  'sortition.population': { population: readonly string[]; seats: number };
  'sortition.seed': { seed: string };
  'sortition.stratum': { stratum: string; members: readonly string[]; seats: number };
  'sortition.stratumDraw': { stratum: string; draw: number; pool: number; position: number; name: string };
  'star.finalists': { first: string; second: readonly string[] };
  'star.finalistsTied': { first: readonly string[] };
  'star.runoff': { x: string; y: string; forX: number; forY: number; equal: number; winners: readonly string[] };
  'star.scores': { sums: Figures; voters: number };
  'star.tieAdvance': { advancing: readonly string[] };
  'star.tieRunoffFives': {
    x: string;
    y: string;
    forX: number;
    forY: number;
    sumX: number;
    sumY: number;
    fivesX: number;
    fivesY: number;
    winners: readonly string[];
  };
  'star.tieRunoffPreference': {
    x: string;
    y: string;
    forX: number;
    forY: number;
    sumX: number;
    sumY: number;
    fivesX: number;
    fivesY: number;
    winners: readonly string[];
  };
  'star.tieRunoffScore': {
    x: string;
    y: string;
    forX: number;
    forY: number;
    sumX: number;
    sumY: number;
    fivesX: number;
    fivesY: number;
    winners: readonly string[];
  };
  'star.tieRunoffUnbroken': {
    x: string;
    y: string;
    forX: number;
    forY: number;
    sumX: number;
    sumY: number;
    fivesX: number;
    fivesY: number;
    winners: readonly string[];
  };
  'star.tieScoreRound': { tied: readonly string[]; places: number; wins: Figures; fives: Figures };
  'star.tieStillOpen': { tied: readonly string[]; places: number };
  'star.tieUnresolved': { tied: readonly string[] };
  'star.winners': { winners: readonly string[] };
  'stv.elected': { elected: readonly string[]; votes: readonly number[]; stage: number; count: number };
  'stv.excluded': { names: readonly string[]; votes: number; count: number };
  'stv.excludedTogether': { names: readonly string[] };
  'stv.lastSeats': { elected: readonly string[]; votes: readonly number[]; stage: number; count: number };
  'stv.lot': { tied: readonly string[]; chosen: string; seed: string; purpose: 'exclusion' | 'surplus' };
  'stv.quota': { valid: number; empty: number; seats: number; quota: number };
  'stv.result': { elected: readonly string[]; seats: number };
  'stv.stage': {
    stage: number;
    kind: string;
    from: readonly string[];
    votes: Figures;
    status: Readonly<Record<string, string>>;
    transfers: Figures;
    nonTransferable: number;
    nonTransferableTotal: number;
    lost: number;
    lostTotal: number;
    quota: number;
  };
  'stv.surplus': { names: readonly string[]; surplus: Figures; transferValue: Figures };
  'stv.surplusTogether': { names: readonly string[] };
  'stv.tie': { tied: readonly string[]; places: number };
  'stv.tieLookBack': {
    tied: readonly string[];
    kept: readonly string[];
    stage: number;
    purpose: 'exclusion' | 'surplus';
  };
  'stv.tieNeverSeparated': { tied: readonly string[]; purpose: 'exclusion' | 'surplus' };
  'tiebreak.chosen': { chosen: readonly string[] };
  'tiebreak.draw': { draw: number; pool: number; position: number; name: string };
  'tiebreak.lot': { seed: string; tied: readonly string[]; places: number };
  'tiebreak.lottery': { method: MethodId; seed: string };
  'tiebreak.noOfficial': { method: MethodId };
  'tiebreak.none': { tied: readonly string[]; places: number };
  'tiebreak.official': { method: MethodId };
  'tiebreak.officialStillTied': { tied: readonly string[]; places: number };
  'tiebreak.tie': { tied: readonly string[]; places: number };
  'two-round.alone': { winner: string };
  'two-round.empty': { count: number };
  'two-round.firstRound': { votes: Figures; exhausted: number; overvotes: number };
  'two-round.leaders': {
    first: string;
    firstVotes: number;
    second: readonly string[];
    count: number;
    secondVotes: number;
  };
  'two-round.overvotes': { count: number };
  'two-round.runoff': { winner: string; loser: string; a: string; b: string; forA: number; forB: number };
  'two-round.runoffTie': { a: string; b: string; forA: number; forB: number };
  'two-round.runoffs': { pairs: readonly (readonly string[])[]; count: number };
  'two-round.tieBreakChosen': { chosen: readonly string[]; count: number };
  'two-round.tieBreakStillTied': { stillTied: readonly string[]; count: number };
  'two-round.tieBreakVotes': { votes: Figures };
  'two-round.tiedFirst': { first: readonly string[]; votes: number };
  'two-round.winners': { winners: readonly string[]; count: number };
};
/* eslint-enable @typescript-eslint/no-empty-object-type */

export type StepKey = keyof StepCatalogue;

/** One line of the explanation: a message key and its parameters, typed together. */
export type Step = { [K in StepKey]: { readonly key: K; readonly params: StepCatalogue[K] } }[StepKey];

/** The methods that write a step `<method>.<name>` (e.g. every method with a `matrix` step). */
export type MethodsWith<Name extends string> = { [K in StepKey]: K extends `${infer M}.${Name}` ? M : never }[StepKey];

/** The step with a given key. */
export type StepOf<K extends StepKey> = Extract<Step, { readonly key: K }>;
