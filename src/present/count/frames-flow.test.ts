import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { methods } from '../../voting/methods/index.ts';
import { scenarioElection, scenarioOf } from '../bench/election.ts';
import { countFrames } from './frames.ts';
import type { BarsView, CountView } from './views.ts';

const dir = new URL('../../../scenarios/', import.meta.url);
const chapter = (n: number) => {
  const file = readdirSync(dir).find((f) => f.startsWith(`chapter-${n}-`) && f.endsWith('.json'));
  return scenarioOf(readFileSync(new URL(file as string, dir), 'utf8'));
};
const resultOf = (n: number, election: string, method: string) =>
  scenarioElection(chapter(n), election).entry.counted.counts.find((c) => c.method === method)!.result!;
const bars = (v: CountView): BarsView | undefined => (v.kind === 'bars' ? v : undefined);

const profile = rankedProfile(
  ['a', 'b', 'c', 'd'],
  [
    { ranking: ['a', 'b', 'c', 'd'], count: 8 },
    { ranking: ['b', 'c', 'a', 'd'], count: 7 },
    { ranking: ['c', 'b', 'd', 'a'], count: 5 },
    { ranking: ['d', 'c'], count: 3 },
  ],
);

describe('the count shows the mechanism', () => {
  it('never opens on the final totals or ranking: a step without its own chart shows the options unranked', () => {
    for (const [id, method] of Object.entries(methods)) {
      if (method.info.ballot === 'graded') continue;
      const result = method.count(profile as never, { seats: method.info.winners === 'multi' ? 2 : 1, seed: 'reef' });
      const first = countFrames(result)[0].view;
      if (first.kind === 'list' && first.unranked) {
        expect(
          first.tiers.map((t) => t[0]),
          id,
        ).toEqual(result.candidates);
        expect(first.winners, id).toEqual([]);
      }
    }
    // Bucklin opens on its majority, before round 1: its final totals (b 20) are not shown yet.
    const bucklin = countFrames(methods.bucklin.count(profile));
    expect(bucklin[0].step.key).toBe('bucklin.quota');
    expect(bucklin[0].view).toMatchObject({ kind: 'list', unranked: true });
  });

  it('says where an eliminated option’s ballots went, round after round (instant runoff)', () => {
    const frames = countFrames(methods.irv.count(profile));
    const rounds = frames.filter((f) => f.step.key === 'irv.round').map((f) => bars(f.view)!);
    expect(rounds[0].transfers).toBeUndefined();
    // d is out after round 1: its 3 ballots go to c.
    expect(rounds[1].transfers).toEqual({ from: ['d'], flows: { c: 3 }, exhausted: 0 });
    // b is out after round 2: 7 ballots to c (its 3 from d had c next too, they stay).
    expect(rounds[2].transfers?.from).toEqual(['b']);
    expect(rounds[2].transfers?.flows).toEqual({ c: 7 });
  });

  it('counts ballots with no choice left into the exhausted pile as they move (chapter 3’s trial)', () => {
    const frames = countFrames(resultOf(3, 'trial', 'irv'));
    const moved = frames.map((f) => bars(f.view)?.transfers).filter((t) => t !== undefined);
    expect(moved.length).toBeGreaterThan(0);
    for (const t of moved) expect(Object.values(t.flows).every((n) => n > 0)).toBe(true);
    // Every ballot an eliminated option had is accounted for: received by others or exhausted.
    const rounds = frames.filter((f) => f.step.key === 'irv.round');
    for (let k = 1; k < rounds.length; k++) {
      const t = bars(rounds[k].view)!.transfers!;
      const before = bars(rounds[k - 1].view)!.values;
      const left = t.from.reduce((n, c) => n + (before[c] ?? 0), 0);
      const got = Object.values(t.flows).reduce((n, v) => n + v, 0) + t.exhausted;
      expect(got).toBe(left);
    }
  });

  it('shows STV’s transfers from its stages and its exhausted ballots as a pile', () => {
    // Three voters name d alone: when d is excluded, their ballots have nowhere to go.
    const truncated = rankedProfile(
      ['a', 'b', 'c', 'd'],
      [
        { ranking: ['a', 'b'], count: 8 },
        { ranking: ['b', 'c', 'a'], count: 7 },
        { ranking: ['c', 'b'], count: 5 },
        { ranking: ['d'], count: 3 },
      ],
    );
    const frames = countFrames(methods.stv.count(truncated, { seats: 1 }));
    const stages = frames.filter((f) => f.step.key === 'stv.stage').map((f) => bars(f.view)!);
    const afterD = stages.find((s) => s.transfers?.from.includes('d'));
    expect(afterD?.transfers?.exhausted).toBe(3);
    expect(afterD?.exhausted).toBe(3);
    // Once exhausted, the pile stays on every later stage.
    const at = stages.indexOf(afterD!);
    for (const s of stages.slice(at)) expect(s.exhausted).toBeGreaterThanOrEqual(3);
  });
});

describe('seats and lots', () => {
  it('never takes a seat away from the chamber between steps, in every seats count of chapter 8', () => {
    let compared = 0;
    for (const election of ['lists', 'round2', 'delegates', 'panel-crabs']) {
      for (const count of scenarioElection(chapter(8), election, true).entry.counted.counts) {
        if (!count.result) continue;
        let seats: Readonly<Record<string, number>> | undefined;
        let elected: readonly string[] = [];
        let drawn: readonly string[] = [];
        for (const { step, view } of countFrames(count.result)) {
          const at = `${election} ${count.method} ${step.key}`;
          if (view.kind === 'seats') {
            for (const [list, n] of Object.entries(seats ?? {}))
              expect(view.seats[list] ?? 0, at).toBeGreaterThanOrEqual(n);
            seats = view.seats;
            compared++;
          }
          if (view.kind === 'bars') {
            for (const c of elected) expect(view.elected, at).toContain(c);
            elected = view.elected;
          }
          if (view.kind === 'draw') {
            for (const c of drawn) expect(view.drawn, at).toContain(c);
            drawn = view.drawn;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('keeps the majority bonus in the chamber while the other seats are shared (French municipal)', () => {
    const frames = countFrames(resultOf(8, 'round2', 'french-municipal'));
    const order = frames.find((f) => f.step.key === 'french-municipal.order')!.view;
    const bonus = frames.find((f) => f.step.key === 'french-municipal.bonus')!.view;
    expect(bonus.kind === 'seats' && bonus.seats).toEqual({ dune: 10 });
    expect(order.kind === 'seats' && order.seats.dune).toBe(13);
  });

  it('shows each draw of a sortition with its number in the pool left (chapter 8: seed « sable »)', () => {
    const frames = countFrames(resultOf(8, 'panel-crabs', 'sortition'));
    const last = frames.at(-1)!.view;
    expect(last.kind).toBe('draw');
    if (last.kind !== 'draw') return;
    expect(last.draws?.map((d) => d.draw)).toEqual([1, 2]);
    // The cards are in the engine's order, so that number n is the n-th card still in the pool.
    expect(last.pool).toEqual([...last.pool].sort());
    for (const d of last.draws ?? []) {
      const before = last.pool.filter((c) => !last.draws!.some((e) => e.draw < d.draw && e.name === c));
      expect(before.length).toBe(d.pool);
      expect(before[d.position - 1]).toBe(d.name);
    }
    expect(last.drawn).toEqual(last.draws?.map((d) => d.name));
  });
});
