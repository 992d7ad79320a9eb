/**
 * The ballot being filled on the phone, as plain data: the ranking by taps, the approvals, the
 * grades. Pure (no DOM), so that it is tested on its own and kept in sessionStorage as it is.
 * Option ids are `o1`, `o2`… in the setup's order (the same as the classroom's).
 */
import type { BallotMessage, LiveSetup } from '../live/protocol.ts';

/** A ballot as the protocol carries it (the engine's `Ballot`, reached through the contract). */
export type Ballot = BallotMessage['ballot'];

export interface Draft {
  /** Ranked: option ids, favourite first (the order of the taps). */
  readonly order: readonly string[];
  /** Approval: the approved option ids, in setup order. */
  readonly approves: readonly string[];
  /** Grades: option id → grade (0 … mentions − 1); an option without a grade is absent. */
  readonly grades: Readonly<Record<string, number>>;
}

export const EMPTY_DRAFT: Draft = { order: [], approves: [], grades: {} };

const optionId = (index: number): string => `o${index + 1}`;

export function optionIdsOf(setup: Pick<LiveSetup, 'options'>): string[] {
  return setup.options.map((_, i) => optionId(i));
}

/** A tap on an option of a ranked ballot: ranks it last, or takes it out when it was ranked. */
export function tapRank(draft: Draft, id: string): Draft {
  const order = draft.order.includes(id) ? draft.order.filter((o) => o !== id) : [...draft.order, id];
  return { ...draft, order };
}

/** Moves a ranked option one place up (−1) or down (+1); nothing at either end. */
export function moveRank(draft: Draft, id: string, by: -1 | 1): Draft {
  const from = draft.order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.order.length) return draft;
  const order = [...draft.order];
  [order[from], order[to]] = [order[to], order[from]];
  return { ...draft, order };
}

export function toggleApproval(setup: LiveSetup, draft: Draft, id: string): Draft {
  const on = draft.approves.includes(id) ? draft.approves.filter((o) => o !== id) : [...draft.approves, id];
  const ids = optionIdsOf(setup);
  return { ...draft, approves: ids.filter((o) => on.includes(o)) };
}

export function setGrade(draft: Draft, id: string, grade: number): Draft {
  return { ...draft, grades: { ...draft.grades, [id]: grade } };
}

/** Options of a graded ballot still without a grade. */
export function ungraded(setup: LiveSetup, draft: Draft): string[] {
  return optionIdsOf(setup).filter((id) => draft.grades[id] === undefined);
}

/** Nothing ranked, or nothing approved: sending it casts a blank ballot (asked first). */
export function isBlank(setup: LiveSetup, draft: Draft): boolean {
  if (setup.kind === 'ranked') return draft.order.length === 0;
  if (setup.kind === 'approval') return draft.approves.length === 0;
  return false;
}

/**
 * The ballot to send. Ranked: one option per rank, in the order of the taps (the options not
 * tapped are unranked). Grades: an option left without a grade gets the lowest mention (the
 * page says so before sending).
 */
export function buildBallot(setup: LiveSetup, draft: Draft): Ballot {
  const ids = optionIdsOf(setup);
  if (setup.kind === 'ranked')
    return { kind: 'ranked', ranking: draft.order.filter((id) => ids.includes(id)).map((id) => [id]) };
  if (setup.kind === 'approval') return { kind: 'approval', approves: ids.filter((id) => draft.approves.includes(id)) };
  const top = Math.max((setup.mentions?.length ?? 2) - 1, 1);
  return { kind: 'graded', grades: Object.fromEntries(ids.map((id) => [id, clampGrade(draft.grades[id], top)])) };
}

function clampGrade(grade: number | undefined, top: number): number {
  return grade === undefined || !Number.isInteger(grade) ? 0 : Math.max(0, Math.min(top, grade));
}

/** A draft read back (sessionStorage, any JSON), kept only where it fits this setup. */
export function reviveDraft(setup: LiveSetup, value: unknown): Draft {
  if (typeof value !== 'object' || value === null) return EMPTY_DRAFT;
  const v = value as Record<string, unknown>;
  const ids = optionIdsOf(setup);
  const known = (x: unknown): x is string => typeof x === 'string' && ids.includes(x);
  const order = Array.isArray(v.order) ? [...new Set(v.order.filter(known))] : [];
  const approves = Array.isArray(v.approves) ? ids.filter((id) => (v.approves as unknown[]).includes(id)) : [];
  const top = (setup.mentions?.length ?? 0) - 1;
  const grades: Record<string, number> = {};
  if (typeof v.grades === 'object' && v.grades !== null) {
    for (const [id, g] of Object.entries(v.grades as Record<string, unknown>)) {
      if (known(id) && typeof g === 'number' && Number.isInteger(g) && g >= 0 && g <= top) grades[id] = g;
    }
  }
  return { order, approves, grades };
}

/** The draft a sent ballot came from (to change a ballot that is in the box, starting from it). */
export function draftOf(ballot: Ballot): Draft {
  if (ballot.kind === 'ranked') return { ...EMPTY_DRAFT, order: ballot.ranking.flat() };
  if (ballot.kind === 'approval') return { ...EMPTY_DRAFT, approves: [...ballot.approves] };
  return { ...EMPTY_DRAFT, grades: { ...ballot.grades } };
}
