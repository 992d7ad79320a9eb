import { describe, expect, it } from 'vitest';
import type { MethodId } from '../../voting/method.ts';
import { liveCount } from '../live.ts';
import type { SandboxState } from '../model.ts';
import { handMadeState, oneAxis, presetState } from '../testing/states.ts';
import { computeYee, pixelPosition, YEE_NONE, YEE_TIE } from './index.ts';

/** The winner code the engine gives with the flag standing at that pixel, counted like the live panel counts. */
function engineCode(state: SandboxState, flag: string, method: MethodId, position: number[]): number {
  const moved = {
    ...state,
    strategies: false,
    flags: state.flags.map((f) => (f.id === flag ? { ...f, position } : f)),
  };
  const winners = liveCount(moved, [method]).lines[0].winners;
  return winners.length === 1
    ? state.flags.findIndex((f) => f.id === winners[0])
    : winners.length > 1
      ? YEE_TIE
      : YEE_NONE;
}

function withSpreads(state: SandboxState): SandboxState {
  return { ...state, crowds: state.crowds.map((c, i) => ({ ...c, spread: c.size > 1 ? 4 + 6 * i : 0 })) };
}

const CASES: [string, SandboxState, string][] = [
  ['spoiler', withSpreads(presetState('spoiler')), 'kelp'],
  ['condorcet cycle', withSpreads(presetState('condorcet-cycle')), 'hide'],
  ['centre squeeze', presetState('centre-squeeze'), 'maia'],
  ['hand-made', handMadeState(), 'flag-3'],
];
const METHODS: MethodId[] = ['plurality', 'irv', 'schulze', 'approval', 'score', 'borda', 'majority-judgment'];

describe.each(CASES)('Yee diagram of %s', (_name, state, flag) => {
  it.each(METHODS)('%s: every pixel has the winner the engine counts there', (method) => {
    for (const [s, width, height] of [
      [state, 8, 8],
      [oneAxis(state), 16, 1],
    ] as const) {
      const image = computeYee({ state: s, flag, method, width, height });
      const expected: number[] = [];
      for (let j = 0; j < height; j++)
        for (let i = 0; i < width; i++)
          expected.push(engineCode(s, flag, method, pixelPosition(i, j, width, height, s.dimensions)));
      expect(Array.from(image.codes)).toEqual(expected);
    }
  });
});

describe('Yee diagrams', () => {
  it('find ties where the engine finds them (pixel centres on whole positions)', () => {
    // 10 × 10 puts pixel centres on 5, 15, … 95: voters equidistant from two flags are common.
    const state = presetState('condorcet-cycle');
    const image = computeYee({ state, flag: 'race', method: 'approval', width: 10, height: 10 });
    const ties = Array.from(image.codes).filter((c) => c === YEE_TIE).length;
    expect(ties).toBeGreaterThan(0);
    for (let j = 0; j < 10; j++) {
      for (let i = 0; i < 10; i++)
        expect(image.codes[j * 10 + i]).toBe(engineCode(state, 'race', 'approval', pixelPosition(i, j, 10, 10, 2)));
    }
  });

  it('compute any band of rows alone, as the pool asks for them', () => {
    const state = handMadeState();
    const whole = computeYee({ state, flag: 'flag-2', method: 'irv', width: 40, height: 40 });
    const band = computeYee({ state, flag: 'flag-2', method: 'irv', width: 40, height: 40, rowStart: 13, rowEnd: 29 });
    expect(band.rowStart).toBe(13);
    expect(Array.from(band.codes)).toEqual(Array.from(whole.codes.subarray(13 * 40, 29 * 40)));
  });

  it('show the spoiler: where the kelp forest stands, plurality elects the dune and instant runoff the forest', () => {
    const state = presetState('spoiler');
    const at = (method: MethodId, x: number, y: number): number =>
      computeYee({ state, flag: 'kelp', method, width: 100, height: 100 }).codes[y * 100 + x];
    expect(at('plurality', 70, 65)).toBe(0);
    expect(at('irv', 70, 65)).toBe(1);
  });
});
