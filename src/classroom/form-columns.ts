/**
 * Spreadsheets from online forms (Google Forms, Framaforms, Microsoft Forms…) carry columns
 * that are not options: a timestamp, an e-mail address, a name. The teacher picks the option
 * columns (we guess them first); the other columns are dropped before the engine's CSV reader
 * sees the file, keeping every row on its line so that an error still names the right line.
 *
 * Forms also write their answers in words: a ranking grid gives "1st choice", "1er choix" or
 * "Premier choix", a yes/no question "Oui". Those cells are turned into the numbers the reader
 * expects. The other shapes of forms (a column per rank, a checkbox or ranking question in one
 * column) are in form-shapes.ts.
 */
import Papa from 'papaparse';
import { ordinalOf } from './ordinals.ts';

export interface CsvColumn {
  readonly index: number;
  /** The header as written. */
  readonly header: string;
  /** The option's name: a form's "Question [Option]" header gives "Option". */
  readonly name: string;
  /** Our guess: an option column (the teacher can change it). */
  readonly option: boolean;
}

export const NOT_OPTIONS =
  /^(horodateur|horodatage|timestamp|date|heure|time|submitted at|start time|completion time|last modified time|heure de début|heure de fin|heure de la dernière modification|id|adresse de messagerie|adresse e-?mail|e-?mail( address)?|courriel|nom|prénom|name|first name|last name|classe|class|score|points|total)$/i;
const COUNT = /^(count|nombre|effectif)$/i;
export const STAMP = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?.*)?$/;

export interface Row {
  readonly cells: string[];
  readonly line: number;
}

function body(text: string): { text: string; delimiter: string } {
  let s = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  let delimiter = '';
  const hint = /^sep=([^\n])[ \t]*\n/i.exec(s);
  if (hint) {
    delimiter = hint[1];
    s = `\n${s.slice(hint[0].length)}`; // keep the line numbers
  }
  return { text: s, delimiter };
}

/** Every row that is not blank, with the line it starts on, and the separator found. */
export function rowsOf(text: string): { rows: Row[]; delimiter: string } {
  const { text: s, delimiter: hinted } = body(text);
  let delimiter = hinted;
  const rows: Row[] = [];
  let line = 1;
  let scanned = 0;
  let start = 0;
  let found = '';
  // A header without any separator is a file of one column: its cells are never split
  // (a Microsoft Forms list "A;B;C;" must not be read as three columns).
  const first = /^[^\n]*\S[^\n]*$/m.exec(s)?.[0] ?? '';
  if (!delimiter && !/[,;\t|]/.test(first)) delimiter = '\u001f';
  Papa.parse<string[]>(s, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      found ||= result.meta.delimiter;
      for (; scanned < start; scanned++) if (s.charCodeAt(scanned) === 10) line++;
      start = result.meta.cursor;
      if (result.data.some((cell) => cell.trim() !== '')) rows.push({ cells: result.data, line });
    },
  });
  return { rows, delimiter: delimiter || found || ',' };
}

export function optionName(header: string): string {
  const bracket = /\[([^\]]+)\]\s*$/.exec(header);
  return (bracket ? bracket[1] : header).trim();
}

/** The columns of a CSV file and our guess of which ones are options. */
export function inspectCsv(text: string): CsvColumn[] {
  const { rows } = rowsOf(text);
  const header = rows[0]?.cells ?? [];
  const sample = rows.slice(1, 21);
  return header.map((cell, index) => {
    const h = cell.trim();
    const values = sample.map((r) => (r.cells[index] ?? '').trim()).filter((v) => v !== '');
    const stamps = values.length > 0 && values.every((v) => STAMP.test(v));
    const words = values.length > 0 && values.every((v) => formCell(v) === v && !/^[+-]?\d+$/.test(v));
    const option = h !== '' && !COUNT.test(h) && !NOT_OPTIONS.test(h) && !stamps && !words;
    return { index, header: h, name: COUNT.test(h) ? h : optionName(h), option };
  });
}

const YES = /^(oui|yes|x|✓|✔|vrai|true|approuvé|approved)$/i;
const NO = /^(non|no|faux|false)$/i;

/** A form's answer as the number the reader expects; anything else unchanged (and reported by the reader). */
export function formCell(value: string): string {
  const v = value.trim();
  if (/^[+-]?\d+$/.test(v) || v === '') return v;
  if (YES.test(v)) return '1';
  if (NO.test(v)) return '0';
  const ordinal = ordinalOf(v);
  if (ordinal !== undefined) return String(ordinal);
  const numbers = v.match(/\d+/g);
  // "1st choice", "1er choix", "Choix 2", "3 étoiles": one number in words.
  return numbers?.length === 1 && /^\D{0,12}\d+\D{0,14}$/.test(v) ? numbers[0] : v;
}

/**
 * The file with only the chosen columns (options, and the count column if any), option
 * headers renamed, form answers turned into numbers, and every row on its original line.
 */
export function keepColumns(text: string, keep: readonly number[]): string {
  const { rows } = rowsOf(text);
  if (rows.length === 0) return text;
  const header = rows[0].cells;
  const count = header.findIndex((h) => COUNT.test(h.trim()));
  const columns = [...keep.filter((i) => i !== count && i < header.length), ...(count >= 0 ? [count] : [])];
  const out: string[] = [];
  let at = 1;
  rows.forEach((row, r) => {
    while (at < row.line) {
      out.push('');
      at++;
    }
    const cells = columns.map((j) => {
      const cell = row.cells[j] ?? '';
      return r === 0 ? (j === count ? cell.trim() : optionName(cell)) : formCell(cell);
    });
    out.push(
      Papa.unparse([cells], { newline: '\n', quotes: (v: unknown) => typeof v === 'string' && /[,;\t|"\n]/.test(v) }),
    );
    at++;
  });
  return `${out.join('\n')}\n`;
}

/** True when the guess left out some column: the teacher should look at the choice. */
export function hasExtraColumns(columns: readonly CsvColumn[]): boolean {
  return columns.some((c) => !c.option && !COUNT.test(c.header));
}
