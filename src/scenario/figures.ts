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
 * First, last and duel read the ranked ballots, so the election must count a ranked method;
 * the grades read the graded ballots (a ballot that leaves X ungraded counts in none of them).
 */
import { rankedProfile, UNRANKED, type RankedProfile } from '../voting/ballots.ts';
import { methods } from '../voting/methods/index.ts';
import type { MethodId } from '../voting/method.ts';
import { pairwiseMatrix } from '../voting/pairwise.ts';
import { candidatesOf, electionMethods, type CountedElection } from './count.ts';
import { methodFlavour } from './preferences.ts';
import type { ScenarioData } from './schema.ts';

/** A reference inside braces with a dot: the election's id, then the figure's words (`{games.voters|galet|galets}` agrees with it). */
const FIGURE = /\{([\w-]+(?:\.[\w-]+)+)(?:\|[^|}]*\|[^}]*)?\}/g;

type Figure =
  | { readonly election: string; readonly kind: 'voters' }
  | { readonly election: string; readonly kind: 'first' | 'last'; readonly option: string }
  | { readonly election: string; readonly kind: 'duel'; readonly option: string; readonly against: string }
  | { readonly election: string; readonly kind: 'method'; readonly method: MethodId; readonly option: string }
  | { readonly election: string; readonly kind: GradeKind; readonly option: string; readonly grade: number };

type GradeKind = 'grade' | 'atLeast' | 'atMost';
const GRADE_KINDS: readonly string[] = ['grade', 'atLeast', 'atMost'] satisfies GradeKind[];

/** The figure references a text holds, as written (`games.first.tug`). */
export function figureRefs(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[1]);
}

function parse(ref: string): Figure | undefined {
  const [election, kind, ...rest] = ref.split('.');
  if (kind === 'voters' && rest.length === 0) return { election, kind };
  if ((kind === 'first' || kind === 'last') && rest.length === 1) return { election, kind, option: rest[0] };
  if (kind === 'duel' && rest.length === 2) return { election, kind, option: rest[0], against: rest[1] };
  if (GRADE_KINDS.includes(kind) && rest.length === 2 && /^\d+$/.test(rest[1]))
    return { election, kind: kind as GradeKind, option: rest[0], grade: Number(rest[1]) };
  if (kind in methods && rest.length === 1)
    return { election, kind: 'method', method: kind as MethodId, option: rest[0] };
  return undefined;
}

/** What is wrong with a reference, as a message key and its parameters (`undefined`: nothing). */
type FigureProblem = { readonly key: string; readonly params: Readonly<Record<string, string>> };

/**
 * Checks a reference against the scenario: the election exists and is counted before the line
 * (`beforeStep`: the index of the step that shows the line), its options are candidates, its
 * method is one the election counts, and first/last/duel have ranked ballots to read.
 */
export function figureProblem(s: ScenarioData, ref: string, beforeStep?: number): FigureProblem | undefined {
  const figure = parse(ref);
  if (!figure) return { key: 'scenario.figure.unknown', params: { ref } };
  const index = s.steps.findIndex((st) => st.type === 'election' && st.id === figure.election);
  const step = s.steps[index];
  if (step?.type !== 'election')
    return { key: 'scenario.figure.noElection', params: { ref, election: figure.election } };
  if (beforeStep !== undefined && index > beforeStep)
    return { key: 'scenario.figure.tooEarly', params: { ref, election: figure.election } };
  const candidates = candidatesOf(s, step);
  for (const option of figure.kind === 'voters'
    ? []
    : figure.kind === 'duel'
      ? [figure.option, figure.against]
      : [figure.option]) {
    if (!candidates.includes(option))
      return { key: 'scenario.figure.notCandidate', params: { ref, option, election: figure.election } };
  }
  const counted = electionMethods(s, step);
  if (figure.kind === 'method' && !counted.includes(figure.method))
    return { key: 'scenario.figure.notCounted', params: { ref, method: figure.method, election: figure.election } };
  if (
    (figure.kind === 'first' || figure.kind === 'last' || figure.kind === 'duel') &&
    !counted.some((m) => methodFlavour(m) === 'ranked')
  )
    return { key: 'scenario.figure.notRanked', params: { ref, election: figure.election } };
  if (figure.kind === 'grade' || figure.kind === 'atLeast' || figure.kind === 'atMost') {
    if (!counted.some((m) => methodFlavour(m) === 'graded'))
      return { key: 'scenario.figure.notGraded', params: { ref, election: figure.election } };
    const electorate = s.electorates.find((e) => e.id === step.electorate) ?? s.electorates[0];
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

/** Graded ballots whose grade for the option is the figure's grade, or at least, or at most it. */
function graded(counted: CountedElection, figure: Extract<Figure, { kind: GradeKind }>): number | undefined {
  const ballots = counted.ballots.graded;
  if (!ballots || !counted.candidates.includes(figure.option)) return undefined;
  const fits = (g: number): boolean =>
    figure.kind === 'grade' ? g === figure.grade : figure.kind === 'atLeast' ? g >= figure.grade : g <= figure.grade;
  let n = 0;
  for (const b of ballots) {
    const g = b.cast.kind === 'graded' ? b.cast.grades[figure.option] : undefined;
    if (g !== undefined && fits(g)) n += b.count;
  }
  return n;
}

/** The value of one reference on a counted election; `undefined` when it cannot be read there. */
export function figureValue(ref: string, counted: CountedElection): number | undefined {
  const figure = parse(ref);
  if (!figure) return undefined;
  if (figure.kind === 'voters') return counted.voters;
  if (figure.kind === 'method')
    return counted.counts.find((c) => c.method === figure.method)?.result?.scores?.[figure.option];
  if (figure.kind === 'grade' || figure.kind === 'atLeast' || figure.kind === 'atMost') return graded(counted, figure);
  const profile = rankedOf(counted);
  const x = counted.candidates.indexOf(figure.option);
  if (!profile || x < 0) return undefined;
  if (figure.kind !== 'duel') return placed(profile, x, figure.kind);
  const y = counted.candidates.indexOf(figure.against);
  return y < 0 ? undefined : pairwiseMatrix(profile).support[x * profile.candidates.length + y];
}

/** The figures these texts quote, read from the elections counted so far (by id). */
export function figureValues(
  texts: readonly string[],
  election: (id: string) => CountedElection | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const text of texts) {
    for (const ref of figureRefs(text)) {
      const counted = election(ref.split('.')[0]);
      const value = counted ? figureValue(ref, counted) : undefined;
      if (value !== undefined) out[ref] = value;
    }
  }
  return out;
}
