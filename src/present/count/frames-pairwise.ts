/**
 * The frames of the methods that read duels (Condorcet, Copeland, minimax, Schulze, ranked
 * pairs, Kemeny–Young, Smith, Black): the support matrix, the beatpaths and locked defeats as a
 * graph, the orders as lists. Split from frames.ts; every figure is the step's own parameter.
 */
import type { Step } from '../../voting/result.ts';
import type { CountView, GraphEdge, Grid } from './views.ts';

/** What the pairwise steps remember between frames. */
export interface PairwiseState {
  support: Grid | undefined;
  edges: GraphEdge[];
}

/** A grid worth drawing: at least one row, and no empty row (one candidate has no duels). */
const drawableGrid = (g: Grid): Grid | undefined => {
  const rows = Object.values(g);
  return rows.length > 0 && rows.every((row) => Object.keys(row).length > 0) ? g : undefined;
};

function path(state: PairwiseState, names: readonly string[], kind: 'path' | 'back'): GraphEdge[] {
  const out: GraphEdge[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i], names[i + 1]];
    const weight = state.support ? (state.support[a]?.[b] ?? 0) - (state.support[b]?.[a] ?? 0) : 0;
    out.push({ from: a, to: b, weight, state: kind });
  }
  return out;
}

/** The view a pairwise step shows (undefined: keep the one before), or 'other' for any other step. */
export function pairwiseView(
  step: Step,
  state: PairwiseState,
  view: CountView | undefined,
): CountView | undefined | 'other' {
  const winners: string[] = [];
  switch (step.key) {
    case 'copeland.matrix':
    case 'condorcet-winner.matrix':
    case 'condorcet-loser.matrix':
    case 'smith-set.matrix':
    case 'minimax.matrix':
    case 'schulze.matrix':
    case 'kemeny-young.matrix':
    case 'ranked-pairs.matrix':
    case 'black.matrix':
      state.support = drawableGrid(step.params.support);
      return state.support
        ? { kind: 'matrix', values: state.support, mode: 'support', rows: [], cells: [], winners }
        : undefined;
    case 'schulze.unbeaten':
      if (view?.kind === 'matrix') return { ...view, rows: [step.params.name], cells: [] };
      return state.support
        ? { kind: 'matrix', values: state.support, mode: 'support', rows: [step.params.name], cells: [], winners }
        : undefined;
    case 'copeland.duels':
    case 'condorcet-winner.fails':
    case 'condorcet-loser.escapes':
    case 'minimax.unbeaten':
      return state.support
        ? { kind: 'matrix', values: state.support, mode: 'support', rows: [step.params.name], cells: [], winners }
        : undefined;
    case 'minimax.worst': {
      const { by, name } = step.params;
      return state.support
        ? {
            kind: 'matrix',
            values: state.support,
            mode: 'support',
            rows: [],
            cells: by.map((b) => [b, name] as const),
            winners,
          }
        : undefined;
    }
    case 'schulze.paths': {
      const strengths = drawableGrid(step.params.strengths);
      return strengths
        ? { kind: 'matrix', values: strengths, mode: 'strength', rows: [], cells: [], winners }
        : undefined;
    }
    case 'schulze.beaten':
      return {
        kind: 'graph',
        edges: [...path(state, step.params.path, 'path'), ...path(state, step.params.back, 'back')],
        winners,
        focus: step.params.name,
      };
    case 'ranked-pairs.defeats':
      state.edges = step.params.defeats.map((d) => ({
        from: d.winner,
        to: d.loser,
        weight: d.margin,
        state: 'plain' as const,
      }));
      return { kind: 'graph', edges: state.edges, winners };
    case 'ranked-pairs.lock':
    case 'ranked-pairs.skip': {
      const { winner, loser } = step.params;
      const mark = step.key === 'ranked-pairs.lock' ? 'locked' : 'skipped';
      state.edges = state.edges.map((e) => (e.from === winner && e.to === loser ? { ...e, state: mark } : e));
      return { kind: 'graph', edges: state.edges, winners, focus: winner };
    }
    case 'smith-set.chain':
      return { kind: 'list', tiers: step.params.tiers.map((tier) => [...tier]), winners };
    case 'kemeny-young.order':
    case 'kemeny-young.oneOrder':
      return { kind: 'list', tiers: step.params.order.map((c) => [c]), winners };
  }
  return 'other';
}
