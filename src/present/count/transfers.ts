/**
 * The ballots that move in an elimination count, so that the chart can say where they went
 * ("5 → la soupe") even with reduced motion, when nothing flies. Every figure is the engine's
 * own trace: instant runoff's and Coombs' rounds state where the eliminated piles went
 * (`transferred`), STV's stages their `transfers` and `nonTransferable` (surplus fractions
 * included). Pure.
 */
import type { StepOf } from '../../voting/result.ts';
import type { Transferred } from '../../voting/steps.ts';
import type { Transfers } from './views.ts';

/**
 * An instant-runoff or Coombs round's transfers, as the engine traced them ballot by ballot
 * (`transferred`): not the growth of each total since the round before, which would credit
 * the eliminated with ballots an overvote freed, and miss those that reached a shared rank.
 */
export function tracedTransfers(t: Transferred): Transfers | undefined {
  const flows = Object.fromEntries(Object.entries(t.to).filter(([c, v]) => v > 0 && !t.from.includes(c)));
  if (t.from.length === 0 || (Object.keys(flows).length === 0 && t.exhausted <= 0 && t.overvoted <= 0))
    return undefined;
  return {
    from: t.from,
    flows,
    exhausted: Math.max(0, t.exhausted),
    ...(t.overvoted > 0 ? { overvoted: t.overvoted } : {}),
  };
}

/** An STV stage's own transfers, when the stage moved ballots. */
export function stageTransfers(p: StepOf<'stv.stage'>['params']): Transfers | undefined {
  const flows = Object.fromEntries(Object.entries(p.transfers).filter(([c, v]) => v > 0 && !p.from.includes(c)));
  if (p.from.length === 0 || (Object.keys(flows).length === 0 && p.nonTransferable <= 0)) return undefined;
  return { from: p.from, flows, exhausted: Math.max(0, p.nonTransferable) };
}
