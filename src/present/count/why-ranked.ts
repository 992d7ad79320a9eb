/**
 * "Why?" lines of the methods that read first choices, rounds and places: plurality, two
 * rounds, instant runoff, Coombs, Bucklin, Borda, anti-plurality, Baldwin and Nanson. Each
 * says the figures that decided, from the method's own steps. Pure.
 */
import type { MethodId } from '../../voting/method.ts';
import { stepsWithKey, type Result } from '../../voting/result.ts';
import { leaders, option, options, part, type Explainer, type WhyPart } from './why-parts.ts';

const sum = (figures: Readonly<Record<string, number>>) => Object.values(figures).reduce((a, b) => a + b, 0);

/** First choices: a majority, a lead short of half, or a tie at the top. */
export function firstChoices(votes: Readonly<Record<string, number>>, voters: number): WhyPart[] {
  const { top, value, next } = leaders(votes);
  if (top.length === 0) return [];
  if (top.length > 1) return [part('why.plurality.tied', { names: options(top), votes: value, voters })];
  const name = option(top[0]);
  if (2 * value > voters) return [part('why.plurality.majority', { name, votes: value, voters })];
  if (!next) return [part('why.plurality.lone', { name, votes: value, voters })];
  return [part('why.plurality.lead', { name, votes: value, voters, second: option(next[0]), secondVotes: next[1] })];
}

const plurality: Explainer = (r) => {
  const [tally] = stepsWithKey(r.steps, 'plurality.tally');
  if (!tally) return [];
  const { votes, exhausted, overvotes } = tally.params;
  return firstChoices(votes, sum(votes) + exhausted + overvotes);
};

const twoRound: Explainer = (r) => {
  const [first] = stepsWithKey(r.steps, 'two-round.firstRound');
  const runoff = stepsWithKey(r.steps, 'two-round.runoff');
  const tie = stepsWithKey(r.steps, 'two-round.runoffTie');
  const pairs = [...runoff, ...tie];
  if (!first) return [];
  if (pairs.length > 1) return severalRunoffs(r);
  if (pairs.length === 0) return [];
  const { a, b } = pairs[0].params;
  const ranked = Object.entries(first.params.votes).sort(([, x], [, y]) => y - x);
  const leading = ranked.filter(([id]) => id === a || id === b);
  const out = ranked.filter(([id]) => id !== a && id !== b);
  const parts = [
    out.length > 0
      ? part('why.twoRound.first', {
          leaders: { tally: leading },
          outVotes: { tally: out },
          out: options(out.map(([id]) => id)),
        })
      : part('why.twoRound.firstOnly', { leaders: { tally: leading } }),
  ];
  if (runoff.length === 1) {
    const p = runoff[0].params;
    const forWinner = p.winner === p.a ? p.forA : p.forB;
    const forLoser = p.winner === p.a ? p.forB : p.forA;
    parts.push(part('why.twoRound.runoff', { winner: option(p.winner), loser: option(p.loser), forWinner, forLoser }));
  } else parts.push(part('why.twoRound.runoffTie', { a: option(a), b: option(b), votes: tie[0].params.forA }));
  return parts;
};

/** A tie for second place: one runoff per tied option; said when one option wins them all. */
function severalRunoffs(r: Result): WhyPart[] {
  const [lead] = stepsWithKey(r.steps, 'two-round.leaders');
  const runoffs = stepsWithKey(r.steps, 'two-round.runoff');
  const winners = new Set(runoffs.map((s) => s.params.winner));
  if (!lead || winners.size !== 1 || runoffs.length !== lead.params.count) return [];
  const winner = [...winners][0];
  const duels = runoffs.map(({ params: p }) =>
    part('why.duel', {
      for: p.winner === p.a ? p.forA : p.forB,
      against: p.winner === p.a ? p.forB : p.forA,
      rival: option(p.loser),
    }),
  );
  const { first, firstVotes, second, secondVotes } = lead.params;
  return [
    part('why.twoRound.tiedSecond', { first: option(first), firstVotes, second: options(second), secondVotes }),
    part('why.twoRound.everyRunoff', { winner: option(winner), duels: { each: duels } }),
  ];
}

type RoundKey = 'irv' | 'coombs';

/** The round that decided: a majority (with the runner-up), or the last one left. */
function finalRound(r: Result, m: RoundKey, winners: readonly string[]): WhyPart[] {
  const rounds = stepsWithKey(r.steps, m === 'irv' ? 'irv.round' : 'coombs.round');
  const last = rounds[rounds.length - 1];
  if (!last || winners.length !== 1) return [];
  const majority = r.steps.find((s) => s.key === `${m}.majority`);
  const { round, continuing, votes } = last.params;
  const others = Object.entries(votes)
    .filter(([id]) => id !== winners[0])
    .sort(([, x], [, y]) => y - x);
  // Alone in the last round: « plus de la moitié » would be true but says nothing.
  if (!majority || others.length === 0) return [part('why.runoff.last', { round, winner: option(winners[0]) })];
  const won = { round, winner: option(winners[0]), votes: votes[winners[0]], continuing };
  if (round === 1)
    return [part('why.runoff.firstMajority', { name: won.winner, votes: won.votes, voters: continuing })];
  return [part('why.runoff.majorityOver', { ...won, runner: option(others[0][0]), runnerVotes: others[0][1] })];
}

/** Where the ballots of those eliminated at `round` went in the next round. */
function transfer(r: Result, round: number, out: readonly string[]): WhyPart[] {
  const next = stepsWithKey(r.steps, 'irv.round').find((s) => s.params.round === round + 1);
  const moved = next?.params.transferred;
  if (!moved) return [];
  const to = Object.entries(moved.to)
    .filter(([, n]) => n > 0)
    .sort(([, x], [, y]) => y - x);
  const who = options(out);
  if (to.length === 0)
    return moved.exhausted > 0 ? [part('why.irv.exhaustedOnly', { out: who, exhausted: moved.exhausted })] : [];
  return moved.exhausted > 0
    ? [part('why.irv.transferExhausted', { out: who, to: { tally: to }, exhausted: moved.exhausted })]
    : [part('why.irv.transfer', { out: who, to: { tally: to } })];
}

/** The decisive elimination: the Condorcet winner's if it was eliminated, else the last one. */
const irv: Explainer = (r, winners, ctx) => {
  const out = stepsWithKey(r.steps, 'irv.eliminated');
  const cw = ctx.condorcetWinner;
  const shown = out.find((s) => cw !== undefined && s.params.eliminated.includes(cw)) ?? out[out.length - 1];
  const parts: WhyPart[] = [];
  if (shown) {
    const { round, eliminated, votes } = shown.params;
    const who = options(eliminated);
    parts.push(
      round === 1 ? part('why.irv.outFirst', { out: who, votes }) : part('why.irv.out', { round, out: who, votes }),
    );
    if (cw !== undefined && eliminated.length === 1 && eliminated[0] === cw)
      parts.push(part('why.irv.duel', { out: who }));
    parts.push(...transfer(r, round, eliminated));
  }
  return [...parts, ...finalRound(r, 'irv', winners)];
};

const coombs: Explainer = (r, winners) => {
  const out = stepsWithKey(r.steps, 'coombs.eliminated');
  const last = out[out.length - 1];
  const parts: WhyPart[] = [];
  if (last) {
    const { round, eliminated, lastVotes } = last.params;
    const out = options(eliminated);
    parts.push(
      round === 1 ? part('why.coombs.outFirst', { out, lastVotes }) : part('why.coombs.out', { round, out, lastVotes }),
    );
  }
  return [...parts, ...finalRound(r, 'coombs', winners)];
};

const bucklin: Explainer = (r, winners) => {
  const [won] = stepsWithKey(r.steps, 'bucklin.winners');
  const [quota] = stepsWithKey(r.steps, 'bucklin.quota');
  if (!won || !quota || winners.length !== 1) return [];
  const { round, votes } = won.params;
  const name = option(winners[0]);
  const voters = quota.params.voters;
  return [
    round === 1
      ? part('why.bucklin.first', { name, votes, voters })
      : part('why.bucklin', { round, name, votes, voters }),
  ];
};

const borda: Explainer = (r) => {
  const [points] = stepsWithKey(r.steps, 'borda.points');
  if (!points) return [];
  const { top, value, next } = leaders(points.params.points);
  if (top.length > 1) return [part('why.borda.tied', { names: options(top), points: value })];
  if (!next) return [];
  const params = { name: option(top[0]), points: value, second: option(next[0]), secondPoints: next[1] };
  // « Often second » only when second place is where this option stands most often.
  const ranks = points.params.byRank[top[0]] ?? [];
  const seconds = ranks[1] ?? 0;
  const oftenSecond = seconds > 0 && ranks.every((n, i) => i === 1 || n < seconds);
  return [oftenSecond ? part('why.borda.second', { ...params, seconds }) : part('why.borda', params)];
};

const antiPlurality: Explainer = (r) => {
  const [places] = stepsWithKey(r.steps, 'anti-plurality.lastPlaces');
  if (!places) return [];
  const { top, value, next } = leaders(places.params.lastVotes, true);
  if (top.length !== 1 || !next) return [];
  const said = { name: option(top[0]), second: option(next[0]), secondLast: next[1] };
  return [value === 0 ? part('why.antiPlurality.never', said) : part('why.antiPlurality', { ...said, last: value })];
};

/** Baldwin and Nanson: the last elimination, then the option left. */
function bordaElimination(m: 'baldwin' | 'nanson'): Explainer {
  return (r, winners) => {
    if (winners.length !== 1) return [];
    const parts: WhyPart[] = [];
    if (m === 'baldwin') {
      const last = stepsWithKey(r.steps, 'baldwin.eliminated').at(-1);
      if (last) {
        const { round, eliminated, points } = last.params;
        const out = options(eliminated);
        parts.push(
          round === 1 ? part('why.baldwin.outFirst', { out, points }) : part('why.baldwin.out', { round, out, points }),
        );
      }
    } else {
      const last = stepsWithKey(r.steps, 'nanson.eliminated').at(-1);
      if (last) {
        const { round, eliminated, mean } = last.params;
        const out = options(eliminated);
        parts.push(
          round === 1 ? part('why.nanson.outFirst', { out, mean }) : part('why.nanson.out', { round, out, mean }),
        );
      }
    }
    return [...parts, part('why.elimination.last', { winner: option(winners[0]) })];
  };
}

export const rankedWhy: Partial<Record<MethodId, Explainer>> = {
  plurality,
  'two-round': twoRound,
  irv,
  coombs,
  bucklin,
  borda,
  'anti-plurality': antiPlurality,
  baldwin: bordaElimination('baldwin'),
  nanson: bordaElimination('nanson'),
};
