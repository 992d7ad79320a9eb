/**
 * "Why?" lines of approval, grades (score, STAR, majority judgment), seats (lists, STV, bloc
 * votes) and chance (sortition, random ballot): the approvals, sums, run-off, medians, seats per
 * list and the draw, from each method's own steps. Pure.
 */
import type { MethodId } from '../../voting/method.ts';
import { stepsWithKey } from '../../voting/result.ts';
import { firstChoices } from './why-ranked.ts';
import { byFigure, leaders, option, options, part, type Explainer, type WhyPart } from './why-parts.ts';

/** Approvals: the most accepted option and the next one, or a tie at the top. */
function approvals(figures: Readonly<Record<string, number>>, voters: number): WhyPart[] {
  const { top, value, next } = leaders(figures);
  if (top.length > 1) return [part('why.approval.tied', { names: options(top), approvals: value, voters })];
  if (top.length === 0) return [];
  const said = { name: option(top[0]), approvals: value, voters };
  return next
    ? [part('why.approval', { ...said, second: option(next[0]), secondApprovals: next[1] })]
    : [part('why.approval.lone', said)];
}

const approval: Explainer = (r) => {
  const [counts] = stepsWithKey(r.steps, 'approval.counts');
  return counts ? approvals(counts.params.approvals, counts.params.voters) : [];
};

const score: Explainer = (r) => {
  const [sums] = stepsWithKey(r.steps, 'score.sums');
  if (!sums) return [];
  const { top, value, next } = leaders(sums.params.sums);
  if (top.length > 1) return [part('why.score.tied', { names: options(top), sum: value })];
  if (!next) return [];
  return [part('why.score', { name: option(top[0]), sum: value, second: option(next[0]), secondSum: next[1] })];
};

const star: Explainer = (r) => {
  const [scores] = stepsWithKey(r.steps, 'star.scores');
  const [runoff] = stepsWithKey(r.steps, 'star.runoff');
  if (!scores || !runoff) return [];
  const { x, y, forX, forY, equal, winners } = runoff.params;
  const sums = scores.params.sums;
  // The larger total first.
  const [hi, lo] = (sums[y] ?? 0) > (sums[x] ?? 0) ? [y, x] : [x, y];
  const parts: WhyPart[] = [
    part('why.star', { x: option(hi), sumX: sums[hi] ?? 0, y: option(lo), sumY: sums[lo] ?? 0 }),
  ];
  // A run-off tie goes on to the tie rules' own steps, told by the count screen.
  if (winners.length !== 1) return parts;
  const winner = winners[0];
  const said = {
    winner: option(winner),
    loser: option(winner === x ? y : x),
    forWinner: winner === x ? forX : forY,
    forLoser: winner === x ? forY : forX,
  };
  parts.push(equal > 0 ? part('why.star.runoffEqual', { ...said, equal }) : part('why.star.runoff', said));
  return parts;
};

const majorityJudgment: Explainer = (r, winners) => {
  const medians = Object.fromEntries(
    stepsWithKey(r.steps, 'majority-judgment.merit').map((s) => [s.params.name, s.params.median]),
  );
  if (winners.length !== 1) return [];
  const w = winners[0];
  const [tie] = stepsWithKey(r.steps, 'majority-judgment.bestMedian');
  if (tie) {
    const gauge = stepsWithKey(r.steps, 'majority-judgment.gauge').find((s) => s.params.name === w);
    if (!gauge) return [];
    const { median, p, q } = gauge.params;
    return [
      part('why.mj.tie', {
        names: options(tie.params.tied),
        grade: { grade: median },
        name: option(w),
        above: p,
        below: q,
      }),
    ];
  }
  const next = byFigure(medians).find(([id]) => id !== w);
  const said = { name: option(w), grade: { grade: medians[w] ?? 0 } };
  return next
    ? [part('why.mj', { ...said, second: option(next[0]), secondGrade: { grade: next[1] } })]
    : [part('why.mj.lone', said)];
};

/** Seats per list, with each list's votes (every list, a list with no seat too). */
function listSeats(m: 'dhondt' | 'sainte-lague' | 'largest-remainder' | 'french-municipal'): Explainer {
  return (r) => {
    const step = r.steps.find((s) => s.key === `${m}.votes`);
    const votes = step && 'votes' in step.params ? (step.params.votes as Readonly<Record<string, number>>) : undefined;
    const seats = r.seatsByList;
    if (!votes || !seats) return [];
    // No votes at all (a draw's candidates counted as lists): nothing to share out.
    if (Object.values(votes).every((n) => n === 0) && Object.values(seats).every((n) => n === 0))
      return [part('why.seats.noVotes')];
    const lists = byFigure(votes).map(([list, n]) =>
      part('why.listSeats', { list: option(list), seats: seats[list] ?? 0, votes: n }),
    );
    const parts: WhyPart[] = [];
    // The first round of a municipal election without a majority: no seats yet.
    const [second] = m === 'french-municipal' ? stepsWithKey(r.steps, 'french-municipal.secondRound') : [];
    if (second) {
      const { leaders: ahead, votes: best, valid } = second.params;
      return [part('why.municipal.secondRound', { leaders: options(ahead), votes: best, valid })];
    }
    const [bonus] = m === 'french-municipal' ? stepsWithKey(r.steps, 'french-municipal.bonus') : [];
    if (bonus) parts.push(part('why.municipal.bonus', { list: option(bonus.params.list), bonus: bonus.params.bonus }));
    parts.push(part('why.seats', { lists: { each: lists } }));
    return parts;
  };
}

const stv: Explainer = (r) => {
  const [quota] = stepsWithKey(r.steps, 'stv.quota');
  const elected = r.elected ?? [];
  if (!quota || elected.length === 0) return [];
  return [part('why.stv', { elected: options(elected), quota: quota.params.quota })];
};

function bloc(m: 'bloc-plurality' | 'bloc-approval'): Explainer {
  return (r) => {
    const plurality = m === 'bloc-plurality';
    const [totals] = plurality
      ? stepsWithKey(r.steps, 'bloc-plurality.totals')
      : stepsWithKey(r.steps, 'bloc-approval.totals');
    const [won] = plurality
      ? stepsWithKey(r.steps, 'bloc-plurality.elected')
      : stepsWithKey(r.steps, 'bloc-approval.elected');
    // One seat: the bloc vote is plurality (or approval), said as such.
    if (totals && r.seats === 1)
      return plurality
        ? firstChoices(totals.params.totals, totals.params.voters)
        : approvals(totals.params.totals, totals.params.voters);
    if (!won) return [];
    const tally = won.params.elected.map((id, i) => [id, won.params.totals[i] ?? 0] as const);
    return [part(plurality ? 'why.bloc.plurality' : 'why.bloc.approval', { seats: r.seats, tally: { tally } })];
  };
}

const sortition: Explainer = (r) => {
  const seed = r.steps.find((s) => s.key === 'sortition.seed' || s.key === 'sortition.freshSeed');
  const draws = r.steps.flatMap((s) =>
    s.key === 'sortition.draw' || s.key === 'sortition.stratumDraw'
      ? [part('why.draw', { name: option(s.params.name), pool: s.params.pool })]
      : [],
  );
  if (!seed || !('seed' in seed.params) || draws.length === 0) return [];
  return [part('why.sortition', { seed: { seed: seed.params.seed }, draws: { each: draws } })];
};

const randomBallot: Explainer = (r) => {
  const [seed] = stepsWithKey(r.steps, 'random-ballot.seed');
  const [drawn] = stepsWithKey(r.steps, 'random-ballot.drawn');
  if (!seed || !drawn) return [];
  const { voter, winner } = drawn.params;
  return [
    part('why.randomBallot', {
      seed: { seed: seed.params.seed },
      voter,
      voters: seed.params.voters,
      name: option(winner),
    }),
  ];
};

export const gradedWhy: Partial<Record<MethodId, Explainer>> = {
  approval,
  score,
  star,
  'majority-judgment': majorityJudgment,
  dhondt: listSeats('dhondt'),
  'sainte-lague': listSeats('sainte-lague'),
  'largest-remainder': listSeats('largest-remainder'),
  'french-municipal': listSeats('french-municipal'),
  stv,
  'bloc-plurality': bloc('bloc-plurality'),
  'bloc-approval': bloc('bloc-approval'),
  sortition,
  'random-ballot': randomBallot,
};
