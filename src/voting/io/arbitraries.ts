/** fast-check generators for the io tests (not part of the module's API). */
import fc from 'fast-check';
import { printedForm } from '../names.ts';
import {
  gradedProfile,
  rankedProfile,
  type GradedProfile,
  type RankedBallotInput,
  type RankedProfile,
} from '../ballots.ts';

/**
 * Names every writer can hold: no quote, no line break, no space at the ends, not "count";
 * no control character (src/voting/names.ts), and names() never holds two that print the same.
 */
const safeName = fc
  .string({
    unit: fc.constantFrom('a', 'B', 'é', 'ß', ' ', ',', ';', "'", '=', '-', '@', '{', '}', ':', '#', '1', '\u{1F980}'),
    minLength: 1,
    maxLength: 6,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/^(count|nombre|effectif)$/i.test(s));

export const names = (max = 6) => fc.uniqueArray(safeName, { minLength: 1, maxLength: max, selector: printedForm });

/** A ranked ballot over m candidates: a random subset in random order, cut into tiers. */
export function rankedBallot(candidates: readonly string[]): fc.Arbitrary<RankedBallotInput> {
  const m = candidates.length;
  return fc
    .record({
      order: fc.shuffledSubarray([...candidates], { minLength: 0, maxLength: m }),
      cuts: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      count: fc.integer({ min: 1, max: 1000 }),
    })
    .map(({ order, cuts, count }) => {
      const ranking: (string | string[])[] = [];
      let tier: string[] = [];
      order.forEach((name, i) => {
        tier.push(name);
        if (cuts[i] || i === order.length - 1) {
          ranking.push(tier.length === 1 ? tier[0] : tier);
          tier = [];
        }
      });
      return { ranking, count };
    });
}

export const rankedProfiles = (maxCandidates = 6): fc.Arbitrary<RankedProfile> =>
  names(maxCandidates).chain((candidates) =>
    fc.array(rankedBallot(candidates), { maxLength: 10 }).map((ballots) => rankedProfile(candidates, ballots)),
  );

/** Complete strict ballots only (what .soc and most tools expect). */
export const strictProfiles: fc.Arbitrary<RankedProfile> = names(5).chain((candidates) =>
  fc
    .array(
      fc.record({
        ranking: fc.shuffledSubarray([...candidates], { minLength: candidates.length }),
        count: fc.integer({ min: 1, max: 50 }),
      }),
      {
        maxLength: 8,
      },
    )
    .map((ballots) => rankedProfile(candidates, ballots)),
);

export const gradedProfiles: fc.Arbitrary<GradedProfile> = fc
  .record({ candidates: names(5), min: fc.integer({ min: -3, max: 2 }), width: fc.integer({ min: 1, max: 10 }) })
  .chain(({ candidates, min, width }) =>
    fc
      .array(
        fc.record({
          grades: fc.tuple(...candidates.map(() => fc.integer({ min, max: min + width }))),
          count: fc.integer({ min: 1, max: 1000 }),
        }),
        { maxLength: 10 },
      )
      .map((rows) =>
        gradedProfile(
          candidates,
          rows.map(({ grades, count }) => ({
            grades: Object.fromEntries(candidates.map((c, i) => [c, grades[i]])),
            count,
          })),
          { scale: { min, max: min + width } },
        ),
      ),
  );
