/**
 * Shows of hands, counted for what they are. A raised hand says one thing: "this option"
 * (ranked election: a first choice; approval election: "I accept this one"). It never says a
 * second choice, so only the methods that ask nothing more are counted from hands:
 * - plurality: one show of hands;
 * - two-round: a first show, then — unless an option has more than half of the hands — a
 *   second show between the finalists, typed after the first is counted. Finalists: the
 *   option(s) with the most hands, and, when one leads alone, every option tied at the next
 *   count (the engine's two-round variant, src/voting/methods/two-round.ts);
 * - instant runoff as successive shows: each show, the option(s) with the fewest hands leave,
 *   until one has more than half of the show's hands (or all that remain are tied);
 * - approval by hands: one show where a person may raise a hand for several options, with the
 *   number of people in the room asked for (N hands are not N voters).
 * Borda, Condorcet methods, IRV on first choices only… would read a hand as a whole ballot
 * and teach a false result: they are left out, and the teacher is told why.
 * Pure: no DOM.
 */
import type { MethodId } from '../voting/method.ts';
import { createRng } from '../voting/rng.ts';
import { optionId, type ClassElection, type SetupProblem } from './election.ts';
import type { Cell } from './tally.ts';

export const RUNOFFS = ['none', 'two-round', 'irv'] as const;
/** How a ranked election goes on after the first show of hands. */
export type Runoff = (typeof RUNOFFS)[number];

/** One show of hands: hands per option index; null for the options no longer in. */
export type Show = readonly (number | null)[];

export interface HandsTally {
  readonly runoff: Runoff;
  readonly shows: readonly Show[];
  /** Approval by hands: how many people were there to raise them. */
  readonly people?: number;
}

/** The methods a show of hands of this election's kind can answer, offered in this order. */
export function handsMethods(election: Pick<ClassElection, 'kind'>): MethodId[] {
  if (election.kind === 'ranked') return ['plurality', 'two-round', 'irv'];
  if (election.kind === 'approval') return ['approval'];
  return [];
}

/** The election's methods that hands cannot answer (named to the teacher, never counted). */
export function leftOutByHands(election: Pick<ClassElection, 'kind' | 'methods'>): MethodId[] {
  const honest = handsMethods(election);
  return election.methods.filter((m) => !honest.includes(m));
}

/** The runoff offered first: the one the teacher chose at setup, if any. */
export function defaultRunoff(election: Pick<ClassElection, 'kind' | 'methods'>): Runoff {
  if (election.kind !== 'ranked') return 'none';
  if (election.methods.includes('two-round')) return 'two-round';
  if (election.methods.includes('irv')) return 'irv';
  return 'none';
}

/** The method a runoff counts for (plurality for none). */
function runoffMethod(runoff: Runoff): MethodId {
  return runoff === 'none' ? 'plurality' : runoff;
}

/** The options in a show, by index. */
export function inShow(show: Show): number[] {
  return show.flatMap((n, i) => (n === null ? [] : [i]));
}

function total(show: Show): number {
  return show.reduce<number>((s, n) => s + (n ?? 0), 0);
}

function best(show: Show, lowest = false): number[] {
  const ins = inShow(show);
  if (ins.length === 0) return [];
  const values = ins.map((i) => show[i] as number);
  const target = lowest ? Math.min(...values) : Math.max(...values);
  return ins.filter((i) => show[i] === target);
}

/** The option with more than half of this show's hands, if any. */
export function majorityOf(show: Show): number | undefined {
  const top = best(show);
  return top.length === 1 && (show[top[0]] as number) * 2 > total(show) ? top[0] : undefined;
}

/**
 * Who is in the next show of hands, or undefined when the count is over. The first show has
 * every option; a plurality count stops there.
 */
export function nextShow(runoff: Runoff, shows: readonly Show[]): number[] | undefined {
  const last = shows[shows.length - 1];
  if (!last || runoff === 'none') return undefined;
  if (majorityOf(last) !== undefined) return undefined;
  if (runoff === 'two-round') {
    if (shows.length >= 2) return undefined;
    const top = best(last);
    if (top.length > 1) return top.length === inShow(last).length ? undefined : top;
    const rest: (number | null)[] = [...last];
    rest[top[0]] = null;
    const second = best(rest);
    return second.length === 0 ? undefined : [top[0], ...second].sort((a, b) => a - b);
  }
  const ins = inShow(last);
  const out = best(last, true);
  if (ins.length <= 1 || out.length === ins.length) return undefined;
  return ins.filter((i) => !out.includes(i));
}

/**
 * Checks a typed show of hands: `cells` has one cell per option; only `options` are read.
 * Approval: `people` must be given and no option can have more hands than people.
 */
export function readShow(
  election: ClassElection,
  cells: readonly Cell[],
  options: readonly number[],
  people?: Cell,
): { show?: Show; problem?: SetupProblem } {
  const show: (number | null)[] = election.options.map(() => null);
  for (const i of options) {
    const n = cells[i] ?? null;
    if (n !== null && (!Number.isSafeInteger(n) || n < 0))
      return { problem: { key: 'classroom.tally.badOptionCount', params: { option: election.options[i] } } };
    show[i] = n ?? 0;
  }
  if (total(show) === 0) return { problem: { key: 'classroom.tally.nobody', params: {} } };
  if (election.kind === 'approval') {
    if (people === null || people === undefined || !Number.isSafeInteger(people) || people < 1)
      return { problem: { key: 'classroom.hands.badPeople', params: {} } };
    const over = options.find((i) => (show[i] as number) > people);
    if (over !== undefined)
      return {
        problem: {
          key: 'classroom.hands.morethanPeople',
          params: { option: election.options[over], n: show[over] as number, people },
        },
      };
  }
  return { show };
}

/** A stage of a count by hands, in figures: hands per option of that show. */
interface HandsStage {
  readonly show: number;
  readonly figures: readonly { readonly index: number; readonly value: number }[];
}

interface HandsOutcome {
  readonly method: MethodId;
  /** Winner indexes after the draw, when one was made. */
  readonly winners: readonly number[];
  /** Still tied (no draw asked for). */
  readonly tie: boolean;
  /** The tied options a draw chose among, with its seed. */
  readonly drawn?: { readonly tied: readonly number[]; readonly seed: string };
  readonly stages: readonly HandsStage[];
  /** The runoff is not over: the next show of hands has not been typed. */
  readonly pending?: readonly number[];
}

/**
 * One place drawn by lot among tied option indexes, as the engine's `lot` tie-break draws it
 * (src/voting/tiebreak.ts): the tied listed by id in code-unit order, position below(size) of
 * createRng(seed). The same seed gives the same draw.
 */
export function drawOne(tied: readonly number[], seed: string): number {
  const pool = [...tied].sort((a, b) => (optionId(a) < optionId(b) ? -1 : optionId(a) > optionId(b) ? 1 : 0));
  return pool[createRng(seed).below(pool.length)];
}

/** The runoff's outcome (two-round or successive shows) from the shows typed so far. */
export function runoffOutcome(tally: HandsTally, seed?: string): HandsOutcome {
  const method = runoffMethod(tally.runoff);
  const stages = tally.shows.map((show, k) => ({
    show: k + 1,
    figures: inShow(show).map((index) => ({ index, value: show[index] as number })),
  }));
  const pending = nextShow(tally.runoff, tally.shows);
  const last = tally.shows[tally.shows.length - 1] ?? [];
  const top = pending ? [] : best(last);
  if (top.length > 1 && seed !== undefined)
    return { method, winners: [drawOne(top, seed)], tie: false, drawn: { tied: top, seed }, stages };
  return { method, winners: top, tie: top.length > 1, stages, ...(pending ? { pending } : {}) };
}

/** The election as counted by the engine from a show of hands: only what one show answers. */
export function handsElection(election: ClassElection): ClassElection {
  return { ...election, methods: election.kind === 'approval' ? ['approval'] : ['plurality'] };
}
