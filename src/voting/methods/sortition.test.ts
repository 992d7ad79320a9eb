import { describe, expect, it } from 'vitest';
import { gradedProfile, rankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { createRng } from '../rng.ts';
import { sortition } from './sortition.ts';

const crew = ['Crabe', 'Homard', 'Crevette', 'Langouste', 'Bernard', 'Krill'];
const p = rankedProfile(crew, []);

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof VotingError ? e.code : 'other';
  }
  return undefined;
}

describe('sortition', () => {
  it('draws one member by default, by position below(pool size) in name order', () => {
    // Pool in code-unit order: Bernard, Crabe, Crevette, Homard, Krill, Langouste.
    const pool = [...crew].sort();
    const r = sortition.count(p, { seed: 'récif' });
    const index = createRng('récif').below(6);
    expect(r.winners).toEqual([pool[index]]);
    expect(r.seats).toBe(1);
    expect(r.seed).toBe('récif');
    expect(r.steps).toEqual([
      { key: 'sortition.population', params: { population: pool, seats: 1 } },
      { key: 'sortition.seed', params: { seed: 'récif' } },
      { key: 'sortition.draw', params: { draw: 1, pool: 6, position: index + 1, name: pool[index] } },
      { key: 'sortition.chosen', params: { winners: [pool[index]] } },
    ]);
  });

  it('draws k without replacement, reproducibly, whatever the candidate order', () => {
    const rng = createRng('k3');
    const left = [...crew].sort();
    const expected = [0, 1, 2].map(() => left.splice(rng.below(left.length), 1)[0]);
    const r = sortition.count(p, { seed: 'k3', seats: 3 });
    expect(r.elected).toEqual(expected);
    expect(r.winners).toEqual([...expected].sort());
    expect(sortition.count(rankedProfile([...crew].reverse(), []), { seed: 'k3', seats: 3 }).elected).toEqual(expected);
    expect(sortition.count(p, { seed: 'k3', seats: 3 })).toEqual(r);
  });

  it('ignores ballots, ranked or graded', () => {
    const ranked = rankedProfile(['A', 'B', 'C'], [{ ranking: ['C', 'B', 'A'], count: 9 }]);
    const graded = gradedProfile(['A', 'B', 'C'], [{ grades: { A: 0, B: 0, C: 5 }, count: 9 }], {
      scale: { min: 0, max: 5 },
    });
    expect(sortition.count(ranked, { seed: 'g', seats: 2 }).elected).toEqual(
      sortition.count(graded, { seed: 'g', seats: 2 }).elected,
    );
  });

  it('fills strata with their own seats, in the order given', () => {
    const strata = [
      { name: 'crabes', members: ['Crabe', 'Bernard', 'Homard'], seats: 1 },
      { name: 'crevettes', members: ['Krill', 'Crevette', 'Langouste'], seats: 1 },
    ];
    const r = sortition.count(p, { seed: 'parité', strata });
    const rng = createRng('parité');
    const crab = ['Bernard', 'Crabe', 'Homard'][rng.below(3)];
    const shrimp = ['Crevette', 'Krill', 'Langouste'][rng.below(3)];
    expect(r.seats).toBe(2);
    expect(r.elected).toEqual([crab, shrimp]);
    expect(r.steps[2]).toEqual({
      key: 'sortition.stratum',
      params: { stratum: 'crabes', members: ['Bernard', 'Crabe', 'Homard'], seats: 1 },
    });
    expect(r.steps[3]).toMatchObject({
      key: 'sortition.stratumDraw',
      params: { stratum: 'crabes', draw: 1, pool: 3, name: crab },
    });
  });

  it('draws the seats beyond the strata among the candidates in no stratum', () => {
    const strata = [{ name: 'crabes', members: ['Crabe', 'Bernard'], seats: 2 }];
    const r = sortition.count(p, { seed: 'reste', strata, seats: 3 });
    expect(r.elected?.slice(0, 2).sort()).toEqual(['Bernard', 'Crabe']);
    expect(['Crevette', 'Homard', 'Krill', 'Langouste']).toContain(r.elected?.[2]);
    expect(r.steps).toContainEqual({
      key: 'sortition.others',
      params: { members: ['Crevette', 'Homard', 'Krill', 'Langouste'], seats: 1 },
    });
  });

  it('makes a fresh seed when none is given, shows it, and the draw replays with it', () => {
    const r = sortition.count(p, { seats: 2 });
    expect(typeof r.seed).toBe('string');
    expect(r.seed!.length).toBeGreaterThan(3);
    expect(r.steps[1]).toEqual({ key: 'sortition.freshSeed', params: { seed: r.seed } });
    expect(sortition.count(p, { seats: 2, seed: r.seed }).elected).toEqual(r.elected);
  });

  it('gives every member the same chance over many seeds', () => {
    const hits = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const [w] = sortition.count(p, { seed: String(i) }).winners;
      hits.set(w, (hits.get(w) ?? 0) + 1);
    }
    for (const c of crew) {
      expect(hits.get(c)).toBeGreaterThan(400);
      expect(hits.get(c)).toBeLessThan(600);
    }
  });

  it('refuses impossible draws with clear errors', () => {
    expect(codeOf(() => sortition.count(p, { seed: 's', seats: 7 }))).toBe('sortition.tooManySeats');
    expect(codeOf(() => sortition.count(p, { seed: 's', seats: 0 }))).toBe('error.seats');
    expect(codeOf(() => sortition.count(p, { seed: 's', strata: [{ name: 'x', members: ['Nemo'], seats: 1 }] }))).toBe(
      'sortition.unknownMember',
    );
    const twice = [
      { name: 'a', members: ['Crabe'], seats: 1 },
      { name: 'b', members: ['Crabe'], seats: 0 },
    ];
    expect(codeOf(() => sortition.count(p, { seed: 's', strata: twice }))).toBe('sortition.memberTwice');
    expect(codeOf(() => sortition.count(p, { seed: 's', strata: [{ name: 'a', members: ['Crabe'], seats: 2 }] }))).toBe(
      'sortition.stratumSeats',
    );
    expect(
      codeOf(() =>
        sortition.count(p, { seed: 's', seats: 1, strata: [{ name: 'a', members: ['Crabe', 'Krill'], seats: 2 }] }),
      ),
    ).toBe('sortition.strataSeats');
    expect(() => sortition.count(p, { seed: 's', strata: [{ name: 'x', members: ['Nemo'], seats: 1 }] })).toThrow(
      /strata\[0\]\.members\[0\]/,
    );
  });
});
