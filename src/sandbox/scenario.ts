/**
 * A sandbox state is a scenario (kind `sandbox`) and back: the scenario is what the engine
 * counts, what the Count and Results scenes draw, and the file a player downloads. A crowd is
 * written as its points (crowd.ts), named `<crowd>--<k>`, with point 0 at the centre; reading a
 * file back finds the spread that gives exactly those points, so a file we wrote reopens as
 * the same crowds, and any other spatial scenario opens with one crowd per voter entry.
 */
import type { ElectionStepData, ElectorateData, ScenarioData, VoterData } from '../scenario/schema.ts';
import { FORMAT_VERSION } from '../scenario/schema.ts';
import { crowdPoints } from './crowd.ts';
import {
  DEFAULT_BANDS,
  DEFAULT_RADIUS,
  GRADE_SCALE,
  SANDBOX_LIMITS,
  type Names,
  type SandboxCrowd,
  type SandboxFlag,
  type SandboxState,
} from './model.ts';

/** The one election of a sandbox scenario. */
export const SANDBOX_ELECTION = 'sandbox';
const SANDBOX_ELECTORATE = 'reef';
const AXIS_KEYS = ['axis.x', 'axis.y'] as const;
const POINT_ID = /^(.+)--(\d+)$/;

function scenarioId(state: SandboxState): string {
  return state.preset ? `sandbox-${state.preset}` : 'sandbox';
}

function voterEntries(crowd: SandboxCrowd, dimensions: 1 | 2): VoterData[] {
  const points = crowdPoints(crowd, dimensions);
  const strategy = crowd.strategy ? { strategy: { kind: crowd.strategy } } : {};
  return points.map((p, k) => ({
    id: points.length === 1 && crowd.spread === 0 ? crowd.id : `${crowd.id}--${k}`,
    label: `group.${crowd.id}`,
    species: crowd.species,
    count: p.count,
    position: [...p.position],
    ...strategy,
  }));
}

/** The scenario of a state: one electorate, one election comparing every method its ballots allow. */
export function toScenario(state: SandboxState): ScenarioData {
  const texts: Record<'fr' | 'en', Record<string, string>> = { fr: {}, en: {} };
  const name = (key: string, names: Names): string => {
    texts.fr[key] = names.fr;
    texts.en[key] = names.en;
    return key;
  };
  const election: ElectionStepData = {
    type: 'election',
    id: SANDBOX_ELECTION,
    compare: 'all',
    ...(state.strategies ? {} : { sincere: true }),
  };
  const electorate: ElectorateData = {
    id: SANDBOX_ELECTORATE,
    gradeScale: { ...GRADE_SCALE },
    approvalRadius: state.approvalRadius,
    gradeBands: [...state.gradeBands],
    voters: state.crowds.flatMap((c) => {
      name(`group.${c.id}`, c.name);
      return voterEntries(c, state.dimensions);
    }),
  };
  return {
    formatVersion: FORMAT_VERSION,
    id: scenarioId(state),
    kind: 'sandbox',
    title: name('title', state.title),
    space: {
      dimensions: state.dimensions,
      axes: state.axes.slice(0, state.dimensions).map((a, i) => name(AXIS_KEYS[i], a)),
    },
    places: [],
    cast: [],
    options: state.flags.map((f) => ({ id: f.id, name: name(`option.${f.id}`, f.name), position: [...f.position] })),
    electorates: [electorate],
    variables: {},
    flags: [],
    steps: [election, { type: 'end' }],
    expectations: [],
    texts,
  };
}

/** Why a valid scenario cannot open in the sandbox (message keys of src/i18n/messages/sandbox.ts). */
export class NotASandbox extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

function names(scenario: ScenarioData, key: string | undefined, fallback: string): Names {
  const pick = (lang: 'fr' | 'en'): string =>
    ((key !== undefined ? scenario.texts[lang][key] : undefined) ?? fallback).slice(0, SANDBOX_LIMITS.nameLength);
  return { fr: pick('fr'), en: pick('en') };
}

function samePoints(a: ReturnType<typeof crowdPoints>, b: readonly VoterData[]): boolean {
  return (
    a.length === b.length && a.every((p, k) => p.count === b[k].count && p.position.join() === b[k].position?.join())
  );
}

/** Voters written from one crowd (`id--0`, `id--1`...) become that crowd again; any other voter is a crowd of its own. */
function crowdsOf(scenario: ScenarioData, electorate: ElectorateData, dimensions: 1 | 2): SandboxCrowd[] {
  const groups = new Map<string, VoterData[]>();
  for (const v of electorate.voters) {
    const match = POINT_ID.exec(v.id);
    const key = match ? `point:${match[1]}` : `voter:${v.id}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const crowds: SandboxCrowd[] = [];
  const single = (v: VoterData, id: string): SandboxCrowd => ({
    id,
    name: names(scenario, v.label ?? scenario.cast.find((c) => c.id === v.character)?.name, v.id),
    species: v.species ?? scenario.cast.find((c) => c.id === v.character)?.species ?? 'crab',
    centre: [...(v.position ?? [])],
    spread: 0,
    size: v.count,
    ...(v.strategy ? { strategy: v.strategy.kind } : {}),
  });
  for (const [key, voters] of groups) {
    const id = key.slice(key.indexOf(':') + 1);
    const first = voters.find((v) => v.id === `${id}--0`);
    if (key.startsWith('point:') && first) {
      const size = voters.reduce((n, v) => n + v.count, 0);
      const sorted = [...voters].sort((a, b) => Number(POINT_ID.exec(a.id)?.[2]) - Number(POINT_ID.exec(b.id)?.[2]));
      for (let spread = 1; spread <= SANDBOX_LIMITS.maxSpread; spread++) {
        if (samePoints(crowdPoints({ centre: first.position ?? [], spread, size }, dimensions), sorted)) {
          crowds.push({ ...single(first, id), spread, size });
          break;
        }
      }
      if (crowds.at(-1)?.id === id) continue;
    }
    for (const v of voters) crowds.push(single(v, v.id));
  }
  return crowds;
}

/** The sandbox state of a (valid) scenario with an opinion plane; throws NotASandbox otherwise. */
export function fromScenario(scenario: ScenarioData): SandboxState {
  const space = scenario.space;
  if (!space) throw new NotASandbox('sandbox.open.noPlane');
  const election = scenario.steps.find((s): s is ElectionStepData => s.type === 'election');
  const electorate = scenario.electorates.find((e) => e.id === election?.electorate) ?? scenario.electorates[0];
  const unplaced = scenario.options.find((o) => !o.position);
  if (unplaced) throw new NotASandbox('sandbox.open.flagWithoutPlace', { id: unplaced.id });
  const elsewhere = electorate.voters.find((v) => !v.position);
  if (elsewhere) throw new NotASandbox('sandbox.open.voterWithoutPlace', { id: elsewhere.id });
  const { minFlags, maxFlags, maxCrowds, maxCrowdSize, maxVoters } = SANDBOX_LIMITS;
  if (scenario.options.length < minFlags || scenario.options.length > maxFlags) {
    throw new NotASandbox('sandbox.open.flagCount', { count: scenario.options.length, min: minFlags, max: maxFlags });
  }
  const dimensions = space.dimensions;
  const crowds = crowdsOf(scenario, electorate, dimensions);
  if (crowds.length > maxCrowds)
    throw new NotASandbox('sandbox.open.crowdCount', { count: crowds.length, max: maxCrowds });
  const big = crowds.find((c) => c.size > maxCrowdSize);
  if (big) throw new NotASandbox('sandbox.open.crowdSize', { id: big.id, count: big.size, max: maxCrowdSize });
  const total = crowds.reduce((n, c) => n + c.size, 0);
  if (total > maxVoters) throw new NotASandbox('sandbox.open.voterCount', { count: total, max: maxVoters });
  const scale = electorate.gradeScale;
  const bands =
    scale && scale.min === GRADE_SCALE.min && scale.max === GRADE_SCALE.max && electorate.gradeBands
      ? electorate.gradeBands
      : DEFAULT_BANDS;
  const flags: SandboxFlag[] = scenario.options.map((o) => ({
    id: o.id,
    name: names(scenario, o.name, o.id),
    position: [...(o.position ?? [])],
  }));
  const preset = /^sandbox-([a-z0-9][a-z0-9_-]*)$/.exec(scenario.id)?.[1];
  return {
    ...(preset ? { preset } : {}),
    title: names(scenario, scenario.title, scenario.id),
    dimensions,
    axes: space.axes.map((a) => names(scenario, a, a)),
    flags,
    crowds,
    approvalRadius: Math.min(SANDBOX_LIMITS.maxRadius, electorate.approvalRadius ?? DEFAULT_RADIUS),
    gradeBands: [...bands],
    strategies: election?.sincere !== true,
  };
}
