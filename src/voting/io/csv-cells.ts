/**
 * What a CSV cell holds: a rank or a grade (the reader's second pass, on distinct rows), and
 * how the reader decides between them when it is not told (docs/ballot-files.md).
 */
import type { GradedBallotInput } from '../ballots.ts';
import { GRADE_LIMIT, withinGradeLimit } from '../limits.ts';
import { parseInteger } from './text.ts';
import type { ReadOptions } from './types.ts';

/**
 * A distinct row: its candidate cells (trimmed) joined by NULs (one string per row, lighter
 * than an array of cells: a big file may hold a million of them), its first line and the
 * voters who cast it.
 */
export interface Distinct {
  readonly key: string;
  readonly line: number;
  count: number;
}

/**
 * The key of a row's cells: joined by NUL, with NUL and U+0001 inside a cell (possible in a
 * text given to the reader, never in a decoded file) written as U+0001 pairs, so that the key
 * gives the cells back exactly.
 */
export function rowKey(cells: readonly string[]): string {
  const odd = cells.some((cell) => cell.includes('\u0000') || cell.includes('\u0001'));
  const escape = (cell: string) => cell.split('\u0001').join('\u0001\u0001').split('\u0000').join('\u0001\u0002');
  return (odd ? cells.map(escape) : cells).join('\u0000');
}

function unescapeCell(cell: string): string {
  if (!cell.includes('\u0001')) return cell;
  let out = '';
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] !== '\u0001') out += cell[i];
    else out += cell[++i] === '\u0001' ? '\u0001' : '\u0000';
  }
  return out;
}

export const cellsOf = (row: Distinct): string[] => row.key.split('\u0000').map(unescapeCell);

export function scaleParams(options: ReadOptions, key: string): Record<string, number> {
  if (key === 'io.csv.gradeLimit') return { min: -GRADE_LIMIT, max: GRADE_LIMIT };
  return options.scale ? { min: options.scale.min, max: options.scale.max } : {};
}

/** A rank, null for a blank cell, or the key of the problem. */
export function rankedRow(cell: string): number | null | string {
  if (cell === '') return null;
  const value = parseInteger(cell);
  if (value === undefined) return 'io.csv.notARank';
  return value < 1 ? 'io.csv.rankBelowOne' : value;
}

export function gradedRow(
  scale: ReadOptions['scale'],
  dflt: number | undefined,
): (cell: string) => number | null | string {
  return (cell) => {
    if (cell === '') return dflt === undefined ? 'io.csv.missingGrade' : null; // the builder applies the default
    const value = parseInteger(cell);
    if (value === undefined) return 'io.csv.notAGrade';
    if (scale && (value < scale.min || value > scale.max)) return 'io.csv.gradeOffScale';
    if (!withinGradeLimit(value)) return 'io.csv.gradeLimit'; // before a scale is made from it
    return value;
  };
}

/**
 * Without `options.kind`: grades when a default grade or a scale is given; otherwise ranks
 * when some cell is blank (a graded ballot grades everyone); otherwise ranks when every row
 * holds whole numbers from 1 to the number of candidates and contains a 1; else grades.
 * One case is refused rather than guessed ('fromZero'): with three candidates or more, every
 * row numbering the candidates 0, 1, … m−1 in some order. Those are ranks counted from 0 far
 * more often than grades, and reading them as grades would put the first last.
 */
export function decideKind(
  rows: readonly Distinct[],
  m: number,
  options: ReadOptions,
): 'ranked' | 'graded' | 'fromZero' {
  if (options.defaultGrade !== undefined || options.scale !== undefined) return 'graded';
  let rankLike = true;
  let fromZero = m >= 3 && rows.length > 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    let hasOne = false;
    const seen = new Set<number>();
    for (const cell of cells) {
      if (cell === '') return 'ranked';
      const value = parseInteger(cell);
      if (value === undefined) {
        fromZero = false;
        continue; // reported later, whatever the kind
      }
      if (value < 1 || value > m) rankLike = false;
      if (value === 1) hasOne = true;
      if (value < 0 || value >= m || seen.has(value)) fromZero = false;
      seen.add(value);
    }
    if (!hasOne) rankLike = false;
  }
  return rankLike ? 'ranked' : fromZero ? 'fromZero' : 'graded';
}

export function gradesOf(grades: readonly (number | null)[], names: readonly string[]): GradedBallotInput['grades'] {
  // fromEntries, not assignment: a candidate called "__proto__" must stay a plain key.
  return Object.fromEntries(names.flatMap((name, c) => (grades[c] === null ? [] : [[name, grades[c]]])));
}
