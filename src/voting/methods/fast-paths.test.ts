/**
 * Checks for the places where a fast path could part from the plain rule it replaces:
 * - random-ballot orders the line of voters by digits instead of by the JSON text of each
 *   ballot: compared here with the text order, with names chosen to trip it up (quotes,
 *   backslashes, prefixes, characters below '"', control and astral characters, lone
 *   surrogates), and whole seeded draws compared with a reference that sorts the texts;
 * - bucklin reads rank vectors for complete ballots and tier lists otherwise: both must agree;
 * - the compact loader must give exactly what rankedProfile gives for the same ballots.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedProfile } from '../ballots.ts';
import { rankedProfileFromOrders } from '../compact.ts';
import { createRng } from '../rng.ts';
import { byCodeUnit, sortNames } from '../result.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { bucklin } from './bucklin.ts';
import { ballotLineOrder, randomBallot } from './random-ballot.ts';

// Names whose JSON texts sort awkwardly (escapes, surrogates, punctuation); no control
// character, blank or look-alike pair, which the engine refuses (src/voting/names.ts).
const AWKWARD = [
  'A',
  'A!',
  'A"',
  'A\\',
  'AB',
  'A#',
  'a',
  'É',
  '\u{1F980}',
  '~',
  '!',
  '"',
  '\\',
  '\ud800',
  '\udc00x',
  '𝄞',
  'Z',
  'ab',
  '[',
  ']',
  ',',
];

/** The order the engine first used: ballots as JSON texts of name lists, in code-unit order. */
function textOrder(profile: RankedProfile): number[] {
  const keys = profile.tiers.map((tiers) =>
    JSON.stringify(tiers.map((t) => sortNames(t.map((c) => profile.candidates[c])))),
  );
  return keys.map((_, g) => g).sort((a, b) => byCodeUnit(keys[a], keys[b]));
}

/** Random elections among any subset of `names` (kept in list order): truncation and shared ranks included. */
const electionArb = (names: readonly string[], maxM: number, maxGroups = 40) =>
  arbitraryRankedElection({ names, pick: 'any', maxCandidates: maxM, maxBallots: maxGroups, maxCount: 5 });

describe('random-ballot line order', () => {
  it('equals the JSON-text order with awkward names, shared ranks and truncation', () => {
    fc.assert(
      fc.property(electionArb(AWKWARD, 9), ({ candidates, ballots }) => {
        const p = rankedProfile(candidates, ballots);
        expect(Array.from(ballotLineOrder(p))).toEqual(textOrder(p));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the JSON-text order on complete ballots, also when the digits do not fit in one number', () => {
    // 21 candidates: 43^22 is far beyond 2^53, so runs sharing their leading digits are
    // ordered by the rest; many ballots share a long prefix here.
    const m = AWKWARD.length;
    const rng = createRng('line-order');
    const rows: number[] = [];
    for (let v = 0; v < 400; v++) {
      const row = [...Array(m).keys()];
      // Shuffle only the last few places: long shared prefixes.
      for (let i = m - 1; i > m - 6; i--) {
        const j = m - 6 + rng.below(i - (m - 6) + 1);
        [row[i], row[j]] = [row[j], row[i]];
      }
      const j = 1 + rng.below(m - 1);
      if (v % 3 === 0) [row[0], row[j]] = [row[j], row[0]];
      rows.push(...row);
    }
    const p = rankedProfile(
      AWKWARD,
      Array.from({ length: 400 }, (_, v) => ({
        ranking: rows.slice(v * m, v * m + m).map((c) => AWKWARD[c]),
        count: 1 + (v % 4),
      })),
    );
    expect(p.complete).toBe(true);
    expect(p.counts.length).toBeGreaterThan(50);
    expect(Array.from(ballotLineOrder(p))).toEqual(textOrder(p));
    // The same ballots through the general path (tier lists) give the same order.
    expect(Array.from(ballotLineOrder({ ...p, complete: false }))).toEqual(textOrder(p));
  });

  it('draws the same voter and ballot as a reference that sorts the JSON texts', () => {
    fc.assert(
      fc.property(electionArb(AWKWARD, 6, 12), fc.string(), ({ candidates, ballots }, seed) => {
        const p = rankedProfile(candidates, ballots);
        const r = randomBallot.count(p, { seed });
        // Reference: the first drawn voter whose ballot has a single first choice.
        const order = textOrder(p);
        const rng = createRng(seed);
        const valid = order.some((g) => p.tiers[g].length > 0 && p.tiers[g][0].length === 1);
        if (!valid) {
          expect(r.winners).toEqual(sortNames(candidates));
          return;
        }
        for (;;) {
          const drawn = rng.below(p.voters);
          let position = drawn;
          const g = order.find((h) => (position -= p.counts[h]) < 0)!;
          const top = p.tiers[g][0];
          if (top && top.length === 1) {
            expect(r.winners).toEqual([candidates[top[0]]]);
            expect(r.steps.at(-1)).toMatchObject({
              key: 'random-ballot.drawn',
              params: { voter: drawn + 1, winner: candidates[top[0]] },
            });
            break;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('bucklin', () => {
  it('reads complete ballots from rank vectors exactly as from tier lists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (m, seeds) => {
        const rows: number[] = [];
        for (const s of seeds) {
          const row = [...Array(m).keys()];
          const rng = createRng(String(s % 50));
          for (let i = m - 1; i > 0; i--) {
            const j = rng.below(i + 1);
            [row[i], row[j]] = [row[j], row[i]];
          }
          rows.push(...row);
        }
        const p = rankedProfileFromOrders(['A', 'B', 'C', 'D', 'E', 'F', 'G'].slice(0, m), Uint8Array.from(rows));
        expect(bucklin.count(p)).toEqual(bucklin.count({ ...p, complete: false }));
      }),
      { numRuns: 200 },
    );
  });

  it('counts no round at all when nobody voted', () => {
    const r = bucklin.count(rankedProfile(['A', 'B'], []));
    expect(r.steps.map((s) => s.key)).toEqual(['bucklin.quota', 'bucklin.noMajority', 'bucklin.winners']);
    expect(r.steps[1].params).toEqual({ round: 0, quota: 1 });
    expect(r.winners).toEqual(['A', 'B']);
  });
});

describe('rankedProfileFromOrders', () => {
  it('gives what rankedProfile gives for the same complete ballots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(), { minLength: 0, maxLength: 80 }), (m, seeds) => {
        const names = Array.from({ length: m }, (_, i) => `K${i}`);
        const rows: number[] = [];
        for (const s of seeds) {
          const row = [...Array(m).keys()];
          const rng = createRng(String(s % 40));
          for (let i = m - 1; i > 0; i--) {
            const j = rng.below(i + 1);
            [row[i], row[j]] = [row[j], row[i]];
          }
          rows.push(...row);
        }
        const fast = rankedProfileFromOrders(names, Uint8Array.from(rows));
        const plain = rankedProfile(
          names,
          seeds.map((_, v) => ({ ranking: rows.slice(v * m, v * m + m).map((c) => names[c]), count: 1 })),
        );
        expect(fast).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('names the first bad row, through the count table (m <= 7) and the hash table (m > 7)', () => {
    // m = 3: rows 0 and 1 fine, row 2 repeats a candidate; row 3 has an index out of range.
    expect(() =>
      rankedProfileFromOrders(['A', 'B', 'C'], Uint8Array.from([0, 1, 2, 2, 1, 0, 1, 1, 0, 0, 1, 9])),
    ).toThrow(/orders\[2\]/);
    expect(() => rankedProfileFromOrders(['A', 'B', 'C'], Uint8Array.from([0, 1, 2, 0, 1, 9]))).toThrow(
      /orders\[1\]: each row/,
    );
    const nine = [...Array(9).keys()];
    const bad = [...nine.slice(0, 8), 200];
    expect(() => rankedProfileFromOrders(nine.map(String), Uint8Array.from([...nine, ...nine, ...bad]))).toThrow(
      /orders\[2\]/,
    );
    // A repeated ballot is counted once per voter, in order of first appearance.
    const back = [...nine].reverse();
    const p = rankedProfileFromOrders(nine.map(String), Uint8Array.from([...back, ...nine, ...back]));
    expect(Array.from(p.counts)).toEqual([2, 1]);
    expect(p.tiers[0].map((t) => t[0])).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });
});
