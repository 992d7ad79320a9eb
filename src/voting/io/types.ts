import type { GradeScale, Profile } from '../ballots.ts';

export const BALLOT_FORMATS = ['json', 'csv', 'soc', 'soi', 'toc', 'toi', 'blt'] as const;
export type BallotFormat = (typeof BALLOT_FORMATS)[number];
export type PrefLibFormat = 'soc' | 'soi' | 'toc' | 'toi';

/** What a reader found in a file. */
export interface ElectionFile {
  readonly format: BallotFormat;
  readonly title?: string;
  readonly profile: Profile;
  readonly seats?: number;
  /**
   * Everything else the file says, kept for whoever needs it: the other keys of a JSON file
   * (`id`, `source`, `official`...), the other `# KEY: value` lines of a PrefLib file, the
   * withdrawn candidates of a BLT file (`withdrawn`).
   */
  readonly extra?: Record<string, unknown>;
  /**
   * What the reader decided or noticed and the reader of the file must be told (a CSV read as
   * ranks or as grades, a file with no ballot): message keys (`io.note.*`) with their file.
   */
  readonly notes?: readonly FileNote[];
}

/** A message for whoever opened the file: a key of src/i18n/messages/readers.ts and its parameters. */
export interface FileNote {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ReadOptions {
  /** Read as this format whatever the file name says. */
  readonly format?: BallotFormat;
  /** CSV: the cells hold ranks or grades. Without it the reader decides (see docs/ballot-files.md). */
  readonly kind?: 'ranked' | 'graded';
  /** Graded CSV (and JSON files without "grade_scale"): the grade scale. */
  readonly scale?: GradeScale;
  /** Graded CSV: approval threshold (default floor(max/2)+1 above min, as in the engine). */
  readonly approvalThreshold?: number;
  /** Graded CSV: the grade of a blank cell; without it a blank cell is an error. */
  readonly defaultGrade?: number;
  /** Longest text accepted, in characters (default 32 million, about 32 MB). */
  readonly maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 32_000_000;

/**
 * The most bytes DEFAULT_MAX_CHARS characters take in UTF-8 (3 per UTF-16 code unit): a
 * bigger file cannot be read, so the command line refuses it by its size, before reading it.
 */
export const MAX_FILE_BYTES = 3 * DEFAULT_MAX_CHARS;

/**
 * Distinct ballot groups a file may hold (distinct rows of a CSV, distinct orders): what a
 * reader keeps of a file is its groups, so this bounds its memory whatever the file's size
 * (about 1 GB at most for a million groups over a dozen candidates: docs/ballot-files.md).
 */
export const MAX_GROUPS = 1_000_000;

/**
 * The largest CSV, PrefLib or BLT file the `tally` command streams (refused by its size
 * before reading). A bound on time rather than memory: reading a gigabyte of ballots takes
 * about a minute (npm run bench, "ballot files"); memory follows the groups (MAX_GROUPS).
 */
export const MAX_STREAM_BYTES = 1_000_000_000;
