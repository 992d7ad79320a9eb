/**
 * A show of hands read back from what was typed (tally-draft.ts keeps every field by its id):
 * the shows already counted, the one to type next, and — once the last show is counted — the
 * whole count, so that a reload on the results board gives the same results back instead of
 * an empty form. No DOM: the form (hands-view.ts) and the page's start (keep.ts) share it.
 */
import { countClass, type BallotGroup, type ClassElection, type CountedClass } from '../../classroom/election.ts';
import {
  defaultRunoff,
  handsElection,
  nextShow,
  readShow,
  RUNOFFS,
  type HandsTally,
  type Runoff,
  type Show,
} from '../../classroom/hands.ts';
import { fromOptionCounts, readCell } from '../../classroom/tally.ts';

/** The draft's mark of a show of hands counted to its end (its results are on the board). */
export const COUNTED_MARK = 'done';

/** The field of option i in show k (show 1 keeps the historic ids `cr-hands-N`). */
export function handsFieldId(show: number, option: number): string {
  return show === 1 ? `cr-hands-${option + 1}` : `cr-hands-s${show}-${option + 1}`;
}

export function runoffOf(election: ClassElection, fields: Readonly<Record<string, string>>): Runoff {
  return (RUNOFFS as readonly string[]).includes(fields.runoff ?? '')
    ? (fields.runoff as Runoff)
    : defaultRunoff(election);
}

/** The shows already counted, replayed from what was typed (a reload gives the same shows back). */
export function replayShows(
  election: ClassElection,
  runoff: Runoff,
  fields: Readonly<Record<string, string>>,
): { shows: Show[]; next: number[] | undefined } {
  const shows: Show[] = [];
  let options: number[] | undefined = election.options.map((_, i) => i);
  const counted = Number(fields.counted ?? '0');
  while (options && shows.length < counted) {
    const k = shows.length + 1;
    const cells = election.options.map((_, i) => readCell(fields[handsFieldId(k, i)] ?? ''));
    const { show } = readShow(election, cells, options, readCell(fields['cr-people'] ?? ''));
    if (!show) break;
    shows.push(show);
    options = nextShow(runoff, shows);
  }
  return { shows, next: shows.length === 0 ? election.options.map((_, i) => i) : options };
}

/** The hands of a finished show, as ballots and as the tally the count reads. */
function finishedHands(
  election: ClassElection,
  runoff: Runoff,
  shows: readonly Show[],
  people: number | null,
): { groups: BallotGroup[]; hands: HandsTally } | undefined {
  const first = shows[0];
  if (!first || nextShow(runoff, shows)) return undefined;
  const result = fromOptionCounts(
    election,
    first.map((n) => n ?? 0),
  );
  if (!result.groups) return undefined;
  return { groups: result.groups, hands: { runoff, shows, ...(people !== null ? { people } : {}) } };
}

/** The count of a show of hands the draft marks as counted (undefined: none, or it no longer reads). */
export function countedFromDraft(
  election: ClassElection,
  fields: Readonly<Record<string, string>> | undefined,
): { groups: BallotGroup[]; counted: CountedClass } | undefined {
  if (!fields || fields[COUNTED_MARK] !== '1') return undefined;
  const runoff = runoffOf(election, fields);
  const { shows } = replayShows(election, runoff, fields);
  const people = election.kind === 'approval' ? readCell(fields['cr-people'] ?? '') : null;
  const done = finishedHands(election, runoff, shows, people);
  if (!done) return undefined;
  try {
    return { groups: done.groups, counted: countClass(handsElection(election), done.groups, { hands: done.hands }) };
  } catch {
    return undefined; // a draft this engine cannot count any more: the form comes back instead
  }
}
