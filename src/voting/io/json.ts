/**
 * Our JSON election file (docs/voting-rules.md §4 and data/real-elections): one object with
 * `candidates`, `ballots` (ranked `{"ranking", "count"}` or graded `{"grades", "count"}`)
 * and optional `title`, `seats`, `grade_scale`, `approval_threshold`, `default_grade`.
 * Any other key (`id`, `source`, `official`...) is kept in `extra`.
 *
 * Fast path: JSON.parse and the engine's builders. Only when something is wrong do we build
 * a jsonc-parser tree, to turn the engine's path (`ballots[3].ranking[1]`) or the syntax
 * error's offset into a line and a column.
 */
import {
  findNodeAtLocation,
  parse as parseJsonc,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import {
  gradedProfile,
  rankedBallots,
  type GradedBallotInput,
  type Profile,
  type RankedBallotInput,
} from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { rankedFromJson } from './build.ts';
import { BallotFileError, clip } from './errors.ts';
import { lineColumnAt, stripBom } from './text.ts';
import type { ElectionFile, ReadOptions } from './types.ts';

const KNOWN_KEYS = new Set([
  'title',
  'candidates',
  'ballots',
  'seats',
  'grade_scale',
  'approval_threshold',
  'default_grade',
]);

export function readJson(file: string, text: string, options: ReadOptions = {}): ElectionFile {
  const body = stripBom(text);
  if (body.trim() === '') throw new BallotFileError('io.file.empty', file, 1);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw syntaxError(file, body, error);
  }
  const duplicate = duplicateKey(body);
  if (duplicate) {
    const { line, column } = lineColumnAt(body, duplicate.offset);
    throw new BallotFileError('io.json.duplicateKey', file, line, { key: clip(duplicate.key) }, column);
  }
  try {
    const election = build(data, options);
    if (election.profile.voters > 0 || election.profile.counts.length > 0) return election;
    const { line } = locate(file, body, new VotingError('io.note.noBallots', '', {}, 'ballots'));
    return {
      ...election,
      notes: [{ key: 'io.note.noBallots', params: { file, line, candidates: election.profile.candidates.length } }],
    };
  } catch (error) {
    if (error instanceof BallotFileError) throw error;
    if (error instanceof VotingError) throw locate(file, body, error);
    // A value nested so deep that printing it overflows the stack.
    if (error instanceof RangeError) throw new BallotFileError('io.file.tooDeep', file, 1);
    throw error;
  }
}

/**
 * The first key repeated within one object, if any: JSON.parse would keep the last value
 * without a word (two grades for one candidate, two rankings on one ballot). The text is
 * already known to be valid JSON, so one plain pass over its characters is enough (several
 * times faster than a general JSON scanner on a 4 MB file): a string followed by `:` is a key
 * of the innermost object.
 */
function duplicateKey(body: string): { key: string; offset: number } | undefined {
  const objects: (Set<string> | null)[] = []; // null for an array
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 123 /* { */) objects.push(new Set());
    else if (ch === 91 /* [ */) objects.push(null);
    else if (ch === 125 /* } */ || ch === 93 /* ] */) objects.pop();
    else if (ch === 34 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < body.length; i++) {
        const c = body.charCodeAt(i);
        if (c === 92 /* \ */) {
          escaped = true;
          i++;
        } else if (c === 34) break;
      }
      let next = i + 1;
      while (
        next < body.length &&
        (body[next] === ' ' || body[next] === '\n' || body[next] === '\r' || body[next] === '\t')
      )
        next++;
      const keys = objects[objects.length - 1];
      if (body[next] !== ':' || !keys) continue;
      const raw = body.slice(start, i + 1);
      const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      if (keys.has(key)) return { key, offset: start };
      keys.add(key);
    }
  }
  return undefined;
}

function fail(key: string, path: string, params: Record<string, string | number> = {}): VotingError {
  return new VotingError(key, key, params, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function build(data: unknown, options: ReadOptions): ElectionFile {
  if (!isObject(data)) throw fail('io.json.notObject', '');
  const { title, seats, candidates, ballots } = data;
  if (title !== undefined && typeof title !== 'string') throw fail('io.json.title', 'title');
  if (seats !== undefined && (typeof seats !== 'number' || !Number.isSafeInteger(seats) || seats < 1)) {
    throw fail('io.json.seats', 'seats', { value: clip(JSON.stringify(seats) ?? String(seats)) });
  }
  if (candidates === undefined) throw fail('io.json.missingKey', '', { key: 'candidates' });
  if (ballots === undefined) throw fail('io.json.missingKey', '', { key: 'ballots' });
  if (!Array.isArray(ballots)) throw fail('error.ballotsNotList', 'ballots');
  const graded =
    ballots.length > 0
      ? isObject(ballots[0]) && 'grades' in ballots[0] && !('ranking' in ballots[0])
      : 'grade_scale' in data;
  ballots.forEach((ballot, b) => {
    if (!isObject(ballot)) return; // the builder names the problem
    const has = graded ? 'grades' in ballot : 'ranking' in ballot;
    const other = graded ? 'ranking' in ballot : 'grades' in ballot;
    if (!has && other) throw fail('io.json.mixedKinds', `ballots[${b}]`, { expected: graded ? 'grades' : 'ranking' });
  });
  let profile: Profile;
  if (graded) {
    const scale = data.grade_scale ?? options.scale;
    if (scale === undefined) throw fail('io.json.noScale', 'ballots[0]');
    if (!isObject(scale)) throw fail('error.gradeScale', 'grade_scale');
    profile = gradedProfile(candidates as readonly string[], ballots as GradedBallotInput[], {
      scale: { min: scale.min as number, max: scale.max as number },
      approvalThreshold: (data.approval_threshold ?? options.approvalThreshold) as number | undefined,
      defaultGrade: (data.default_grade ?? options.defaultGrade) as number | undefined,
    });
  } else {
    profile = rankedFromJson(candidates, ballots);
  }
  const extra = Object.fromEntries(Object.entries(data).filter(([key]) => !KNOWN_KEYS.has(key)));
  return {
    format: 'json',
    ...(title !== undefined ? { title } : {}),
    profile,
    ...(seats !== undefined ? { seats } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

/** `ballots[3].grades.Kelp forest` → ['ballots', 3, 'grades', 'Kelp forest'] (names may hold dots). */
function pathSegments(path: string): (string | number)[] {
  const graded = /^(ballots\[\d+\]\.grades)\.([\s\S]*)$/.exec(path);
  if (graded) return [...pathSegments(graded[1]), graded[2]];
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(match[1] !== undefined ? Number(match[1]) : match[2]);
  }
  return segments;
}

/** Turns an engine error (with its JSON path) into a BallotFileError at the line of that value. */
function locate(file: string, body: string, error: VotingError): BallotFileError {
  const path = error.path ?? '';
  let offset = body.search(/\S/);
  try {
    const root = parseTree(body);
    if (root) {
      const segments = pathSegments(path);
      let node: Node | undefined;
      while (!(node = findNodeAtLocation(root, segments)) && segments.length > 0) segments.pop();
      offset = (node ?? root).offset;
    }
  } catch {
    // A tree too deep for the stack: keep the start of the document.
  }
  const { line, column } = lineColumnAt(body, offset);
  const key = error.code.startsWith('error.') ? `io.json.${error.code.slice('error.'.length)}` : error.code;
  const params = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? clip(v) : v]),
  );
  return new BallotFileError(
    KNOWN_ENGINE_CODES.has(key) || key.startsWith('io.json.') ? key : 'io.json.invalid',
    file,
    line,
    params,
    column,
    path,
  );
}

const KNOWN_ENGINE_CODES = new Set(
  [
    'candidatesNotList',
    'candidateName',
    'duplicateCandidate',
    'tooManyCandidatesTotal',
    'ballotCount',
    'ballotsNotList',
    'rankingMissing',
    'rankingEntry',
    'unknownCandidate',
    'rankedTwice',
    'votersLimit',
    'tooManyCells',
    'gradeLimit',
    'gradeScale',
    'threshold',
    'defaultGrade',
    'gradesMissing',
    'gradeRange',
    'ungraded',
    'candidateBlank',
    'candidateUnsafe',
    'candidatesLookAlike',
  ].map((code) => `io.json.${code}`),
);

const SYNTAX_KEYS: Record<string, string> = {
  InvalidSymbol: 'io.json.unexpected',
  InvalidNumberFormat: 'io.json.badNumber',
  UnexpectedEndOfNumber: 'io.json.badNumber',
  PropertyNameExpected: 'io.json.propertyExpected',
  ValueExpected: 'io.json.valueExpected',
  ColonExpected: 'io.json.colonExpected',
  CommaExpected: 'io.json.commaExpected',
  CloseBraceExpected: 'io.json.closeBraceExpected',
  CloseBracketExpected: 'io.json.closeBracketExpected',
  EndOfFileExpected: 'io.json.afterEnd',
  InvalidCommentToken: 'io.json.comment',
  UnexpectedEndOfComment: 'io.json.comment',
  UnexpectedEndOfString: 'io.json.unclosedString',
  InvalidUnicode: 'io.json.badEscape',
  InvalidEscapeCharacter: 'io.json.badEscape',
  InvalidCharacter: 'io.json.badCharacter',
};

function syntaxError(file: string, body: string, error: unknown): BallotFileError {
  let key = 'io.json.syntax';
  let offset = 0;
  try {
    const errors: ParseError[] = [];
    parseJsonc(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length > 0) {
      key = SYNTAX_KEYS[printParseErrorCode(errors[0].error)] ?? key;
      offset = errors[0].offset;
    } else {
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
      if (position) offset = Number(position[1]);
    }
  } catch {
    // Nesting too deep for jsonc-parser's recursion: report the generic error at the start.
  }
  const { line, column } = lineColumnAt(body, offset);
  return new BallotFileError(key, file, line, {}, column);
}

interface JsonMeta {
  readonly title?: string;
  readonly seats?: number;
  /** Extra top-level keys written as they are (`id`, `source`...); reserved keys are skipped. */
  readonly extra?: Record<string, unknown>;
}

/**
 * Our JSON, one ballot group per line so that big files stay readable and diffable.
 * Key order: title, extra keys, candidates, seats, grade scale, ballots (as in real-elections).
 */
export function writeJson(profile: Profile, meta: JsonMeta = {}): string {
  const head: [string, unknown][] = [];
  if (meta.title !== undefined) head.push(['title', meta.title]);
  for (const [key, value] of Object.entries(meta.extra ?? {})) {
    if (!KNOWN_KEYS.has(key) && value !== undefined) head.push([key, value]);
  }
  head.push(['candidates', profile.candidates]);
  if (meta.seats !== undefined) head.push(['seats', meta.seats]);
  let ballots: readonly (RankedBallotInput | GradedBallotInput)[];
  if (profile.kind === 'graded') {
    head.push(['grade_scale', { min: profile.scale.min, max: profile.scale.max }]);
    head.push(['approval_threshold', profile.approvalThreshold]);
    const m = profile.candidates.length;
    // fromEntries, not assignment: a candidate called "__proto__" must stay a plain key.
    ballots = Array.from(profile.counts, (count, g) => ({
      grades: Object.fromEntries(profile.candidates.map((name, c) => [name, profile.grades[g * m + c]])),
      count,
    }));
  } else {
    ballots = rankedBallots(profile);
  }
  const lines = head.map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const ballotLines = ballots.map((ballot) => `    ${JSON.stringify(ballot)}`);
  lines.push(ballotLines.length === 0 ? '  "ballots": []' : `  "ballots": [\n${ballotLines.join(',\n')}\n  ]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
