import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { antiPlurality } from './anti-plurality.ts';

const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('anti-plurality', () => {
  it('elects the candidates ranked last by the fewest voters', () => {
    // 2 A>B>C, 1 B>C>A, 1 C>B>A. Last: C 2, A 2, B 0. B wins although A has the most first places.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 2 },
        { ranking: ['B', 'C', 'A'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    const r = antiPlurality.count(p);
    expect(r.winners).toEqual(['B']);
    expect(r.scores).toEqual({ A: 2, B: 0, C: 2 });
    expect(r.ranking).toEqual([['B'], ['A', 'C']]);
    expect(r.steps.map((s) => s.key)).toEqual(['anti-plurality.lastPlaces', 'anti-plurality.winners']);
    expect(paramsOf(r, 'anti-plurality.lastPlaces')[0]).toEqual({ lastVotes: { B: 0, A: 2, C: 2 }, noLast: 0 });
    expect(paramsOf(r, 'anti-plurality.winners')[0]).toEqual({ winners: ['B'], count: 1, lastVotes: 0 });
  });

  it('keeps ties, including candidates nobody ranks last', () => {
    // A>B>C, B>A>C: C last twice; A and B 0.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    const r = antiPlurality.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
  });

  it('silent case: only ballots naming a single last candidate count (Coombs rule of section 5)', () => {
    // [A] 1: B and C unranked, no last place. [A, B] 1: C alone unranked, so C is last.
    // [A, [B, C]] 1: B and C share the lowest rank, no last place. [C, B, A] 2: A last.
    // Last: A 2, C 1, B 0; 2 ballots name no last place. B wins.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 1 },
        { ranking: ['A', 'B'], count: 1 },
        { ranking: ['A', ['B', 'C']], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 2 },
      ],
    );
    const r = antiPlurality.count(p);
    expect(r.scores).toEqual({ A: 2, B: 0, C: 1 });
    expect(r.winners).toEqual(['B']);
    expect(paramsOf(r, 'anti-plurality.noLast')[0]).toEqual({ count: 2 });
  });
});
