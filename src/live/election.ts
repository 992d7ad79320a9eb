/**
 * A live vote is a class election whose ballots come from phones: the setup becomes a
 * ClassElection, and every ballot goes through the same checks as a pass-and-play ballot
 * (src/classroom/ballots.ts), so the host's count is the engine's on exactly those ballots.
 * Pure: no DOM, no Node. Not bundled by the phone page (it pulls in the engine).
 */
import {
  availableMethods,
  MAX_NAME,
  readOptions,
  type ClassElection,
  type SetupProblem,
} from '../classroom/election.ts';
import { ballotProblem } from '../classroom/ballots.ts';
import type { Ballot } from '../scenario/preferences.ts';
import { METHOD_IDS, type MethodId } from '../voting/method.ts';
import { LIVE_KINDS, type LiveSetup } from './protocol.ts';

const MIN_MENTIONS = 2;
export const MAX_MENTIONS = 10;
const MAX_QUESTION = 200;

/** The class election a setup describes (grades 0 … mentions − 1, named). */
export function classElectionOf(setup: LiveSetup): ClassElection {
  const base = { question: setup.question, options: [...setup.options], kind: setup.kind, methods: [...setup.methods] };
  if (setup.kind !== 'grades') return base;
  const mentions = setup.mentions ?? [];
  return { ...base, scale: { min: 0, max: Math.max(mentions.length - 1, 1) }, mentions: [...mentions] };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * What is wrong with a setup received from a host (any JSON), in the order a host would fix
 * it; the same rules as the classroom's setup form. Empty when it can be used.
 */
export function setupProblems(setup: unknown): SetupProblem[] {
  if (typeof setup !== 'object' || setup === null) return [{ key: 'live.setup.notObject', params: {} }];
  const s = setup as Record<string, unknown>;
  const problems: SetupProblem[] = [];
  if (typeof s.question !== 'string') problems.push({ key: 'live.setup.question', params: {} });
  else if (s.question.length > MAX_QUESTION)
    problems.push({ key: 'live.setup.questionTooLong', params: { max: MAX_QUESTION } });
  if (!isStringList(s.options)) return [...problems, { key: 'live.setup.options', params: {} }];
  const typed = readOptions(s.options.join('\n'));
  problems.push(...typed.problems);
  if (typed.options.length !== s.options.length) problems.push({ key: 'live.setup.blankOption', params: {} });
  if (!(LIVE_KINDS as readonly unknown[]).includes(s.kind))
    return [...problems, { key: 'live.setup.kind', params: { kinds: LIVE_KINDS.join(', ') } }];
  const kind = s.kind as LiveSetup['kind'];
  if (kind === 'grades') {
    if (!isStringList(s.mentions))
      problems.push({ key: 'live.setup.mentions', params: { min: MIN_MENTIONS, max: MAX_MENTIONS } });
    else {
      const names = s.mentions.map((m) => m.trim());
      if (names.length < MIN_MENTIONS || names.length > MAX_MENTIONS)
        problems.push({ key: 'live.setup.mentions', params: { min: MIN_MENTIONS, max: MAX_MENTIONS } });
      if (names.some((m) => m === '' || m.length > MAX_NAME))
        problems.push({ key: 'live.setup.mentionName', params: { max: MAX_NAME } });
      if (new Set(names.map((m) => m.toLocaleLowerCase())).size !== names.length)
        problems.push({ key: 'live.setup.mentionTwice', params: {} });
    }
  } else if (s.mentions !== undefined) problems.push({ key: 'live.setup.mentionsNotGrades', params: {} });
  if (!isStringList(s.methods) || s.methods.length === 0)
    return [...problems, { key: 'live.setup.methods', params: {} }];
  const unknown = s.methods.find((m) => !(METHOD_IDS as readonly string[]).includes(m));
  if (unknown !== undefined) return [...problems, { key: 'live.setup.unknownMethod', params: { method: unknown } }];
  if (problems.length > 0) return problems;
  const mentions = kind === 'grades' ? (s.mentions as string[]).length : 0;
  const scale = kind === 'grades' ? { min: 0, max: mentions - 1 } : undefined;
  const available = availableMethods(kind, typed.options.length, scale);
  const notHere = (s.methods as MethodId[]).find((m) => !available.includes(m));
  if (notHere !== undefined) problems.push({ key: 'live.setup.methodNotForKind', params: { method: notHere } });
  return problems;
}

/** A setup received from a host, cleaned (names trimmed), once `setupProblems` found nothing. */
export function cleanSetup(setup: LiveSetup): LiveSetup {
  const base = {
    question: setup.question.trim(),
    options: setup.options.map((o) => o.trim().replace(/\s+/g, ' ')),
    kind: setup.kind,
    methods: [...setup.methods],
  };
  return setup.kind === 'grades' ? { ...base, mentions: (setup.mentions ?? []).map((m) => m.trim()) } : base;
}

const isTier = (value: unknown): value is string[] => isStringList(value);

/**
 * What is wrong with a ballot received from a phone (any JSON) for this setup: first its shape,
 * then the classroom's own checks (known options, once each, grades on the scale).
 */
export function liveBallotProblem(setup: LiveSetup, ballot: unknown): SetupProblem | undefined {
  if (typeof ballot !== 'object' || ballot === null) return { key: 'live.ballot.shape', params: {} };
  const b = ballot as Record<string, unknown>;
  if (b.kind === 'ranked') {
    if (!Array.isArray(b.ranking) || !b.ranking.every(isTier)) return { key: 'live.ballot.shape', params: {} };
  } else if (b.kind === 'approval') {
    if (!isStringList(b.approves)) return { key: 'live.ballot.shape', params: {} };
  } else if (b.kind === 'graded') {
    const grades = b.grades;
    if (typeof grades !== 'object' || grades === null || Array.isArray(grades))
      return { key: 'live.ballot.shape', params: {} };
    if (!Object.values(grades).every((g) => typeof g === 'number')) return { key: 'live.ballot.shape', params: {} };
  } else return { key: 'live.ballot.shape', params: {} };
  return ballotProblem(classElectionOf(setup), ballot as Ballot);
}
