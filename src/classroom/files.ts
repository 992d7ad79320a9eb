/**
 * The room's ballots in and out of files, through the engine's readers and writers
 * (src/voting/io): ballots as CSV (one row per pile of identical ballots, a `count` column)
 * or as our JSON (which also keeps the question, the ballot kind and the methods), results as
 * CSV. Reading an exported file gives back the same election and the same counts.
 */
import Papa from 'papaparse';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { gradedBallots, rankedBallots, type Profile } from '../voting/ballots.ts';
import { readBallotFile, writeBallotFile, writeCsv, type ReadOptions } from '../voting/io/index.ts';
import { METHOD_IDS, type MethodId } from '../voting/method.ts';
import { methods as registry } from '../voting/methods/index.ts';
import { finalWinners } from '../voting/result.ts';
import { shownName, unsafeCharacter } from '../voting/names.ts';
import { profileOf, type Ballot, type CastBallot } from '../scenario/preferences.ts';
import { groupBallots } from './ballots.ts';
import { MAX_SEATS } from './seats.ts';
import { handsRunoffRow } from './hands-csv.ts';
import { keepColumns } from './form-columns.ts';
import {
  availableMethods,
  CLASS_GRADES,
  classScenario,
  defaultMethods,
  MAX_OPTIONS,
  optionId,
  optionIds,
  readOptions,
  type BallotGroup,
  type BallotKind,
  type ClassElection,
  type CountedClass,
} from './election.ts';

/** The engine's profile of the room's ballots, with the options' names as candidates. */
function classProfile(election: ClassElection, groups: readonly BallotGroup[]): Profile {
  const ids = optionIds(election);
  const name = (id: string) => election.options[ids.indexOf(id)];
  const rename = (b: Ballot): Ballot => {
    if (b.kind === 'ranked') return { kind: 'ranked', ranking: b.ranking.map((tier) => tier.map(name)) };
    if (b.kind === 'approval') return { kind: 'approval', approves: b.approves.map(name) };
    return { kind: 'graded', grades: Object.fromEntries(Object.entries(b.grades).map(([id, g]) => [name(id), g])) };
  };
  const cast: CastBallot[] = groups.map((g) => ({
    voter: '',
    count: g.count,
    sincere: rename(g.ballot),
    cast: rename(g.ballot),
  }));
  const electorate = classScenario(election, groups).electorates[0];
  return profileOf(election.options, cast, election.kind === 'grades' ? 'graded' : election.kind, electorate);
}

/**
 * The separator a spreadsheet in this language opens as columns: French Excel splits a CSV
 * on `;` (its decimal mark is the comma), English Excel on `,`.
 */
function csvDelimiter(lang: Lang): ',' | ';' {
  return lang === 'fr' ? ';' : ',';
}

/** Ballots as CSV, with a byte-order mark so that spreadsheets read the accents right. */
export function ballotsCsv(election: ClassElection, groups: readonly BallotGroup[], lang: Lang = 'en'): string {
  return writeCsv(classProfile(election, groups), { bom: true, delimiter: csvDelimiter(lang) });
}

const CLASSROOM_KEY = 'classroom';

/** Ballots as our JSON; `classroom` says the question, the ballot kind and the methods. */
export function ballotsJson(election: ClassElection, groups: readonly BallotGroup[]): string {
  const extra = {
    [CLASSROOM_KEY]: { question: election.question, kind: election.kind, methods: [...election.methods] },
  };
  return writeBallotFile('json', { profile: classProfile(election, groups), title: election.question, extra });
}

/** Results as CSV (`;` in French, `,` in English, with a BOM): one row per method, its winners, whether a tie remains, and its figure per option. */
export function resultsCsv(election: ClassElection, counted: CountedClass, lang: Lang): string {
  const ids = optionIds(election);
  const names = (list: readonly string[]) => list.map((id) => election.options[ids.indexOf(id)] ?? id).join(' ; ');
  const header = [
    t('classroom.csv.methodId', {}, lang),
    t('classroom.csv.method', {}, lang),
    t('classroom.csv.winners', {}, lang),
    t('classroom.csv.tie', {}, lang),
    ...election.options,
  ];
  const rows = counted.entry.counted.counts.map((k) => {
    const r = k.result;
    const tie = r ? Boolean(r.tie) && !r.tieBreak?.resolved : false;
    const scores = ids.map((id) => r?.scores?.[id] ?? '');
    return [
      k.method,
      registry[k.method].info.name[lang],
      k.error ? t(k.error, lang) : names(r ? finalWinners(r) : k.winners),
      tie ? t('classroom.csv.yes', {}, lang) : '',
      ...scores,
    ];
  });
  const runoff = handsRunoffRow(election, counted);
  if (runoff)
    rows.push([
      runoff.method,
      registry[runoff.method].info.name[lang],
      runoff.winners.map((i) => election.options[i]).join(' ; '),
      runoff.tie ? t('classroom.csv.yes', {}, lang) : '',
      ...runoff.last,
    ]);
  // A name starting with =, +, - or @ would run as a spreadsheet formula (as in the ballot writer).
  const safe = (cell: string | number) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell);
  // French spreadsheets write decimals with a comma: 2.5 would otherwise open as a date or text.
  const decimal = (cell: string | number) =>
    typeof cell === 'number' && lang === 'fr' ? String(cell).replace('.', ',') : cell;
  const csv = Papa.unparse(
    [header, ...rows].map((row) => row.map((cell) => decimal(safe(cell)))),
    {
      delimiter: csvDelimiter(lang),
      newline: '\n',
      quotes: (value: unknown) => typeof value === 'string' && /[,;\t|"]/.test(value),
    },
  );
  return `\uFEFF${csv}\n`;
}

export type KindChoice = BallotKind | 'auto';

export interface ImportedElection {
  readonly election: ClassElection;
  readonly groups: BallotGroup[];
}

/** Reader options for the ballot kind the teacher picked (or none: the reader decides). */
function readOptionsFor(kind: KindChoice): ReadOptions {
  if (kind === 'ranked') return { kind: 'ranked' };
  // A blank approval cell is "not approved"; a blank grade stays an error the reader reports.
  if (kind === 'approval') return { kind: 'graded', scale: { min: 0, max: 1 }, defaultGrade: 0, approvalThreshold: 1 };
  if (kind === 'grades') return { kind: 'graded' };
  return {};
}

function storedClassroom(extra: Record<string, unknown> | undefined): {
  question?: string;
  kind?: BallotKind;
  methods?: MethodId[];
} {
  const raw = extra?.[CLASSROOM_KEY];
  if (typeof raw !== 'object' || raw === null) return {};
  const { question, kind, methods } = raw as Record<string, unknown>;
  return {
    ...(typeof question === 'string' ? { question } : {}),
    ...(kind === 'ranked' || kind === 'approval' || kind === 'grades' ? { kind } : {}),
    ...(Array.isArray(methods)
      ? { methods: methods.filter((m): m is MethodId => (METHOD_IDS as readonly string[]).includes(m as string)) }
      : {}),
  };
}

/** A file's profile as the room's election. */
/**
 * A file's title as the projector will show it: a control character or a bidi override (which
 * would print the title otherwise than it is written) is shown escaped, as [U+202E], like names
 * in messages; a clean title is kept whole.
 */
function shownTitle(title: string): string {
  return unsafeCharacter(title) === undefined ? title : shownName(title, 200);
}

export function electionFromProfile(
  profile: Profile,
  kindChoice: KindChoice,
  meta: { title?: string; extra?: Record<string, unknown>; seats?: number } = {},
): ImportedElection {
  const stored = storedClassroom(meta.extra);
  const names = [...profile.candidates];
  if (names.length > MAX_OPTIONS)
    throw new ClassFileError('classroom.import.tooMany', { count: names.length, max: MAX_OPTIONS });
  const { problems } = readOptions(names.join('\n'));
  const naming = problems.find((p) => p.key !== 'classroom.setup.tooFew');
  if (naming) throw new ClassFileError(naming.key, naming.params);
  if (names.length < 2) throw new ClassFileError('classroom.setup.tooFew', { min: 2 });
  let kind: BallotKind;
  if (profile.kind === 'ranked') kind = 'ranked';
  else if (kindChoice === 'approval' || stored.kind === 'approval') kind = 'approval';
  else if (kindChoice === 'grades' || stored.kind === 'grades') kind = 'grades';
  else kind = profile.scale.min === 0 && profile.scale.max === 1 ? 'approval' : 'grades';
  // Grades that fit the class scale are read on it, so that a file written from a class
  // election where nobody gave a 5 comes back with the same scale (and the same counts).
  const fits =
    profile.kind === 'graded' && profile.scale.min >= CLASS_GRADES.min && profile.scale.max <= CLASS_GRADES.max;
  const scale = profile.kind === 'graded' && kind === 'grades' && !fits ? profile.scale : undefined;
  // Several seats (asked by the teacher, or said by the file): the setup's several-seat methods.
  const seats = meta.seats ?? 1;
  if (!Number.isSafeInteger(seats) || seats < 1 || seats > MAX_SEATS)
    throw new ClassFileError('classroom.seats.wrong', { typed: String(seats), max: MAX_SEATS });
  const available = availableMethods(kind, names.length, scale, seats);
  if (available.length === 0) throw new ClassFileError('classroom.seats.noMethod', { seats, options: names.length });
  const kept = (stored.methods ?? []).filter((m) => available.includes(m));
  const election: ClassElection = {
    question: shownTitle(stored.question ?? meta.title ?? ''),
    options: names,
    kind,
    methods: kept.length > 0 ? kept : defaultMethods(kind, names.length, scale, seats),
    ...(scale ? { scale } : {}),
    ...(seats > 1 ? { seats } : {}),
  };
  let groups: BallotGroup[];
  if (profile.kind === 'ranked') {
    groups = rankedBallots(profile).map((b) => ({
      ballot: {
        kind: 'ranked',
        ranking: b.ranking.map((e) => (typeof e === 'string' ? [e] : [...e]).map((n) => optionId(names.indexOf(n)))),
      },
      count: b.count,
    }));
  } else {
    const threshold = profile.approvalThreshold;
    groups = gradedBallots(profile).map((b) => {
      const entries = names.map((n, i) => [optionId(i), b.grades[n]] as const);
      const ballot: Ballot =
        kind === 'approval'
          ? { kind: 'approval', approves: entries.filter(([, g]) => g >= threshold).map(([id]) => id) }
          : { kind: 'graded', grades: Object.fromEntries(entries) };
      return { ballot, count: b.count };
    });
  }
  return { election, groups: groupBallots(election, groups) };
}

/** A problem of a file that is not the reader's (too many options, a name a ballot cannot hold). */
export class ClassFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(key);
    this.name = 'ClassFileError';
  }
}

/**
 * Reads a ballot file of any format the engine reads (CSV, JSON, PrefLib, BLT). Its errors are
 * the engine's BallotFileError, naming the file and the line, or a ClassFileError.
 */
export function importBallots(
  fileName: string,
  text: string,
  kind: KindChoice = 'auto',
  columns?: readonly number[],
): ImportedElection {
  // Chosen columns: only they reach the CSV reader, each row still on its line.
  const file = columns
    ? readBallotFile(fileName, keepColumns(text, columns), { ...readOptionsFor(kind), format: 'csv' })
    : readBallotFile(fileName, text, readOptionsFor(kind));
  return electionFromProfile(file.profile, kind, {
    title: file.title ?? fileName.replace(/\.[^.]*$/, ''),
    extra: file.extra,
    ...(file.seats !== undefined ? { seats: file.seats } : {}),
  });
}
