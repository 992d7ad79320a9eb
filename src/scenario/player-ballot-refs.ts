/**
 * The reference checks of a `ballot` step (refs.ts calls them): its electorate and its voter
 * exist, its candidates are options, and every election counted on that electorate can count
 * the kind of ballot the player fills (a ranking cannot be counted by approval; grades need the
 * electorate's scale). A condition `chose(ballot, option)` names one of the ballot's candidates.
 */
import { electionMethods } from './count.ts';
import type { JsonPath } from './issues.ts';
import { ballotCandidates } from './player-ballot.ts';
import { methodFlavour, voterCan } from './preferences.ts';
import type { BallotStepData, ScenarioData, VoterData } from './schema.ts';

type Report = (key: string, path: JsonPath, params?: Record<string, string | number>) => void;

/** A voter of the kind the player fills, to ask the engine's own question: can it be counted? */
function sample(step: BallotStepData, candidates: readonly string[]): VoterData {
  const who = { id: step.voter, character: step.voter, count: 1 };
  if (step.kind === 'approval') return { ...who, approves: [candidates[0]] };
  if (step.kind === 'grades') return { ...who, grades: { [candidates[0]]: 0 } };
  return { ...who, ranking: [candidates[0]] };
}

export function checkBallotStep(s: ScenarioData, step: BallotStepData, path: JsonPath, err: Report): void {
  const electorate = s.electorates.find((e) => e.id === step.electorate);
  if (!electorate) return err('scenario.ref.unknownElectorate', [...path, 'electorate'], { id: step.electorate });
  if (!s.cast.some((c) => c.id === step.voter))
    err('scenario.ref.unknownCharacter', [...path, 'voter'], { id: step.voter });
  const options = new Set(s.options.map((o) => o.id));
  step.candidates?.forEach((id, k) => {
    if (!options.has(id)) err('scenario.ref.unknownOption', [...path, 'candidates', k], { id });
  });
  if (step.kind === 'grades' && !electorate.gradeScale)
    err('scenario.ref.ballotNeedsScale', [...path, 'kind'], { electorate: electorate.id });
  const voter = sample(step, ballotCandidates(s, step));
  for (const other of s.steps) {
    if (other.type !== 'election' || other.electorate !== step.electorate) continue;
    const refused = electionMethods(s, other).find((m) => !voterCan(voter, electorate, methodFlavour(m)));
    if (refused)
      err('scenario.ref.ballotCannotCount', [...path, 'kind'], {
        kind: step.kind,
        election: other.id,
        method: refused,
      });
  }
}

/** `chose(id, option)` on a ballot step: the option must be one the player could put first. */
export function checkBallotCondition(
  s: ScenarioData,
  step: BallotStepData,
  option: string | undefined,
  path: JsonPath,
  err: Report,
): void {
  if (option === undefined) return err('scenario.condition.needsOption', path);
  if (!ballotCandidates(s, step).includes(option))
    err('scenario.ref.notCandidate', [...path, 'option'], { id: option });
}
