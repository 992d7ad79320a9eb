/**
 * The `tally --batch` protocol (docs/voting-rules.md §4): one JSON request per line in, exactly one
 * JSON answer per line out. A bad line gets an `error` answer for its id and never stops the
 * batch. Answers always use the tie-break policy `none`.
 */
import {
  gradedProfile,
  rankedProfile,
  type GradedBallotInput,
  type Profile,
  type RankedBallotInput,
} from './ballots.ts';
import { VotingError } from './errors.ts';
import { countProfile, type CountOptions } from './method.ts';
import { getMethod, isMethodId } from './methods/index.ts';
import { DEFAULT_MAX_CHARS } from './io/types.ts';

type Id = string | number | null;

interface BatchAnswer {
  readonly id: Id;
  readonly method?: string;
  readonly winners?: readonly string[];
  readonly elected?: readonly string[];
  readonly seats?: Readonly<Record<string, number>>;
  readonly probabilities?: Readonly<Record<string, string>>;
  readonly error?: string;
}

/**
 * The longest request line answered (docs/voting-rules.md §10), as long as the longest ballot
 * file: a longer line gets an error answer (its id read from its start), never a crash.
 */
export const MAX_LINE_CHARS = DEFAULT_MAX_CHARS;

/** The answer to a line longer than MAX_LINE_CHARS, from its first characters. */
export function tooLongAnswer(start: string): BatchAnswer {
  return { id: idFromBrokenLine(start), error: `line too long: more than ${MAX_LINE_CHARS} characters` };
}

function idFromBrokenLine(line: string): Id {
  const match = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
  if (!match) return null;
  try {
    return JSON.parse(match[1]) as Id;
  } catch {
    return null;
  }
}

function requestProfile(request: Record<string, unknown>, graded: boolean): Profile {
  const candidates = request.candidates as string[];
  if (graded) {
    const scale = (request.grade_scale ?? { min: 0, max: 5 }) as { min: number; max: number };
    return gradedProfile(candidates, request.ballots as GradedBallotInput[], {
      scale,
      approvalThreshold: request.approval_threshold as number | undefined,
      defaultGrade: request.default_grade as number | undefined,
    });
  }
  return rankedProfile(candidates, request.ballots as RankedBallotInput[]);
}

export function answerRequest(line: string): BatchAnswer {
  if (line.length > MAX_LINE_CHARS) return tooLongAnswer(line.slice(0, 4096));
  // A byte-order mark (an editor's, at the start of the file) is not part of the request.
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  let request: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { id: null, error: 'a request must be a JSON object' };
    }
    request = parsed as Record<string, unknown>;
  } catch (error) {
    return { id: idFromBrokenLine(line), error: `malformed JSON: ${(error as Error).message}` };
  }
  const id = (typeof request.id === 'string' || typeof request.id === 'number' ? request.id : null) as Id;
  const methodId = request.method;
  if (typeof methodId !== 'string' || !isMethodId(methodId)) {
    return { id, ...(typeof methodId === 'string' ? { method: methodId } : {}), error: 'unsupported method' };
  }
  try {
    const method = getMethod(methodId);
    if (!Array.isArray(request.ballots))
      throw new VotingError('error.ballotsNotList', 'ballots must be a list', {}, 'ballots');
    const hasGrades = request.ballots.some((b) => typeof b === 'object' && b !== null && 'grades' in b);
    if (method.info.ballot === 'graded' && !hasGrades && request.ballots.length > 0) {
      throw new VotingError('error.wrongBallotKind', `${methodId} needs graded ballots`, {
        method: methodId,
        expected: 'graded',
      });
    }
    if (method.info.ballot === 'ranked' && hasGrades) {
      throw new VotingError('error.wrongBallotKind', `${methodId} needs ranked ballots`, {
        method: methodId,
        expected: 'ranked',
      });
    }
    const profile = requestProfile(
      request,
      method.info.ballot === 'graded' || (method.info.ballot === 'any' && hasGrades),
    );
    const options: CountOptions = {
      seats: request.seats === undefined ? undefined : (request.seats as number),
      seed: typeof request.seed === 'string' ? request.seed : undefined,
      threshold: typeof request.threshold === 'number' ? request.threshold : undefined,
      tieBreak: 'none',
    };
    const result = countProfile(method, profile, options);
    const answer: { -readonly [K in keyof BatchAnswer]: BatchAnswer[K] } = {
      id,
      method: methodId,
      winners: result.winners,
    };
    if (method.info.winners === 'multi' && result.elected) answer.elected = result.elected;
    if (result.seatsByList) answer.seats = result.seatsByList;
    if (result.probabilities) {
      answer.probabilities = Object.fromEntries(
        Object.entries(result.probabilities).map(([name, f]) => [name, `${f.num}/${f.den}`]),
      );
    }
    return answer;
  } catch (error) {
    if (error instanceof VotingError) return { id, method: methodId, error: error.message };
    return { id, method: methodId, error: `internal error: ${(error as Error).message}` };
  }
}

/**
 * Characters JSON.stringify leaves raw that a terminal would act on (DEL, C1 controls, the
 * line and paragraph separators, bidi overrides and isolates): written as \uXXXX escapes, so
 * an answer echoing a request's id or method prints safely and still parses to the same value.
 */
const RAW_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function answerLine(line: string): string {
  return JSON.stringify(answerRequest(line)).replace(
    RAW_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
