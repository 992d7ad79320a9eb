/**
 * Elections for the bench page and the browser tests, built with the scenario engine exactly
 * as the runner builds them: a shipped scenario's election counted with its own methods (or
 * every method its ballots allow), or N synthetic voters of mixed species for the frame-rate
 * bench. Pure: no Phaser, no DOM.
 */
import { countElection, electionMethods } from '../../scenario/count.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import { Electorates } from '../../scenario/preferences.ts';
import type { ElectionStepData, ScenarioData } from '../../scenario/schema.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import { SPECIES } from '../../scenario/schema.ts';

export interface BenchElection {
  readonly scenario: ScenarioData;
  readonly entry: ElectionEntry;
}

export function scenarioOf(text: string): ScenarioData {
  const loaded = loadScenarioText(text);
  if (!loaded.scenario) throw new Error(`scenario refused: ${loaded.issues.map((i) => i.key).join(', ')}`);
  return loaded.scenario;
}

/** One election of a scenario; `all` counts it with every method its ballots allow. */
export function scenarioElection(scenario: ScenarioData, electionId: string, all = false): BenchElection {
  const step = scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === electionId);
  if (!step) throw new Error(`no election ${electionId}`);
  const setup: ElectionStepData = all ? { ...step, method: undefined, choose: undefined, compare: 'all' } : step;
  const ids = electionMethods(scenario, setup);
  const counted = countElection(scenario, new Electorates(scenario), setup, ids);
  const mode = setup.method ? 'fixed' : setup.choose ? 'choose' : 'compare';
  const entry: ElectionEntry = {
    type: 'election',
    election: step.id,
    ...(step.prompt ? { prompt: step.prompt } : {}),
    mode,
    ...(mode === 'choose' ? { chosen: ids[0] } : {}),
    counted,
  };
  return { scenario, entry };
}

/** A small deterministic generator (the bench must draw the same crowd every time). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** N voters of mixed species ranking four shelters, as a scenario the engine validates. */
export function syntheticScenario(voters: number): string {
  const options = ['dune', 'kelp', 'reef', 'wreck'];
  const next = lcg(2017);
  const list = Array.from({ length: Math.max(1, Math.min(500, voters)) }, (_, i) => {
    const ranking = [...options].sort(() => next() - 0.5);
    return { id: `v${i + 1}`, label: 'group.voter', species: SPECIES[i % SPECIES.length], count: 1, ranking };
  });
  const texts = (lang: 'fr' | 'en') => ({
    title: lang === 'fr' ? 'Banc d’essai' : 'Bench',
    'option.dune': lang === 'fr' ? 'la dune' : 'the dune',
    'option.kelp': lang === 'fr' ? 'la forêt de varech' : 'the kelp forest',
    'option.reef': lang === 'fr' ? 'le récif' : 'the reef',
    'option.wreck': lang === 'fr' ? 'l’épave' : 'the wreck',
    'group.voter': lang === 'fr' ? 'un votant' : 'a voter',
    'election.prompt': lang === 'fr' ? 'Où s’abriter de la tempête ?' : 'Where to shelter from the storm?',
  });
  return JSON.stringify({
    formatVersion: 1,
    id: 'bench-crowd',
    kind: 'sandbox',
    title: 'title',
    places: [],
    cast: [],
    options: options.map((id) => ({ id, name: `option.${id}` })),
    electorates: [{ id: 'crowd', voters: list }],
    steps: [
      {
        type: 'election',
        id: 'crowd-vote',
        compare: ['plurality', 'irv', 'borda', 'schulze'],
        prompt: 'election.prompt',
      },
    ],
    texts: { fr: texts('fr'), en: texts('en') },
  });
}
