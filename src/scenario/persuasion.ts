/**
 * A voter persuaded during a chapter: the effect `persuade` gives them new preferences, and
 * every vote counted afterwards counts the edited electorate (the engine decides what that
 * changes). Earlier counts keep the ballots they were counted on.
 */
import type { EffectData, ScenarioData, VoterData } from './schema.ts';

type Persuasion = EffectData & { readonly persuade: string };

export function isPersuasion(e: EffectData): e is Persuasion {
  return e.persuade !== undefined;
}

/** The voter with only the new preference; a declared strategy goes too (they now vote as they think). */
function persuaded(v: VoterData, e: Persuasion): VoterData {
  const { ranking: _r, grades: _g, approves: _a, position: _p, strategy: _s, ...who } = v;
  if (e.ranking) return { ...who, ranking: e.ranking.map((x) => (typeof x === 'string' ? x : [...x])) };
  if (e.grades) return { ...who, grades: { ...e.grades } };
  return { ...who, approves: [...(e.approves ?? [])] };
}

/** The scenario whose electorates count the persuaded voter's new preferences. */
export function persuade(scenario: ScenarioData, e: Persuasion): ScenarioData {
  return {
    ...scenario,
    electorates: scenario.electorates.map((el) =>
      e.electorate !== undefined && el.id !== e.electorate
        ? el
        : { ...el, voters: el.voters.map((v) => (v.id === e.persuade ? persuaded(v, e) : v)) },
    ),
  };
}
