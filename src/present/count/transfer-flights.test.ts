/**
 * The chips that fly in a count follow the engine's traced transfers, not the bars' growth:
 * a pile that goes nowhere flies to the exhausted pile, an overvote freed by an elimination
 * flies nowhere (it was not the eliminated's to give), and each flight carries its traced figure.
 */
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { methods } from '../../voting/methods/index.ts';
import { countFrames } from './frames.ts';
import { flightLabel, MAX_CHIPS, transferFlights } from './transfers.ts';
import type { BarsView } from './views.ts';

const rounds = (frames: ReturnType<typeof countFrames>, key: string): BarsView[] =>
  frames.filter((f) => f.step.key === key).map((f) => f.view as BarsView);

/** What the bars alone suggest: the growth of each total since the round before. */
const growth = (before: BarsView, after: BarsView): Record<string, number> =>
  Object.fromEntries(
    Object.entries(after.values)
      .map(([c, v]) => [c, v - (before.values[c] ?? 0)] as const)
      .filter(([, d]) => d > 0),
  );

describe('the flights of an instant-runoff count', () => {
  // Round 1: a 4, b 3, d 3, c 0; the 2 ballots c = d are overvoted (see transfers-traced.test.ts).
  const profile = rankedProfile(
    ['a', 'b', 'c', 'd'],
    [
      { ranking: ['a', 'b'], count: 4 },
      { ranking: ['b', 'c'], count: 3 },
      { ranking: [['c', 'd'], 'b'], count: 2 },
      { ranking: ['d'], count: 1 },
      { ranking: ['d', ['b', 'c']], count: 2 },
    ],
  );
  const [r1, r2, r3] = rounds(countFrames(methods.irv.count(profile)), 'irv.round');

  it('flies nothing when d grows only by an overvote the elimination freed', () => {
    expect(growth(r1, r2)).toEqual({ d: 2 });
    expect(r2.transfers).toBeUndefined();
  });

  it('flies a pile with no next choice to the exhausted pile, though no bar grew', () => {
    expect(growth(r2, r3)).toEqual({});
    const flights = transferFlights(r3.transfers!);
    expect(flights).toEqual([{ from: ['b'], to: { kind: 'exhausted' }, ballots: 3, chips: MAX_CHIPS }]);
    expect(flights.map(flightLabel)).toEqual(['b→(exhausted):3']);
  });

  it('flies ballots reaching a shared rank to the void of the round, apart from the exhausted', () => {
    expect(
      transferFlights({ from: ['d'], flows: { a: 3 }, exhausted: 0, overvoted: 1 }).map((f) => [
        flightLabel(f),
        f.chips,
      ]),
    ).toEqual([
      ['d→a:3', 9],
      ['d→(void):1', 3],
    ]);
  });
});

describe('how many chips', () => {
  it('gives every flow at least one chip and shares the rest in proportion, MAX_CHIPS in all', () => {
    const flights = transferFlights({ from: ['x'], flows: { a: 1000, b: 1 }, exhausted: 0 });
    expect(flights.map((f) => f.chips)).toEqual([MAX_CHIPS - 1, 1]);
    const even = transferFlights({ from: ['x'], flows: { a: 5, b: 5 }, exhausted: 5 });
    expect(even.map((f) => f.chips)).toEqual([4, 4, 4]);
  });

  it('keeps one chip each when there are more flows than chips', () => {
    const flows = Object.fromEntries(Array.from({ length: MAX_CHIPS + 3 }, (_, i) => [`o${i}`, i + 1]));
    const flights = transferFlights({ from: ['x'], flows, exhausted: 0 });
    expect(flights.every((f) => f.chips === 1)).toBe(true);
    expect(flights).toHaveLength(MAX_CHIPS + 3);
  });

  it('lets options eliminated together fly from each of their piles', () => {
    const [f] = transferFlights({ from: ['p', 'q'], flows: { a: 4 }, exhausted: 0 });
    expect(flightLabel(f)).toBe('p+q→a:4');
  });
});

describe('the flights of an STV count', () => {
  it('carry the surplus at its fraction, to each next choice as traced', () => {
    // Quota 5: a has 9, its surplus of 4 goes on at 4/9 per ballot: 6 ballots to b, 3 to c.
    const profile = rankedProfile(
      ['a', 'b', 'c'],
      [
        { ranking: ['a', 'b'], count: 6 },
        { ranking: ['a', 'c'], count: 3 },
        { ranking: ['c'], count: 2 },
        { ranking: ['b'], count: 1 },
      ],
    );
    const stages = rounds(countFrames(methods.stv.count(profile, { seats: 2 })), 'stv.stage');
    const surplus = stages.find((s) => s.transfers?.from.includes('a'))!;
    expect(transferFlights(surplus.transfers!).map((f) => [flightLabel(f), f.chips])).toEqual([
      ['a→b:2.66664', 8],
      ['a→c:1.33332', 4],
    ]);
  });

  it('send an excluded candidate’s ballots with no next choice to the exhausted pile', () => {
    // d (1) is excluded first; its only ballot ranks d alone.
    const profile = rankedProfile(
      ['a', 'b', 'c', 'd'],
      [
        { ranking: ['a', 'b'], count: 4 },
        { ranking: ['b', 'a'], count: 3 },
        { ranking: ['c', 'a'], count: 2 },
        { ranking: ['d'], count: 1 },
      ],
    );
    const stages = rounds(countFrames(methods.stv.count(profile, { seats: 2 })), 'stv.stage');
    const afterD = stages.find((s) => s.transfers?.from.includes('d'))!;
    expect(transferFlights(afterD.transfers!).map(flightLabel)).toEqual(['d→(exhausted):1']);
  });
});
