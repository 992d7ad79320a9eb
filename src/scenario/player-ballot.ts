/**
 * The player's own ballot (`ballot` step): the player fills it (one name, a ranking, approvals
 * or grades), and it becomes the row of the player's character in the electorate — replacing
 * the row the chapter wrote for them, or added when there was none — so that every election
 * counted afterwards on that electorate counts it, and the engine decides what it changes.
 *
 * An answer is either the ballot itself (`{ ballot: { ranking | approves | grades } }`) or a
 * number n, the quick ballot that puts the n-th candidate first (single: that name; ranked: it
 * first, then the others in the step's order; approval: only it; grades: it the top grade, the
 * others the lowest). Numbers keep `--choices 2` and the campaign's explorer working.
 */
import type { Ballot } from './preferences.ts';
import type { Answer } from './puzzles.ts';
import type { BallotStepData, ElectorateData, PlayerBallotData, ScenarioData, VoterData } from './schema.ts';

interface BallotRefusal {
  readonly refused: true;
  readonly key: string;
  readonly params: Record<string, string | number>;
}

const refuse = (key: string, params: Record<string, string | number> = {}): BallotRefusal => ({
  refused: true,
  key,
  params,
});

export function isBallotRefusal(x: unknown): x is BallotRefusal {
  return typeof x === 'object' && x !== null && 'refused' in x;
}

export function ballotCandidates(scenario: ScenarioData, step: BallotStepData): readonly string[] {
  return step.candidates ?? scenario.options.map((o) => o.id);
}

export function ballotElectorate(scenario: ScenarioData, step: BallotStepData): ElectorateData | undefined {
  return scenario.electorates.find((e) => e.id === step.electorate);
}

/** The grades the player chooses from: the electorate's scale (0 to 5 when it has none). */
export function ballotScale(scenario: ScenarioData, step: BallotStepData): { min: number; max: number } {
  return ballotElectorate(scenario, step)?.gradeScale ?? { min: 0, max: 5 };
}

/** The quick ballot of a number answer: the n-th candidate first (see the file's comment). */
function quickBallot(
  step: BallotStepData,
  candidates: readonly string[],
  n: number,
  scale: { min: number; max: number },
) {
  const top = candidates[n - 1];
  if (step.kind === 'single') return { ranking: [top] };
  if (step.kind === 'ranked') return { ranking: [top, ...candidates.filter((c) => c !== top)] };
  if (step.kind === 'approval') return { approves: [top] };
  return { grades: Object.fromEntries(candidates.map((c) => [c, c === top ? scale.max : scale.min])) };
}

/**
 * The ballot an answer gives, checked against the step: its kind, its candidates, its grades.
 * A ranking may leave options out (they come after every ranked one) and may be blank; grades
 * left out are the lowest grade (the game asks the player before sending such a ballot).
 */
export function readPlayerBallot(
  scenario: ScenarioData,
  step: BallotStepData,
  answer: Answer,
): PlayerBallotData | BallotRefusal {
  const candidates = ballotCandidates(scenario, step);
  const scale = ballotScale(scenario, step);
  if (typeof answer === 'number') {
    if (!Number.isInteger(answer) || answer < 1 || answer > candidates.length)
      return refuse('scenario.answer.range', { value: answer, count: candidates.length });
    return quickBallot(step, candidates, answer, scale);
  }
  const b = answer.ballot;
  if (!b) return refuse('scenario.playerBallot.needsBallot');
  const unknown = (ids: readonly string[]): BallotRefusal | undefined => {
    const bad = ids.find((c) => !candidates.includes(c));
    return bad === undefined ? undefined : refuse('scenario.answer.unknownOption', { value: bad });
  };
  if (step.kind === 'single' || step.kind === 'ranked') {
    if (!b.ranking) return refuse('scenario.playerBallot.wrongKind', { kind: step.kind });
    const flat = b.ranking.flatMap((e) => (typeof e === 'string' ? [e] : e));
    // A blank pebble is a real ballot (the game asks before it goes in); two names are not.
    if (step.kind === 'single' && flat.length > 1)
      return refuse('scenario.playerBallot.oneName', { count: flat.length });
    if (new Set(flat).size !== flat.length) return refuse('scenario.answer.rankedTwice');
    return unknown(flat) ?? { ranking: b.ranking.filter((e) => typeof e === 'string' || e.length > 0) };
  }
  if (step.kind === 'approval') {
    if (!b.approves) return refuse('scenario.playerBallot.wrongKind', { kind: step.kind });
    return unknown(b.approves) ?? { approves: candidates.filter((c) => b.approves!.includes(c)) };
  }
  if (!b.grades) return refuse('scenario.playerBallot.wrongKind', { kind: step.kind });
  const bad = unknown(Object.keys(b.grades));
  if (bad) return bad;
  const off = Object.entries(b.grades).find(([, g]) => g < scale.min || g > scale.max);
  if (off) return refuse('scenario.playerBallot.gradeRange', { value: off[1], min: scale.min, max: scale.max });
  return { grades: Object.fromEntries(candidates.map((c) => [c, b.grades![c] ?? scale.min])) };
}

/** The player's ballot as the engine's ballot (for the transcript and conditions). */
export function asBallot(b: PlayerBallotData): Ballot {
  if (b.ranking) return { kind: 'ranked', ranking: b.ranking.map((e) => (typeof e === 'string' ? [e] : [...e])) };
  if (b.approves) return { kind: 'approval', approves: [...b.approves] };
  return { kind: 'graded', grades: { ...b.grades } };
}

/** Does the ballot put this option first (ranked: in its first place; approval: approves it; grades: among its best)? */
export function ballotSupports(b: PlayerBallotData, option: string): boolean {
  if (b.ranking) {
    const first = b.ranking[0];
    return first === option || (Array.isArray(first) && first.includes(option));
  }
  if (b.approves) return b.approves.includes(option);
  const grades = Object.values(b.grades ?? {});
  return grades.length > 0 && b.grades![option] === Math.max(...grades);
}

/** The electorate's row of the step's voter: the one the chapter wrote for that character, if any. */
function playerRow(electorate: ElectorateData, voter: string): VoterData | undefined {
  return electorate.voters.find((v) => v.character === voter) ?? electorate.voters.find((v) => v.id === voter);
}

/** The scenario whose electorate counts the player's ballot (the row replaced, or added last). */
export function castPlayerBallot(scenario: ScenarioData, step: BallotStepData, b: PlayerBallotData): ScenarioData {
  return {
    ...scenario,
    electorates: scenario.electorates.map((el) => {
      if (el.id !== step.electorate) return el;
      const row = playerRow(el, step.voter);
      const preference: Pick<VoterData, 'ranking' | 'approves' | 'grades'> = b.ranking
        ? { ranking: b.ranking.map((e) => (typeof e === 'string' ? e : [...e])) }
        : b.approves
          ? { approves: [...b.approves] }
          : { grades: { ...b.grades } };
      if (!row)
        return { ...el, voters: [...el.voters, { id: step.voter, character: step.voter, count: 1, ...preference }] };
      // Only the preference changes: who they are stays, a declared strategy goes (the player votes as they mean).
      const { ranking: _r, grades: _g, approves: _a, position: _p, strategy: _s, ...who } = row;
      return { ...el, voters: el.voters.map((v) => (v === row ? { ...who, ...preference } : v)) };
    }),
  };
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * One answer of `play --choices` as a teacher types it: a number (an option, or the quick
 * ballot), or the player's ballot in words — `bulle>conque>echo` (a ranking, or `bulle` alone:
 * one name), `approve dune forest` (approvals; `approve` alone is a blank ballot), `dune=5 forest=2`
 * (grades). Undefined when the words are none of these.
 */
export function answerFromWords(words: string): Answer | undefined {
  const text = words.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const parts = text.split(/\s+/);
  if (parts[0] === 'approve') {
    const approves = parts.slice(1);
    return approves.every((id) => ID.test(id)) ? { ballot: { approves } } : undefined;
  }
  if (parts.every((p) => /^[a-z0-9][a-z0-9_-]*=-?\d+$/.test(p))) {
    const grades = Object.fromEntries(parts.map((p) => [p.split('=')[0], Number(p.split('=')[1])]));
    return { ballot: { grades } };
  }
  const ranking = text.split('>').map((p) => p.trim());
  return ranking.every((id) => ID.test(id)) ? { ballot: { ranking } } : undefined;
}
