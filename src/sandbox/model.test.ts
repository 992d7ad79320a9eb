import { describe, expect, it } from 'vitest';
import { CROWD_POINTS, crowdPoints } from './crowd.ts';
import {
  addCrowd,
  addFlag,
  canRemove,
  moveItem,
  nudgeItem,
  removeItem,
  reshapeCrowd,
  SANDBOX_LIMITS,
  setStrategy,
  totalVoters,
  withDimensions,
} from './model.ts';
import { handMadeState, names } from './testing/states.ts';

describe('crowds', () => {
  it('put every member somewhere, the centre first, inside the disc and on the plane', () => {
    for (const [centre, spread, size] of [
      [[50, 50], 20, 137],
      [[3, 97], 35, 500],
      [[40, 40], 1, 7],
      [[10, 90], 0, 12],
    ] as const) {
      const points = crowdPoints({ centre, spread, size }, 2);
      expect(points.reduce((n, p) => n + p.count, 0)).toBe(size);
      expect(points.length).toBeLessThanOrEqual(CROWD_POINTS);
      expect(points[0].position).toEqual(centre);
      for (const p of points) {
        expect(p.position.every((v) => Number.isInteger(v) && v >= 0 && v <= 100)).toBe(true);
        // Rounding moves a point by at most half a unit on each axis.
        expect(Math.hypot(p.position[0] - centre[0], p.position[1] - centre[1])).toBeLessThanOrEqual(spread + 0.75);
      }
      expect(new Set(points.map((p) => p.position.join())).size).toBe(points.length);
    }
  });

  it('are the same every time (a shared link counts the same everywhere)', () => {
    const a = crowdPoints({ centre: [31, 64], spread: 17, size: 200 }, 2);
    expect(crowdPoints({ centre: [31, 64], spread: 17, size: 200 }, 2)).toEqual(a);
    // Written out: a change of the spiral would change every shared link's ballots.
    expect(a.slice(0, 6).map((p) => p.position.join(','))).toEqual([
      '31,64',
      '29,66',
      '31,60',
      '34,68',
      '26,63',
      '36,61',
    ]);
  });

  it('spread along the line in one dimension, centre first', () => {
    const points = crowdPoints({ centre: [50], spread: 10, size: 21 }, 1);
    expect(points[0].position).toEqual([50]);
    expect(points.map((p) => p.position[0]).sort((a, b) => a - b)).toEqual([
      40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
    ]);
  });
});

describe('editing a sandbox', () => {
  it('moves items on whole positions inside the plane', () => {
    let s = handMadeState();
    s = moveItem(s, { kind: 'flag', id: 'flag-1' }, [12.6, 140]);
    expect(s.flags[0].position).toEqual([13, 100]);
    s = nudgeItem(s, { kind: 'crowd', id: 'crowd-1' }, [-30, 1]);
    expect(s.crowds[0].centre).toEqual([0, 36]);
  });

  it('adds and removes within the limits', () => {
    let s = handMadeState();
    for (let i = 0; i < 10; i++) s = addFlag(s, names(`F${i}`), [50, 50]);
    expect(s.flags).toHaveLength(SANDBOX_LIMITS.maxFlags);
    expect(s.flags.at(-1)?.id).toBe('flag-8');
    s = addCrowd(s, { name: names('c'), species: 'shrimp', centre: [10, 10], spread: 5, size: 20 });
    expect(s.crowds.at(-1)).toMatchObject({ id: 'crowd-5', size: 20 });
    while (canRemove(s, { kind: 'flag', id: s.flags[0].id })) s = removeItem(s, { kind: 'flag', id: s.flags[0].id });
    expect(s.flags).toHaveLength(SANDBOX_LIMITS.minFlags);
    expect(removeItem(s, { kind: 'flag', id: s.flags[0].id })).toBe(s);
  });

  it('keeps the number of voters under the limit when a crowd grows', () => {
    let s = handMadeState();
    s = reshapeCrowd(s, 'crowd-1', { size: 10_000, spread: 99 });
    expect(s.crowds[0]).toMatchObject({ size: SANDBOX_LIMITS.maxCrowdSize, spread: SANDBOX_LIMITS.maxSpread });
    expect(totalVoters(s)).toBeLessThanOrEqual(SANDBOX_LIMITS.maxVoters);
    expect(setStrategy(s, 'crowd-2', undefined).crowds[1].strategy).toBeUndefined();
  });

  it('goes to one dimension and back', () => {
    const s = handMadeState();
    const line = withDimensions(s, 1, names('y'));
    expect(line.flags.map((f) => f.position)).toEqual([[20], [55], [62], [85]]);
    const back = withDimensions(line, 2, names('y'));
    expect(back.crowds[0].centre).toEqual([25, 50]);
    expect(back.axes).toEqual([s.axes[0], names('y')]);
  });
});
