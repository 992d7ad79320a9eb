/**
 * The vote's screen-reader table for a large electorate: one row per group of voters, the largest
 * group first (ties keep the election's order), with its number of ballots and its ballot in
 * words. A few groups stay buttons (one per group); past `LARGE_ELECTORATE` groups a list of
 * identical "open the ballot" buttons is unreadable, so the DOM layer draws this table instead.
 */
import type { ScenarioWords } from '../../scenario/words.ts';
import { ballotSummary, FLAVOURS, type VoterToken } from './voters.ts';

/** More groups than this are read as a table. */
export const LARGE_ELECTORATE = 30;
/** Rows shown at first, and added by each "show more". */
export const VOTER_TABLE_PAGE = 20;

export interface VoterRow {
  readonly token: VoterToken;
  /** The group's name (or the voter's). */
  readonly name: string;
  readonly count: number;
  /** The ballot in words (the first kind of ballot the election asked for). */
  readonly ballot: string;
}

export interface VoterTable {
  readonly caption: string;
  /** Group, number of ballots, ranking (or "ballot" when the ballots are not rankings). */
  readonly headers: readonly [string, string, string];
  readonly rows: readonly VoterRow[];
}

export function voterTable(words: ScenarioWords, tokens: readonly VoterToken[]): VoterTable {
  const flavour = FLAVOURS.find((f) => tokens.some((t) => t.ballots[f])) ?? 'ranked';
  const rows = tokens
    .map((token, i) => ({ token, i }))
    .sort((a, b) => b.token.count - a.token.count || a.i - b.i)
    .map(({ token }) => ({
      token,
      name: words.voter(token.voter).name,
      count: token.count,
      ballot: ballotSummary(words, token, flavour),
    }));
  const total = tokens.reduce((s, t) => s + t.count, 0);
  return {
    caption: words.msg('count.voterTable.caption', { groups: tokens.length, total }),
    headers: [
      words.msg('count.voterTable.group'),
      words.msg('count.voterTable.count'),
      words.msg(flavour === 'ranked' ? 'count.voterTable.ranked' : 'count.voterTable.ballot'),
    ],
    rows,
  };
}

/** The "show more" control's words once `shown` rows of the table are drawn. */
export function moreRowsLabel(words: ScenarioWords, shown: number, groups: number): string {
  return words.msg('count.voterTable.more', { shown, groups });
}
