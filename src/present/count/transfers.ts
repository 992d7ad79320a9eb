/**
 * The ballots that move in an elimination count, so that the chart can say where they went
 * ("5 → la soupe") even with reduced motion, when nothing flies. Every figure is the engine's
 * own trace: instant runoff's and Coombs' rounds state where the eliminated piles went
 * (`transferred`), STV's stages their `transfers` and `nonTransferable` (surplus fractions
 * included). From them, the flights the chart animates (`transferFlights`): what flies where,
 * and how many, decided here so that a test in Node can check it. Pure.
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

/** Where a flight of ballots lands: an option's bar, the exhausted pile, or void for the round (a shared rank). */
type FlightTarget =
  { readonly kind: 'option'; readonly name: string } | { readonly kind: 'exhausted' } | { readonly kind: 'void' };

/**
 * One flow of a transfer as the chart animates it: the traced ballots (or STV's fractional
 * votes) that leave `from` for `to`, drawn as `chips` flying paper chips, the first one
 * carrying the figure.
 */
export interface Flight {
  /**
   * The piles the ballots leave. One option as a rule; several when they left together: the
   * engine traces where the group's ballots went, not which of them each came from, so the
   * chips leave each of their piles in turn.
   */
  readonly from: readonly string[];
  readonly to: FlightTarget;
  readonly ballots: number;
  readonly chips: number;
}

/** At most this many chips fly in one transfer: enough to follow, few enough to read. */
export const MAX_CHIPS = 12;

/**
 * The flights of a transfer, straight from the traced figures (never from the bars' growth):
 * each receiver, then the exhausted pile, then the ballots void this round, each with at least
 * one chip and the rest of MAX_CHIPS shared in proportion to the ballots (largest remainders).
 */
export function transferFlights(t: Transfers): Flight[] {
  const flows: { to: FlightTarget; ballots: number }[] = [
    ...Object.entries(t.flows).map(([name, ballots]) => ({ to: { kind: 'option', name } as const, ballots })),
    ...(t.exhausted > 0 ? [{ to: { kind: 'exhausted' } as const, ballots: t.exhausted }] : []),
    ...(t.overvoted && t.overvoted > 0 ? [{ to: { kind: 'void' } as const, ballots: t.overvoted }] : []),
  ].filter((f) => f.ballots > 0);
  const total = flows.reduce((s, f) => s + f.ballots, 0);
  const spare = Math.max(0, MAX_CHIPS - flows.length);
  const shares = flows.map((f) => (spare * f.ballots) / total);
  const chips = shares.map((s) => 1 + Math.floor(s));
  // The chips left over go to the largest remainders, first flow first on a tie.
  let left = Math.max(0, MAX_CHIPS - chips.reduce((s, c) => s + c, 0));
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [rest, i] of order) {
    if (left === 0 || rest === 0) break;
    chips[i]++;
    left--;
  }
  return flows.map((f, i) => ({ from: t.from, to: f.to, ballots: f.ballots, chips: chips[i] }));
}

/** A flight as the probe states it for the tests: `salade→soupe:5`, `salade→(exhausted):2`. */
export function flightLabel(f: Flight): string {
  const to = f.to.kind === 'option' ? f.to.name : `(${f.to.kind})`;
  return `${f.from.join('+')}→${to}:${f.ballots}`;
}
