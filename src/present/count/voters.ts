/**
 * The voters of an election as the Election scene shows them: one token per voter or group
 * (with its count), and what each wrote on the ballot of every kind the election asked for,
 * as lines of words a panel (and a screen reader) can show. Pure: tested in Node.
 */
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { Ballot, CastBallot, Flavour } from '../../scenario/preferences.ts';
import type { MethodId } from '../../voting/method.ts';
import { methodFlavour } from '../../scenario/preferences.ts';
import type { ScenarioWords } from '../../scenario/words.ts';

export interface VoterToken {
  readonly voter: string;
  readonly count: number;
  /** The ballot cast for each kind of ballot the election's methods need. */
  readonly ballots: Partial<Record<Flavour, CastBallot>>;
}

export const FLAVOURS: readonly Flavour[] = ['ranked', 'graded', 'approval'];

/** The method whose count the election leads to: the chosen one, or the first counted. */
export function primaryMethod(entry: ElectionEntry): MethodId | undefined {
  return entry.chosen ?? entry.counted.counts[0]?.method;
}

export function voterTokens(entry: ElectionEntry): VoterToken[] {
  const primary = primaryMethod(entry);
  const first = primary ? methodFlavour(primary) : 'ranked';
  const order = [first, ...FLAVOURS.filter((f) => f !== first)];
  const tokens = new Map<string, { voter: string; count: number; ballots: Partial<Record<Flavour, CastBallot>> }>();
  for (const flavour of order) {
    for (const b of entry.counted.ballots[flavour] ?? []) {
      const token = tokens.get(b.voter) ?? { voter: b.voter, count: b.count, ballots: {} };
      token.ballots[flavour] = b;
      tokens.set(b.voter, token);
    }
  }
  return [...tokens.values()];
}

/** One line of an opened ballot: an option's marker (its style index) and the words. */
interface BallotLine {
  readonly option?: string;
  readonly text: string;
  /** Grades: where the grade sits on the scale, 0 to 1, for a small gauge. */
  readonly gauge?: number;
  readonly approved?: boolean;
}

export function ballotLines(
  words: ScenarioWords,
  ballot: Ballot,
  scale: { min: number; max: number } = { min: 0, max: 5 },
): BallotLine[] {
  if (ballot.kind === 'ranked') {
    if (ballot.ranking.length === 0) return [{ text: words.msg('count.ballot.blank') }];
    return ballot.ranking.map((tier, i) => ({
      option: tier[0],
      text: words.msg('count.ballot.rank', { rank: i + 1, names: tier.map((c) => words.option(c)).join(' = ') }),
    }));
  }
  if (ballot.kind === 'approval') {
    return words.candidates.map((c) => {
      const approved = ballot.approves.includes(c);
      return {
        option: c,
        approved,
        text: words.msg(approved ? 'count.ballot.yes' : 'count.ballot.no', { name: words.option(c) }),
      };
    });
  }
  const span = Math.max(1, scale.max - scale.min);
  return words.candidates
    .filter((c) => c in ballot.grades)
    .map((c) => ({
      option: c,
      gauge: (ballot.grades[c] - scale.min) / span,
      text: words.msg('count.ballot.grade', { name: words.option(c), grade: words.grade(ballot.grades[c]) }),
    }));
}

/** The heading of a ballot's grades: the ends of the scale, by their names when they have some. */
export function gradesHeading(words: ScenarioWords, scale: { min: number; max: number }): string {
  const ends = { min: words.grade(scale.min), max: words.grade(scale.max) };
  return words.msg(words.gradesNamed ? 'count.ballot.gradeNames' : 'count.ballot.grades', ends);
}

/** The grade scale of graded ballots, read from the ballots themselves when nothing says it. */
export function gradeScale(tokens: readonly VoterToken[], fallback = { min: 0, max: 5 }): { min: number; max: number } {
  const grades = tokens.flatMap((t) =>
    t.ballots.graded?.cast.kind === 'graded' ? Object.values(t.ballots.graded.cast.grades) : [],
  );
  if (grades.length === 0) return fallback;
  return { min: Math.min(fallback.min, ...grades), max: Math.max(fallback.max, ...grades) };
}

/** The whole ballot in words, for the live region and the ballot's DOM twin. */
export function ballotSummary(words: ScenarioWords, token: VoterToken, flavour: Flavour): string {
  const b = token.ballots[flavour];
  if (!b) return '';
  const cast = ballotLines(words, b.cast)
    .map((l) => l.text)
    .join(', ');
  if (!b.strategy) return cast;
  const sincere = ballotLines(words, b.sincere)
    .map((l) => l.text)
    .join(', ');
  return `${words.msg('count.ballot.sincere')} — ${sincere}. ${words.msg('count.ballot.cast')} — ${cast}. ${words.msg('count.ballot.strategy', { strategy: words.msg(`scenario.strategy.${b.strategy}`) })}`;
}
