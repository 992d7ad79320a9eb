/**
 * "Why?" lines of the duel methods: when one option wins all its duels, the same line for every
 * such method (its duels, with their figures); otherwise each method's own decisive figure —
 * Copeland's wins minus losses, Schulze's strongest chains, the duels ranked pairs locks,
 * minimax's worst defeats, Kemeny–Young's order, Black's Borda points. Pure.
 */
import type { MethodId } from '../../voting/method.ts';
import { stepsWithKey, type Result, type Step } from '../../voting/result.ts';
import { leaders, option, options, part, type Explainer, type WhyPart } from './why-parts.ts';

type Grid = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The support grid of the method's duels (row preferred to column), from its matrix step. */
function supportOf(steps: readonly Step[]): Grid | undefined {
  for (const s of steps) if (s.key.endsWith('.matrix') && 'support' in s.params) return s.params.support as Grid;
  return undefined;
}

/** The winner's duels, each with its figures, largest margin first. */
function duelsOf(support: Grid, winner: string): WhyPart[] {
  return Object.keys(support)
    .filter((rival) => rival !== winner)
    .map((rival) => ({ rival, for: support[winner]?.[rival] ?? 0, against: support[rival]?.[winner] ?? 0 }))
    .sort((a, b) => b.for - b.against - (a.for - a.against) || (a.rival < b.rival ? -1 : 1))
    .map((d) => part('why.duel', { for: d.for, against: d.against, rival: option(d.rival) }));
}

/** Every duel method electing the option that wins all its duels says the same: its duels. */
function allDuels(r: Result, winners: readonly string[], cw: string | undefined): WhyPart[] | undefined {
  if (cw === undefined || winners.length !== 1 || winners[0] !== cw) return undefined;
  const support = supportOf(r.steps);
  return support ? [part('why.duels.all', { name: option(cw), duels: { each: duelsOf(support, cw) } })] : undefined;
}

const copeland: Explainer = (r, winners, ctx) => {
  const said = allDuels(r, winners, ctx.condorcetWinner);
  if (said) return said;
  const duels = stepsWithKey(r.steps, 'copeland.duels');
  const scores = Object.fromEntries(duels.map((d) => [d.params.name, d.params.score]));
  const { top, value } = leaders(scores);
  if (top.length > 1) return [part('why.copeland.tied', { names: options(top), score: value })];
  const own = duels.find((d) => d.params.name === top[0]);
  if (!own) return [];
  const { won, lost, tied, score } = own.params;
  const name = option(own.params.name);
  return [
    tied > 0
      ? part('why.copeland.ties', { name, won, lost, tied, score })
      : part('why.copeland', { name, won, lost, score }),
  ];
};

const schulze: Explainer = (r, winners, ctx) => {
  const said = allDuels(r, winners, ctx.condorcetWinner);
  if (said) return said;
  const [paths] = stepsWithKey(r.steps, 'schulze.paths');
  if (!paths || winners.length !== 1) return [];
  const p = paths.params.strengths;
  const w = winners[0];
  const rivals = Object.keys(p).filter((x) => x !== w);
  const each = rivals.map((rival) =>
    part('why.path', { for: p[w]?.[rival] ?? 0, against: p[rival]?.[w] ?? 0, rival: option(rival) }),
  );
  const ties = rivals.some((rival) => (p[w]?.[rival] ?? 0) === (p[rival]?.[w] ?? 0));
  return [part(ties ? 'why.schulze.ties' : 'why.schulze', { name: option(w), paths: { each } })];
};

const rankedPairs: Explainer = (r, winners, ctx) => {
  const said = allDuels(r, winners, ctx.condorcetWinner);
  if (said) return said;
  if (winners.length !== 1) return [];
  const w = winners[0];
  const beaten = stepsWithKey(r.steps, 'ranked-pairs.lock')
    .filter((s) => s.params.winner === w)
    .map((s) => part('why.margin', { rival: option(s.params.loser), margin: s.params.margin }));
  return beaten.length > 0 ? [part('why.rankedPairs', { name: option(w), beaten: { each: beaten } })] : [];
};

const minimax: Explainer = (r, winners, ctx) => {
  const said = allDuels(r, winners, ctx.condorcetWinner);
  if (said) return said;
  const worst = Object.fromEntries(stepsWithKey(r.steps, 'minimax.worst').map((s) => [s.params.name, s.params.score]));
  for (const s of stepsWithKey(r.steps, 'minimax.unbeaten')) worst[s.params.name] = s.params.score;
  const { top, value, next } = leaders(worst, true);
  if (top.length !== 1) return [];
  if (value === 0) return [part('why.minimax.unbeaten', { name: option(top[0]) })];
  if (!next) return [];
  return [part('why.minimax', { name: option(top[0]), score: value, second: option(next[0]), secondScore: next[1] })];
};

const kemenyYoung: Explainer = (r, winners, ctx) => {
  const said = allDuels(r, winners, ctx.condorcetWinner);
  if (said) return said;
  const [order] = stepsWithKey(r.steps, 'kemeny-young.order');
  return order ? [part('why.kemeny', { order: { order: order.params.order }, score: order.params.score })] : [];
};

const black: Explainer = (r, winners, ctx) => {
  const said = allDuels(r, winners, ctx.condorcetWinner);
  if (said) return said;
  const [borda] = stepsWithKey(r.steps, 'black.borda');
  if (!borda || winners.length !== 1) return [];
  return [part('why.black', { name: option(winners[0]), points: borda.params.points[winners[0]] ?? 0 })];
};

export const duelsWhy: Partial<Record<MethodId, Explainer>> = {
  copeland,
  schulze,
  'ranked-pairs': rankedPairs,
  minimax,
  'kemeny-young': kemenyYoung,
  black,
};
