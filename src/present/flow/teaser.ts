/**
 * The title screen's small demonstration: 21 crustaceans choose a shelter, and four methods
 * elect three different places from the same ballots. Counted by the engine when the title
 * shows, from ballots only: nothing here says who wins. Only the four methods are imported.
 */
import { rankedProfile } from '../../voting/ballots.ts';
import type { MethodId } from '../../voting/method.ts';
import { borda } from '../../voting/methods/borda.ts';
import { irv } from '../../voting/methods/irv.ts';
import { plurality } from '../../voting/methods/plurality.ts';
import { schulze } from '../../voting/methods/schulze.ts';
import type { Lang } from '../../i18n/format.ts';

export const TEASER_PLACES = ['dune', 'kelp', 'reef'] as const;
export type TeaserPlace = (typeof TEASER_PLACES)[number];

export const TEASER_BALLOTS: readonly { ranking: TeaserPlace[]; count: number }[] = [
  { ranking: ['dune', 'reef', 'kelp'], count: 8 },
  { ranking: ['kelp', 'reef', 'dune'], count: 7 },
  { ranking: ['reef', 'kelp', 'dune'], count: 4 },
  { ranking: ['reef', 'dune', 'kelp'], count: 2 },
];

const TEASER_METHODS = { plurality, irv, borda, schulze } as const;

export interface TeaserLine {
  readonly method: MethodId;
  readonly name: Readonly<Record<Lang, string>>;
  readonly winners: readonly TeaserPlace[];
}

export function countTeaser(): TeaserLine[] {
  const profile = rankedProfile(TEASER_PLACES, TEASER_BALLOTS);
  return Object.values(TEASER_METHODS).map((m) => ({
    method: m.info.id,
    name: m.info.name,
    winners: m.count(profile).winners as TeaserPlace[],
  }));
}
