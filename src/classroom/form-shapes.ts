/**
 * The shapes in which online forms export a class vote, turned into the engine's CSV (a
 * column per option, a row per ballot), every row kept on its original line so that a
 * problem is still reported where the teacher sees it:
 *
 * - `options`: a column per option (a Google Forms grid "Question [Option]" whose cells say
 *   "1st choice" / "Premier choix" / "1", or a yes/no question per option) — form-columns.ts;
 * - `ranks`: a column per rank ("Question [1st choice]", "Premier choix"…) whose cells are
 *   option names (the same grid with ranks as rows);
 * - `list`: one column holding a list of option names: a checkbox question for approval
 *   ("A, B", Google Forms) or Microsoft Forms' ranking question ("A;B;C;", first to last).
 *
 * In the last two shapes the options are the names found in the cells, in order of first
 * appearance (an option nobody named is not in the file, and so not in the election).
 */
import Papa from 'papaparse';
import {
  formCell,
  inspectCsv,
  NOT_OPTIONS,
  optionName,
  rowsOf,
  STAMP,
  type CsvColumn,
  type Row,
} from './form-columns.ts';
import { ordinalOf } from './ordinals.ts';

export type FormShape = 'options' | 'ranks' | 'list';

export interface FormLayout {
  readonly shape: FormShape;
  /** Each column, `option` true when it is read (an option, a rank or the list). */
  readonly columns: CsvColumn[];
  /** `list` only: the list's separator (`;` from Microsoft Forms, `,` from Google Forms). */
  readonly separator?: ';' | ',';
}

/** A row the conversion could not read: a message key (files.row.*) and its parameters. */
export interface RowProblem {
  readonly line: number;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

interface ConvertedForm {
  /** The engine's CSV, rows on their original lines (problem rows left blank). */
  readonly text: string;
  /** The ballot kind the shape says (ranks, or approval for a checkbox question). */
  readonly kind?: 'ranked' | 'approval';
  readonly problems: RowProblem[];
}

/** Cells that are words (option names), not numbers, ranks in words or yes/no. */
function holdsNames(rows: readonly Row[], index: number): boolean {
  const values = rows
    .slice(1, 41)
    .map((r) => (r.cells[index] ?? '').trim())
    .filter((v) => v !== '');
  return values.length > 0 && values.every((v) => formCell(v) === v && !STAMP.test(v));
}

/** Which shape a CSV file is, and which of its columns are read. */
export function inspectForm(text: string): FormLayout {
  const columns = inspectCsv(text);
  const { rows } = rowsOf(text);
  const header = rows[0]?.cells ?? [];
  const ranked = header
    .map((h, index) => ({ index, rank: ordinalOf(optionName(h)) }))
    .filter((c) => c.rank !== undefined && holdsNames(rows, c.index));
  if (ranked.length >= 2 && new Set(ranked.map((c) => c.rank)).size === ranked.length) {
    const read = new Set(ranked.map((c) => c.index));
    return { shape: 'ranks', columns: columns.map((c) => ({ ...c, option: read.has(c.index) })) };
  }
  if (!columns.some((c) => c.option)) {
    const lists = columns.filter((c) => c.header !== '' && !NOT_OPTIONS.test(c.header) && holdsNames(rows, c.index));
    if (lists.length === 1) {
      const [list] = lists;
      const cells = rows.slice(1).map((r) => r.cells[list.index] ?? '');
      const separator = cells.some((v) => v.includes(';')) ? ';' : ',';
      return { shape: 'list', separator, columns: columns.map((c) => ({ ...c, option: c.index === list.index })) };
    }
  }
  return { shape: 'options', columns };
}

/** Writes rows as CSV text with each on its original line. */
function onLines(rows: readonly { line: number; cells: readonly (string | number)[] }[]): string {
  const out: string[] = [];
  let at = 1;
  for (const row of rows) {
    while (at < row.line) {
      out.push('');
      at++;
    }
    out.push(Papa.unparse([row.cells.map(String)], { newline: '\n', quotes: true }));
    at++;
  }
  return `${out.join('\n')}\n`;
}

/** Options in order of first appearance, with the rows' names already split. */
function optionsOf(named: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const names of named) for (const n of names) seen.add(n);
  return [...seen];
}

/** A column per rank whose cells name options: each option gets the rank of its column. */
export function convertRanks(file: string, text: string, layout: FormLayout): ConvertedForm {
  const { rows } = rowsOf(text);
  const rankColumns = layout.columns
    .filter((c) => c.option)
    .map((c) => ({ index: c.index, rank: ordinalOf(c.name) ?? c.index + 1 }));
  rankColumns.sort((a, b) => a.rank - b.rank);
  const data = rows.slice(1).map((row) => ({
    line: row.line,
    named: rankColumns
      .map((c) => ({ name: (row.cells[c.index] ?? '').trim(), rank: c.rank }))
      .filter((x) => x.name !== ''),
  }));
  const options = optionsOf(data.map((d) => d.named.map((x) => x.name)));
  const problems: RowProblem[] = [];
  const out: { line: number; cells: (string | number)[] }[] = [{ line: rows[0]?.line ?? 1, cells: options }];
  for (const { line, named } of data) {
    const twice = named.find((x, i) => named.findIndex((y) => y.name === x.name) !== i);
    if (twice) {
      problems.push({ line, key: 'files.row.rankedTwice', params: { file, line, option: twice.name } });
      continue;
    }
    if (named.length === 0) continue; // a form submitted without this question: no ballot
    out.push({ line, cells: options.map((o) => named.find((x) => x.name === o)?.rank ?? '') });
  }
  return { text: onLines(out), kind: 'ranked', problems };
}

/**
 * One column of lists. Ranked (the order of the list) when the teacher says so, or when the
 * list comes from Microsoft Forms (`;`) and every row orders every option; otherwise approval.
 */
export function convertList(
  file: string,
  text: string,
  layout: FormLayout,
  kind: 'ranked' | 'approval' | 'auto',
): ConvertedForm {
  const { rows } = rowsOf(text);
  const column = layout.columns.find((c) => c.option)?.index ?? 0;
  const separator = layout.separator ?? ',';
  const data = rows.slice(1).map((row) => ({
    line: row.line,
    names: (row.cells[column] ?? '')
      .split(separator)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  }));
  const options = optionsOf(data.map((d) => d.names));
  const complete = data.every((d) => d.names.length === options.length);
  const ranked = kind === 'ranked' || (kind === 'auto' && separator === ';' && complete && options.length > 1);
  const problems: RowProblem[] = [];
  const out: { line: number; cells: (string | number)[] }[] = [{ line: rows[0]?.line ?? 1, cells: options }];
  for (const { line, names } of data) {
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) {
      problems.push({ line, key: 'files.row.namedTwice', params: { file, line, option: twice } });
      continue;
    }
    // An empty checkbox answer is a ballot approving no one; an empty ranking is no ballot.
    if (names.length === 0 && ranked) continue;
    out.push({
      line,
      cells: options.map((o) => (ranked ? (names.includes(o) ? names.indexOf(o) + 1 : '') : names.includes(o) ? 1 : 0)),
    });
  }
  return { text: onLines(out), kind: ranked ? 'ranked' : 'approval', problems };
}
