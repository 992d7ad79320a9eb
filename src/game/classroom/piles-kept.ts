/**
 * Piles of paper ballots read from what was typed, field by field (the ids tally-draft.ts keeps
 * them by): the form counts its piles this way, so that what is saved and what is counted are
 * read alike. No DOM.
 */
import type { ClassElection } from '../../classroom/election.ts';
import { fromRows, readCell, type TallyResult, type TallyRow } from '../../classroom/tally.ts';

/** The most piles a form holds (as many rows as the teacher added, within reason). */
export const MAX_PILES = 100;

export const pileCellId = (row: number, option: number): string => `cr-pile-${row}-${option + 1}`;
export const pileCountId = (row: number): string => `cr-pile-${row}-count`;

/** The number of rows the typed fields name (at least `fallback`). */
export function pileRows(fields: Readonly<Record<string, string>>, fallback: number): number {
  return Math.min(MAX_PILES, Math.max(fallback, Number(fields.rows) || 0));
}

/** The piles as typed: a tick is `1` for approval, a number otherwise. */
export function pilesFromFields(election: ClassElection, fields: Readonly<Record<string, string>>): TallyResult {
  const rows: TallyRow[] = [];
  // Every row the form had (no cap here: a pile typed is a pile counted).
  for (let r = 1; r <= (Number(fields.rows) || 0); r++)
    rows.push({
      cells: election.options.map((_, i) => {
        const typed = fields[pileCellId(r, i)] ?? '';
        return election.kind === 'approval' ? (typed === '1' ? 1 : null) : readCell(typed);
      }),
      count: readCell(fields[pileCountId(r)] ?? ''),
    });
  return fromRows(election, rows);
}
