/**
 * What a count's charts read from the engine's steps, one typed `switch` over step keys: the
 * winners a step announces and the bar chart a step's figures make. A parameter renamed in a
 * method is a compile error here (src/voting/steps.ts types every step), never a chart that
 * silently stays blank.
 */
import type { Step } from '../../voting/result.ts';
import type { Figures, Unit } from './views.ts';

const nonEmpty = (names: readonly string[]): readonly string[] | undefined => (names.length > 0 ? names : undefined);

/** The winners a step announces, if it announces some. */
export function announced(step: Step): readonly string[] | undefined {
  switch (step.key) {
    case 'anti-plurality.winners':
    case 'approval.winners':
    case 'baldwin.winners':
    case 'black.winners':
    case 'borda.winners':
    case 'bucklin.winners':
    case 'coombs.winners':
    case 'copeland.winners':
    case 'irv.winners':
    case 'kemeny-young.winners':
    case 'minimax.winners':
    case 'nanson.winners':
    case 'plurality.winners':
    case 'ranked-pairs.winners':
    case 'schulze.winners':
    case 'score.winners':
    case 'star.winners':
    case 'two-round.winners':
    case 'majority-judgment.winner':
    case 'majority-judgment.gaugeWinner':
    case 'majority-judgment.gaugeTie':
    case 'ranked-pairs.orderWinners':
    case 'smith-set.result':
    case 'sortition.chosen':
      return nonEmpty(step.params.winners);
    case 'stv.result':
      return nonEmpty(step.params.elected);
    case 'tiebreak.chosen':
      return nonEmpty(step.params.chosen);
    case 'condorcet-winner.found':
    case 'irv.majority':
    case 'coombs.majority':
    case 'random-ballot.drawn':
    case 'black.condorcet':
    case 'ranked-pairs.condorcet':
      return [step.params.winner];
    case 'condorcet-loser.found':
      return [step.params.loser];
    default:
      return undefined;
  }
}

/** A bar chart's figures as a step gives them: what they count, a line to reach, the round. */
interface StepBars {
  readonly values: Figures;
  readonly unit: Unit;
  /** The majority the bars are measured against, when the step states it. */
  readonly quota?: number;
  readonly round?: number;
}

const bars = (values: Figures, unit: Unit, extra: { quota?: number; round?: number } = {}): StepBars | undefined =>
  Object.keys(values).length === 0 ? undefined : { values, unit, ...extra };

/** The bar chart of a step whose figures are one number per candidate (or list). */
export function stepBars(step: Step): StepBars | undefined {
  switch (step.key) {
    case 'plurality.tally':
    case 'two-round.firstRound':
    case 'two-round.tieBreakVotes':
    case 'random-ballot.chances':
    case 'random-ballot.firstChoices':
    case 'dhondt.votes':
    case 'sainte-lague.votes':
    case 'largest-remainder.votes':
    case 'french-municipal.votes':
      return bars(step.params.votes, 'votes');
    case 'bucklin.round':
    case 'irv.tieBreakRound':
      return bars(step.params.votes, 'votes', { round: step.params.round });
    case 'irv.round':
    case 'coombs.round':
      return bars(step.params.votes, 'votes', { quota: step.params.quota, round: step.params.round });
    case 'borda.points':
    case 'black.borda':
      return bars(step.params.points, 'points');
    case 'baldwin.round':
    case 'nanson.round':
      return bars(step.params.points, 'points', { round: step.params.round });
    case 'score.sums':
    case 'star.scores':
      return bars(step.params.sums, 'sum');
    case 'approval.counts':
      return bars(step.params.approvals, 'approvals');
    case 'bloc-plurality.totals':
    case 'bloc-approval.totals':
      return bars(step.params.totals, 'votes');
    case 'anti-plurality.lastPlaces':
      return bars(step.params.lastVotes, 'lastPlaces');
    case 'coombs.lastPlaces':
      return bars(step.params.lastVotes, 'lastPlaces', { round: step.params.round });
    case 'kemeny-young.firsts':
      return bars(step.params.scores, 'score');
    default:
      return undefined;
  }
}
