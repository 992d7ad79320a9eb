/**
 * What a bars chart shows of the mechanism, in words: where an eliminated option's ballots
 * went ("Bulletins transférés depuis la salade : 5 → la soupe, 2 → épuisés"), and where each
 * option's Borda points come from, rank by rank ("la soupe : 5 × 1er = 10 points, 3 × 2e =
 * 3 points → 13 points"). The canvas writes them and the screen reader says them, from the
 * same view. Pure.
 */
import type { ScenarioWords } from '../../scenario/words.ts';
import { capitalize } from '../../scenario/transcript.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { BarsView, RankPoints, Transfers } from './views.ts';

const hundredths = (n: number): number => Math.round(n * 100) / 100;

/** "Ballots transferred from the salad: 5 → the soup, 2 → exhausted". */
export function transferLine(words: ScenarioWords, t: Transfers): string {
  const flows = Object.entries(t.flows).map(([c, n]) =>
    words.msg('count.flow.to', { count: hundredths(n), name: words.option(c) }),
  );
  if (t.exhausted > 0) flows.push(words.msg('count.flow.exhausted', { count: hundredths(t.exhausted) }));
  if (t.overvoted) flows.push(words.msg('count.flow.overvoted', { count: hundredths(t.overvoted) }));
  return `${words.msg('count.flow.from', { from: t.from.map((c) => words.option(c)) })} ${flows.join(', ')}`;
}

/** "1st", "2nd"… in the words' language (its ordinal plural rules pick the ending). */
export function rankName(words: ScenarioWords, position: number): string {
  const n = position + 1;
  const form = new Intl.PluralRules(words.lang, { type: 'ordinal' }).select(n);
  const key =
    `count.borda.ordinal.${form === 'one' || form === 'two' || form === 'few' ? form : 'other'}` as MessageKey;
  return words.msg(key, { n });
}

/** One option's points, rank by rank: "5 × 1st = 10 points, 3 × 2nd = 3 points". */
export function rankParts(words: ScenarioWords, ranks: RankPoints, option: string): string[] {
  const counts = ranks.byRank[option] ?? [];
  const parts = counts.flatMap((count, p) =>
    count > 0
      ? [words.msg('count.borda.part', { count, rank: rankName(words, p), points: count * (counts.length - 1 - p) })]
      : [],
  );
  const shared = ranks.shared[option] ?? 0;
  if (shared > 0)
    parts.push(words.msg('count.borda.shared', { count: shared, points: hundredths(ranks.sharedPoints[option] ?? 0) }));
  return parts;
}

/** Every option's line, in the chart's order (most points first). */
export function rankLines(words: ScenarioWords, view: BarsView): string[] {
  if (!view.ranks) return [];
  const ranks = view.ranks;
  return Object.entries(view.values)
    .sort(([, a], [, b]) => b - a)
    .map(([option, total]) => {
      const parts = rankParts(words, ranks, option);
      return capitalize(
        words.msg('count.borda.line', {
          name: words.option(option),
          parts: parts.length > 0 ? parts.join(', ') : words.msg('count.borda.noBallot'),
          total,
        }),
      );
    });
}

/** What a chart says beyond its bars, for the screen reader. */
export function chartLines(words: ScenarioWords, view: BarsView): string[] {
  return [...(view.transfers ? [transferLine(words, view.transfers)] : []), ...rankLines(words, view)];
}
