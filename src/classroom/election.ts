/**
 * A class election: the question, the options the teacher typed, the ballot kind and the
 * methods, and the room's ballots. It becomes a small scenario (one electorate, one election
 * step) so that the engine counts it exactly as it counts a chapter (src/scenario/count.ts)
 * and the Election, Count and Results scenes show it like any chapter's election.
 * Pure: no Phaser, no DOM.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { GradeScale } from '../voting/ballots.ts';
import type { MethodId } from '../voting/method.ts';
import { methods as methodRegistry } from '../voting/methods/index.ts';
import { countElection, electionMethods, type CountedElection } from '../scenario/count.ts';
import { Electorates, type Ballot } from '../scenario/preferences.ts';
import type { ElectionStepData, ScenarioData, VoterData } from '../scenario/schema.ts';
import type { ElectionEntry } from '../scenario/transcript.ts';
import { nameProblem, shownName, unsafeCharacter } from '../voting/names.ts';
import type { HandsTally } from './hands.ts';
import { MAX_SEATS, seatsOf, SEVERAL_SEATS } from './seats.ts';

export const BALLOT_KINDS = ['ranked', 'approval', 'grades'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

/** Grades from 0 to 5: the scale STAR needs, and six grades a class can tell apart. */
export const CLASS_GRADES: GradeScale = { min: 0, max: 5 };

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;
export const MAX_NAME = 40;

export interface ClassElection {
  readonly question: string;
  /** The options' names as typed; their ids are `o1`, `o2`… in this order. */
  readonly options: readonly string[];
  readonly kind: BallotKind;
  readonly methods: readonly MethodId[];
  /** Grades only: the scale (CLASS_GRADES unless a file said otherwise). */
  readonly scale?: GradeScale;
  /** Grades only: a name for each grade of the scale, worst first (a live vote's mentions). */
  readonly mentions?: readonly string[];
  /** Grades only: the teacher chose that an option left without a grade counts as the lowest; otherwise every grade is asked for. */
  readonly ungradedAsLowest?: boolean;
  /** Seats to fill (absent: one winner). More than one offers only the several-seat methods. */
  readonly seats?: number;
}

/** Identical ballots together: the room's ballots are only ever kept this way. */
export interface BallotGroup {
  readonly ballot: Ballot;
  readonly count: number;
}

const ELECTION_ID = 'class';
const ELECTORATE_ID = 'room';

export function optionId(index: number): string {
  return `o${index + 1}`;
}

export function optionIds(election: Pick<ClassElection, 'options'>): string[] {
  return election.options.map((_, i) => optionId(i));
}

export function scaleOf(election: ClassElection): GradeScale {
  return election.scale ?? CLASS_GRADES;
}

/** The default methods the engine can count for this election (at least one unless none can). */
export function defaultMethods(kind: BallotKind, optionCount: number, scale?: GradeScale, seats = 1): MethodId[] {
  const available = availableMethods(kind, optionCount, scale, seats);
  const chosen = usualMethods(kind, seats).filter((m) => available.includes(m));
  return chosen.length > 0 ? chosen : available.slice(0, 4);
}

/** The methods ticked at first: a kind's usual one-winner methods, or for several seats the several-seat ones. */
export function usualMethods(kind: BallotKind, seats = 1): readonly MethodId[] {
  return seats > 1 ? SEVERAL_SEATS[kind] : DEFAULT_METHODS[kind];
}

/** The methods a room's ballots of this kind are counted with, by default. */
export const DEFAULT_METHODS: Readonly<Record<BallotKind, readonly MethodId[]>> = {
  ranked: ['plurality', 'two-round', 'irv', 'borda', 'copeland', 'schulze'],
  approval: ['approval'],
  grades: ['score', 'star', 'majority-judgment', 'approval'],
};

/**
 * Approval ballots say nothing of an order: the ranked methods would read every ballot as one
 * shared first place, so only the methods that read approvals are offered.
 */
const APPROVAL_ONLY: readonly MethodId[] = ['approval', 'bloc-approval'];

function voterFor(kind: BallotKind, ids: readonly string[]): VoterData {
  const base = { id: 'v', label: 'voter', count: 1 };
  if (kind === 'ranked') return { ...base, ranking: [...ids] };
  if (kind === 'approval') return { ...base, approves: [ids[0]] };
  return { ...base, grades: Object.fromEntries(ids.map((id) => [id, 0])) };
}

/**
 * Every method the engine can count on ballots of this kind for `seats` seats (what
 * `compare: "all"` picks): one seat, the one-winner methods only; several, the several-seat
 * methods only, and of those electing one person a seat (STV, committees) only while the
 * seats are fewer than the options (electing every option is no vote).
 */
export function availableMethods(kind: BallotKind, optionCount: number, scale?: GradeScale, seats = 1): MethodId[] {
  const ids = Array.from({ length: Math.max(optionCount, MIN_OPTIONS) }, (_, i) => optionId(i));
  const probe = scenarioShell({ question: '', options: ids, kind, methods: [], ...(scale ? { scale } : {}) }, [
    { ...voterFor(kind, ids) },
  ]);
  const all = electionMethods(probe, {
    type: 'election',
    id: ELECTION_ID,
    electorate: ELECTORATE_ID,
    compare: 'all',
    ...(seats > 1 ? { seats } : {}),
  } as ElectionStepData);
  // A "loser" or a set is not an answer to "where does the class go?".
  const shown = all.filter((id) => {
    const info = methodRegistry[id].info;
    if (id === 'condorcet-loser' || id === 'smith-set') return false;
    if (seats === 1) return info.winners !== 'multi';
    if (info.maxSeats === 'candidates') return seats < ids.length;
    return info.maxSeats === undefined || seats <= info.maxSeats;
  });
  return kind === 'approval' ? shown.filter((id) => APPROVAL_ONLY.includes(id)) : shown;
}

function ballotVoter(group: BallotGroup, index: number): VoterData {
  const base = { id: `b${index + 1}`, label: 'voter', species: 'crab' as const, count: group.count };
  const b = group.ballot;
  if (b.kind === 'ranked')
    return { ...base, ranking: b.ranking.map((tier) => (tier.length === 1 ? tier[0] : [...tier])) };
  if (b.kind === 'approval') return { ...base, approves: [...b.approves] };
  return { ...base, grades: { ...b.grades } };
}

/** The text keys of the grades' names, when the election names its grades (one per grade of the scale). */
function mentionKeys(election: ClassElection): string[] {
  const { min, max } = scaleOf(election);
  const names = election.kind === 'grades' ? election.mentions : undefined;
  return names && names.length === max - min + 1 ? names.map((_, i) => `mention.${i}`) : [];
}

function gradeScaleOf(election: ClassElection): { min: number; max: number; labels?: string[] } {
  const keys = mentionKeys(election);
  return { ...scaleOf(election), ...(keys.length > 0 ? { labels: keys } : {}) };
}

/** The election as a scenario: option names and the question are its texts, in both languages. */
function scenarioShell(election: ClassElection, voters: VoterData[]): ScenarioData {
  const ids = optionIds(election);
  const texts = (lang: Lang): Record<string, string> => ({
    title: t('classroom.election.title', {}, lang),
    question: election.question.trim() || t('classroom.election.untitled', {}, lang),
    voter: t('classroom.voter', {}, lang),
    ...Object.fromEntries(ids.map((id, i) => [`option.${id}`, election.options[i]])),
    ...Object.fromEntries(mentionKeys(election).map((key, i) => [key, election.mentions![i]])),
  });
  const step: ElectionStepData = {
    type: 'election',
    id: ELECTION_ID,
    electorate: ELECTORATE_ID,
    compare: [...election.methods],
    prompt: 'question',
    sincere: true,
    ...(seatsOf(election) > 1 ? { seats: seatsOf(election) } : {}),
  };
  return {
    formatVersion: 1,
    id: 'classroom',
    kind: 'chapter',
    title: 'title',
    places: [],
    cast: [],
    options: ids.map((id) => ({ id, name: `option.${id}` })),
    electorates: [
      { id: ELECTORATE_ID, ...(election.kind === 'grades' ? { gradeScale: gradeScaleOf(election) } : {}), voters },
    ],
    variables: {},
    flags: [],
    steps: [step],
    expectations: [],
    texts: { fr: texts('fr'), en: texts('en') },
  } as ScenarioData;
}

export function classScenario(election: ClassElection, groups: readonly BallotGroup[]): ScenarioData {
  return scenarioShell(election, groups.map(ballotVoter));
}

export interface CountedClass {
  readonly scenario: ScenarioData;
  readonly entry: ElectionEntry;
  /** Counted from shows of hands: the shows themselves (hands.ts), for the runoff and the wording. */
  readonly hands?: HandsTally;
  /** Ties were broken by lot with this seed (the engine's `lot` policy); none: ties are left. */
  readonly tieSeed?: string;
}

interface CountOptions {
  readonly hands?: HandsTally;
  readonly tieSeed?: string;
}

/** Counts the room's ballots with the election's methods, through the scenario engine's count. */
export function countClass(
  election: ClassElection,
  groups: readonly BallotGroup[],
  options: CountOptions = {},
): CountedClass {
  if (groups.length === 0) throw new Error('a class election needs at least one ballot');
  const scenario = classScenario(election, groups);
  const shell = scenario.steps[0] as ElectionStepData;
  const step: ElectionStepData =
    options.tieSeed === undefined ? shell : { ...shell, tieBreak: { policy: 'lot', seed: options.tieSeed } };
  const counted: CountedElection = countElection(scenario, new Electorates(scenario), step, election.methods);
  return {
    scenario,
    entry: { type: 'election', election: ELECTION_ID, prompt: 'question', mode: 'compare', counted },
    ...(options.hands ? { hands: options.hands } : {}),
    ...(options.tieSeed === undefined ? {} : { tieSeed: options.tieSeed }),
  };
}

export interface SetupProblem {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

const RESERVED = /^(count|nombre|effectif)$/i;

/**
 * The options as typed, one a line (or separated by commas when typed on one line):
 * trimmed, blanks dropped. Returns the names and the problems, in the order a teacher would fix them.
 */
export function readOptions(text: string): { options: string[]; problems: SetupProblem[] } {
  const lines = text.split(/\r?\n/);
  const parts = lines.length === 1 ? text.split(/[,;]/) : lines;
  const options = parts.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p !== '');
  const problems: SetupProblem[] = [];
  const seen = new Set<string>();
  for (const name of options) {
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) problems.push({ key: 'classroom.setup.duplicate', params: { name } });
    seen.add(folded);
    if (name.length > MAX_NAME)
      problems.push({ key: 'classroom.setup.tooLong', params: { name: `${name.slice(0, 20)}…`, max: MAX_NAME } });
    // Ballot files reserve these headers for the number of voters of a row.
    if (RESERVED.test(name)) problems.push({ key: 'classroom.setup.reserved', params: { name } });
  }
  // Names that would not print as they are, or would print like another (src/voting/names.ts):
  // said here, where the teacher types them, rather than when the class votes.
  const unsafe = options.find((name) => unsafeCharacter(name) !== undefined);
  if (unsafe !== undefined)
    problems.push({
      key: 'classroom.setup.unsafeName',
      params: { name: shownName(unsafe), char: unsafeCharacter(unsafe)! },
    });
  const problem =
    unsafe === undefined && !problems.some((p) => p.key === 'classroom.setup.duplicate')
      ? nameProblem(options)
      : undefined;
  if (problem?.kind === 'lookAlike')
    problems.push({
      key: 'classroom.setup.lookAlike',
      params: { name: problem.name, other: problem.other, char: problem.char },
    });
  if (problem?.kind === 'blank')
    problems.push({ key: 'classroom.setup.blankName', params: { index: problem.index + 1 } });
  if (options.length < MIN_OPTIONS) problems.push({ key: 'classroom.setup.tooFew', params: { min: MIN_OPTIONS } });
  if (options.length > MAX_OPTIONS) problems.push({ key: 'classroom.setup.tooMany', params: { max: MAX_OPTIONS } });
  if (options.length > 0 && options.every((o) => /^[+-]?\d+$/.test(o)))
    problems.push({ key: 'classroom.setup.numbers', params: {} });
  return { options, problems };
}

/** A checked election, or the problems that stop it. */
export function setupElection(input: {
  question: string;
  optionsText: string;
  kind: BallotKind;
  methods?: readonly MethodId[];
  seats?: number;
}): {
  election?: ClassElection;
  problems: SetupProblem[];
} {
  const { options, problems } = readOptions(input.optionsText);
  const seats = input.seats ?? 1;
  if (!Number.isSafeInteger(seats) || seats < 1 || seats > MAX_SEATS)
    problems.push({ key: 'classroom.seats.wrong', params: { typed: String(seats), max: MAX_SEATS } });
  const available = availableMethods(input.kind, options.length, undefined, seats);
  const methods = (input.methods ?? usualMethods(input.kind, seats)).filter((m) => available.includes(m));
  if (methods.length === 0)
    problems.push(
      seats > 1 && available.length === 0
        ? { key: 'classroom.seats.noMethod', params: { seats, options: options.length } }
        : { key: 'classroom.setup.noMethod', params: {} },
    );
  if (problems.length > 0) return { problems };
  const election = { question: input.question.trim(), options, kind: input.kind, methods };
  return { election: seats > 1 ? { ...election, seats } : election, problems };
}
