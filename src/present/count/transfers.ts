/**
 * The ballots that move between two rounds of an elimination count, so that the chart can say
 * where they went ("5 → la soupe") even with reduced motion, when nothing flies. Instant runoff
 * and Coombs give each round's totals: the receivers are the options that grew since the round
 * before, the ballots with no choice left are the growth of the exhausted pile. STV's stages
 * state their own transfers (the engine's `transfers` and `nonTransferable`). Pure.
 */
import type { StepOf } from '../../voting/result.ts';
import type { Figures, Transfers } from './views.ts';

/** What moved from `from` between the round `before` and the round `after`. */
export function roundTransfers(
  from: readonly string[],
  before: { readonly votes: Figures; readonly exhausted: number },
  after: { readonly votes: Figures; readonly exhausted: number },
): Transfers | undefined {
  if (from.length === 0) return undefined;
  const flows: Record<string, number> = {};
  for (const [c, v] of Object.entries(after.votes)) {
    const gain = v - (before.votes[c] ?? 0);
    if (gain > 0 && !from.includes(c)) flows[c] = gain;
  }
  const exhausted = Math.max(0, after.exhausted - before.exhausted);
  return Object.keys(flows).length > 0 || exhausted > 0 ? { from, flows, exhausted } : undefined;
}

/** An STV stage's own transfers, when the stage moved ballots. */
export function stageTransfers(p: StepOf<'stv.stage'>['params']): Transfers | undefined {
  const flows = Object.fromEntries(Object.entries(p.transfers).filter(([c, v]) => v > 0 && !p.from.includes(c)));
  if (p.from.length === 0 || (Object.keys(flows).length === 0 && p.nonTransferable <= 0)) return undefined;
  return { from: p.from, flows, exhausted: Math.max(0, p.nonTransferable) };
}
