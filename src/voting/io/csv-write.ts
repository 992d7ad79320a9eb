/** The CSV writer: one row per ballot group, what a spreadsheet opens (docs/ballot-files.md). */
import Papa from 'papaparse';
import type { Profile } from '../ballots.ts';
import { writeError } from './errors.ts';
import { parseInteger } from './text.ts';

/** A header the reader takes for the count column, never a candidate. */
export const COUNT_HEADER = /^(count|nombre|effectif)$/i;

interface CsvWriteOptions {
  /** `,` by default; `;` for a French spreadsheet. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Start with a byte-order mark, so that Excel reads the accents right. */
  readonly bom?: boolean;
}

/**
 * One row per ballot group, with a `count` column. Ranks are the tier levels (1 = first,
 * blank = unranked); grades are written as they are. A name starting with =, +, - or @ gets
 * an apostrophe in front so a spreadsheet does not run it as a formula (the reader removes it).
 */
export function writeCsv(profile: Profile, options: CsvWriteOptions = {}): string {
  const m = profile.candidates.length;
  if (m === 0) throw writeError('io.write.noCandidates', { format: 'CSV' });
  const header = profile.candidates.map((name) => {
    if (name !== name.trim()) throw writeError('io.write.badName', { name, format: 'CSV' });
    if (COUNT_HEADER.test(name)) throw writeError('io.write.reservedName', { name });
    return /^[=+\-@']/.test(name) ? `'${name}` : name;
  });
  if (profile.candidates.every((name) => parseInteger(name.trim()) !== undefined))
    throw writeError('io.write.numericNames', {});
  header.push('count');
  const rows: (string | number)[][] = [header];
  if (profile.kind === 'ranked') {
    profile.tiers.forEach((tiers, g) => {
      const row: (string | number)[] = new Array<string | number>(m).fill('');
      tiers.forEach((tier, level) => tier.forEach((c) => (row[c] = level + 1)));
      row.push(profile.counts[g]);
      rows.push(row);
    });
  } else {
    profile.counts.forEach((count, g) => rows.push([...profile.grades.subarray(g * m, (g + 1) * m), count]));
  }
  // Quoting any name with a separator in it keeps papaparse's separator guess right.
  const quotes = (value: unknown) => typeof value === 'string' && /[,;\t|]/.test(value);
  const text = Papa.unparse(rows, { delimiter: options.delimiter ?? ',', newline: '\n', quotes });
  return `${options.bom ? '\uFEFF' : ''}${text}\n`;
}
