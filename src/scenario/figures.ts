/**
 * Figures a line quotes from a count (`{games.first.tug}`, `{games.duel.tug.hunt}`): written as
 * references in the text and resolved from the engine's count of that election when the line
 * is shown, so that no chapter types a number that a change of electorate could make false.
 *
 * The vocabulary, after the election's id:
 *   voters           the ballots cast in the election
 *   first.X          the ranked ballots that put X alone in first place
 *   last.X           the ranked ballots that put X below every other candidate
 *   duel.X.Y         the ranked ballots that put X above Y (the engine's pairwise count)
 *   METHOD.X         X's figure in that method's count: Borda's points, plurality's votes,
 *                    the instant-runoff's last round X was counted in, approvals, score totals
 *   grade.X.G        the graded ballots that give X the grade G (a number of the scale)
 *   atLeast.X.G      the graded ballots that give X the grade G or better
 *   atMost.X.G       the graded ballots that give X the grade G or worse
 *   lowered.X        the grade points X lost to declared strategies (sincere minus cast grades)
 * X may be a sum of options, `first.A+B`. Two words may come before the figure:
 *   others.          the same figure without the player's own ballot ("without your pebble,
 *                    two each"); read from the ballots, so not on a method's count
 *   share.           the figure as a percentage of the ballots (one decimal), `share.first.X`
 * First, last and duel read the ranked ballots, so the election must count a ranked method;
 * the grades read the graded ballots (a ballot that leaves X ungraded counts in none of them).
 */
import { rankedProfile, UNRANKED, type RankedProfile } from '../voting/ballots.ts';
import { methods } from '../voting/methods/index.ts';
import type { MethodId } from '../voting/method.ts';
import { pairwiseMatrix } from '../voting/pairwise.ts';
import { candidatesOf, electionMethods, type CountedElection } from './count.ts';
import { methodFlavour, type CastBallot, type Flavour } from './preferences.ts';
import type { ElectorateData, ScenarioData, StepData } from './schema.ts';

/** A reference inside braces with a dot: the election's id, then the figure's words (`{games.voters|galet|galets}` agrees with it). */
const FIGURE = /\{([\w-]+(?:\.[\w+-]+)+)(?:\|[^|}]*\|[^}]*)?\}/g;

/** What comes before the figure itself: the player's ballot left out, a percentage. */
interface Reading {
  readonly election: string;
  readonly others: boolean;
  readonly share: boolean;
}

type Figure = Reading &
  (
    | { readonly kind: 'voters' }
    | { readonly kind: 'first' | 'last'; readonly options: readonly string[] }
    | { readonly kind: 'lowered'; readonly options: readonly string[] }
    | { readonly kind: 'duel'; readonly options: readonly [string, string] }
    | { readonly kind: 'method'; readonly method: MethodId; readonly options: readonly string[] }
    | { readonly kind: GradeKind; readonly options: readonly string[]; readonly grade: number }
  );

type GradeKind = 'grade' | 'atLeast' | 'atMost';
const GRADE_KINDS: readonly string[] = ['grade', 'atLeast', 'atMost'] satisfies GradeKind[];

/** The figure references a text holds, as written (`games.first.tug`). */
export function figureRefs(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[1]);
}

function parse(ref: string): Figure | undefined {
  const [election, ...words] = ref.split('.');
  const reading = { election, others: false, share: false };
  while (words[0] === 'others' || words[0] === 'share') {
    const word = words.shift() as 'others' | 'share';
    if (reading[word]) return undefined;
    reading[word] = true;
  }
  const [kind, ...rest] = words;
  const options = rest[0]?.split('+') ?? [];
  if (options.some((o) => o === '')) return undefined;
  if (kind === 'voters' && rest.length === 0 && !reading.share) return { ...reading, kind };
  if ((kind === 'first' || kind === 'last') && rest.length === 1) return { ...reading, kind, options };
  if (kind === 'lowered' && rest.length === 1 && !reading.share) return { ...reading, kind, options };
  if (kind === 'duel' && rest.length === 2 && options.length === 1 && !rest[1].includes('+'))
    return { ...reading, kind, options: [rest[0], rest[1]] };
  if (GRADE_KINDS.includes(kind) && rest.length === 2 && /^\d+$/.test(rest[1]))
    return { ...reading, kind: kind as GradeKind, options, grade: Number(rest[1]) };
  if (kind in methods && rest.length === 1) return { ...reading, kind: 'method', method: kind as MethodId, options };
  return undefined;
}

type ElectionStep = Extract<StepData, { type: 'election' }>;

/** The electorate an election counts (the first one when it names none). */
function electorateOf(s: ScenarioData, step: ElectionStep): ElectorateData | undefined {
  return s.electorates.find((e) => e.id === step.electorate) ?? s.electorates[0];
}

/**
 * The row of `electorate` that holds the player's own ballot in an election of `s`: the row of
 * the character (or id) a `ballot` step of that electorate names as its voter; none without one.
 */
export function playerRowOf(s: ScenarioData, electorate: ElectorateData): string | undefined {
  const voters = new Set(
    s.steps.flatMap((st) => (st.type === 'ballot' && st.electorate === electorate.id ? [st.voter] : [])),
  );
  const row =
    electorate.voters.find((v) => v.character !== undefined && voters.has(v.character)) ??
    electorate.voters.find((v) => voters.has(v.id));
  // A player with no row of their own gets one named after them when the ballot is cast (player-ballot.ts).
  return row?.id ?? [...voters][0];
}

/** What is wrong with a reference, as a message key and its parameters (`undefined`: nothing). */
type FigureProblem = { readonly key: string; readonly params: Readonly<Record<string, string>> };

/**
 * Checks a reference against the scenario: the election exists and is counted before the line
 * (`beforeStep`: the index of the step that shows the line), its options are candidates, its
 * method is one the election counts, first/last/duel have ranked ballots to read, and a figure
 * without the player's ballot has a player's ballot to leave out.
 */
export function figureProblem(s: ScenarioData, ref: string, beforeStep?: number): FigureProblem | undefined {
  const figure = parse(ref);
  if (!figure) return { key: 'scenario.figure.unknown', params: { ref } };
  const election = figure.election;
  const index = s.steps.findIndex((st) => st.type === 'election' && st.id === election);
  const step = s.steps[index];
  if (step?.type !== 'election') return { key: 'scenario.figure.noElection', params: { ref, election } };
  if (beforeStep !== undefined && index > beforeStep)
    return { key: 'scenario.figure.tooEarly', params: { ref, election } };
  const candidates = candidatesOf(s, step);
  for (const option of figure.kind === 'voters' ? [] : figure.options) {
    if (!candidates.includes(option)) return { key: 'scenario.figure.notCandidate', params: { ref, option, election } };
  }
  const counted = electionMethods(s, step);
  const electorate = electorateOf(s, step);
  if (figure.kind === 'method' && !counted.includes(figure.method))
    return { key: 'scenario.figure.notCounted', params: { ref, method: figure.method, election } };
  // Without the player's ballot, a method's figure would need a count of its own: the ballots say it.
  if (figure.others && figure.kind === 'method')
    return { key: 'scenario.figure.othersMethod', params: { ref, method: figure.method } };
  if (figure.others && !(electorate && playerRowOf(s, electorate)))
    return { key: 'scenario.figure.noPlayer', params: { ref, election } };
  if (
    (figure.kind === 'first' || figure.kind === 'last' || figure.kind === 'duel') &&
    !counted.some((m) => methodFlavour(m) === 'ranked')
  )
    return { key: 'scenario.figure.notRanked', params: { ref, election } };
  const grades = figure.kind === 'grade' || figure.kind === 'atLeast' || figure.kind === 'atMost';
  if ((grades || figure.kind === 'lowered') && !counted.some((m) => methodFlavour(m) === 'graded'))
    return { key: 'scenario.figure.notGraded', params: { ref, election } };
  if (grades) {
    const { min, max } = electorate?.gradeScale ?? { min: 0, max: 5 };
    if (figure.grade < min || figure.grade > max)
      return { key: 'scenario.figure.gradeOutside', params: { ref, min: String(min), max: String(max) } };
  }
  return undefined;
}

const profiles = new WeakMap<CountedElection, RankedProfile>();

/** The counted ranked ballots as the engine's profile (identical ballots merged). */
function rankedOf(counted: CountedElection): RankedProfile | undefined {
  const ballots = counted.ballots.ranked;
  if (!ballots) return undefined;
  let profile = profiles.get(counted);
  if (!profile) {
    profile = rankedProfile(
      counted.candidates,
      ballots.map((b) => ({
        ranking: b.cast.kind === 'ranked' ? b.cast.ranking.map((tier) => (tier.length === 1 ? tier[0] : tier)) : [],
        count: b.count,
      })),
    );
    profiles.set(counted, profile);
  }
  return profile;
}

const withoutPlayer = new WeakMap<CountedElection, Map<string, CountedElection>>();

/** The election's ballots less one of the player's row (no method counts: the ballots alone). */
function others(counted: CountedElection, row: string | undefined): CountedElection {
  if (row === undefined) return counted;
  const known = withoutPlayer.get(counted) ?? new Map<string, CountedElection>();
  withoutPlayer.set(counted, known);
  const cached = known.get(row);
  if (cached) return cached;
  let found = false;
  const ballots: Partial<Record<Flavour, CastBallot[]>> = {};
  for (const [flavour, list] of Object.entries(counted.ballots) as [Flavour, readonly CastBallot[]][]) {
    ballots[flavour] = list.flatMap((b) => {
      if (b.voter !== row) return [b];
      found = true;
      return b.count > 1 ? [{ ...b, count: b.count - 1 }] : [];
    });
  }
  const less = { candidates: counted.candidates, voters: counted.voters - (found ? 1 : 0), ballots, counts: [] };
  known.set(row, less);
  return less;
}

/** Ballots on which candidate `x` is alone first (`first`) or below every other candidate (`last`). */
function placed(profile: RankedProfile, x: number, where: 'first' | 'last'): number {
  const m = profile.candidates.length;
  let n = 0;
  for (let g = 0; g < profile.counts.length; g++) {
    const mine = profile.ranks[g * m + x];
    let all = true;
    for (let y = 0; y < m && all; y++) {
      if (y === x) continue;
      const other = profile.ranks[g * m + y];
      all = where === 'first' ? mine !== UNRANKED && mine < other : other !== UNRANKED && other < mine;
    }
    if (all) n += profile.counts[g];
  }
  return n;
}

/**
 * Graded ballots whose grade for the option is the figure's grade, or at least, or at most it;
 * or (`lowered`) the grade points declared strategies took from the option.
 */
function graded(
  counted: CountedElection,
  figure: Extract<Figure, { kind: GradeKind | 'lowered' }>,
  option: string,
): number | undefined {
  const ballots = counted.ballots.graded;
  if (!ballots || !counted.candidates.includes(option)) return undefined;
  const fits = (g: number): boolean =>
    figure.kind === 'lowered'
      ? false
      : figure.kind === 'grade'
        ? g === figure.grade
        : figure.kind === 'atLeast'
          ? g >= figure.grade
          : g <= figure.grade;
  let n = 0;
  for (const b of ballots) {
    const g = b.cast.kind === 'graded' ? b.cast.grades[option] : undefined;
    if (g === undefined) continue;
    if (figure.kind !== 'lowered') n += fits(g) ? b.count : 0;
    else {
      const sincere = b.sincere.kind === 'graded' ? b.sincere.grades[option] : undefined;
      if (sincere !== undefined) n += (sincere - g) * b.count;
    }
  }
  return n;
}

/** The figure for one option (or the duel), on ballots already chosen (all, or the others'). */
function optionValue(figure: Figure, counted: CountedElection, option: string): number | undefined {
  if (figure.kind === 'method') return counted.counts.find((c) => c.method === figure.method)?.result?.scores?.[option];
  if (figure.kind === 'voters') return undefined;
  if (figure.kind === 'lowered' || figure.kind === 'grade' || figure.kind === 'atLeast' || figure.kind === 'atMost')
    return graded(counted, figure, option);
  const profile = rankedOf(counted);
  const x = counted.candidates.indexOf(option);
  if (!profile || x < 0) return undefined;
  if (figure.kind !== 'duel') return placed(profile, x, figure.kind);
  const y = counted.candidates.indexOf(figure.options[1]);
  return y < 0 ? undefined : pairwiseMatrix(profile).support[x * profile.candidates.length + y];
}

/**
 * The value of one reference on a counted election; `undefined` when it cannot be read there.
 * `playerRow`: the row that holds the player's ballot (playerRowOf), for `others`.
 */
export function figureValue(ref: string, counted: CountedElection, playerRow?: string): number | undefined {
  const figure = parse(ref);
  if (!figure) return undefined;
  const ballots = figure.others ? others(counted, playerRow) : counted;
  if (figure.kind === 'voters') return ballots.voters;
  let total = 0;
  for (const option of figure.kind === 'duel' ? [figure.options[0]] : figure.options) {
    const value = optionValue(figure, ballots, option);
    if (value === undefined) return undefined;
    total += value;
  }
  if (!figure.share) return total;
  // A percentage to one decimal, of the ballots the figure was read on.
  return ballots.voters > 0 ? Math.round((1000 * total) / ballots.voters) / 10 : undefined;
}

/**
 * The figures these texts quote, read from the elections counted so far (by id); `playerRow`
 * gives the row of the player's ballot in an election, for the figures that leave it out.
 */
export function figureValues(
  texts: readonly string[],
  election: (id: string) => CountedElection | undefined,
  playerRow: (id: string) => string | undefined = () => undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const text of texts) {
    for (const ref of figureRefs(text)) {
      const id = ref.split('.')[0];
      const counted = election(id);
      const value = counted ? figureValue(ref, counted, playerRow(id)) : undefined;
      if (value !== undefined) out[ref] = value;
    }
  }
  return out;
}
