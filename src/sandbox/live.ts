/**
 * The live results: the sandbox's election counted by the voting engine under every one-winner
 * method its ballots allow, through the same path as any scenario election (scenario/count.ts,
 * ballots from scenario/preferences.ts), so the panel shows exactly what the full count shows.
 * Methods are then grouped by winners: the largest group is the common answer, and every method
 * outside it is a disagreement.
 */
import { condorcetFacts, countElection, electionMethods, type CountedElection } from '../scenario/count.ts';
import { Electorates, methodFlavour } from '../scenario/preferences.ts';
import type { ElectionStepData, ScenarioData } from '../scenario/schema.ts';
import type { ElectionEntry } from '../scenario/transcript.ts';
import type { MethodId } from '../voting/method.ts';
import { methods } from '../voting/methods/index.ts';
import type { SandboxState } from './model.ts';
import { SANDBOX_ELECTION, toScenario } from './scenario.ts';

export interface MethodLine {
  readonly method: MethodId;
  /** Final winners (several when tied); empty when the method refused the election. */
  readonly winners: readonly string[];
  readonly tie: boolean;
  /** Not the most common answer. */
  readonly differs: boolean;
  readonly error?: string;
}

export interface LiveResult {
  readonly scenario: ScenarioData;
  readonly counted: CountedElection;
  readonly lines: readonly MethodLine[];
  /** The winners most methods agree on. */
  readonly common: readonly string[];
  readonly condorcetWinner: string | null;
  readonly voters: number;
}

/** One-winner methods only: sets (Smith set…) answer another question, committees need seats. */
function liveMethods(scenario: ScenarioData): MethodId[] {
  const step = scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === SANDBOX_ELECTION);
  if (!step) return [];
  return electionMethods(scenario, step).filter((id) => methods[id].info.winners === 'single');
}

function setupOf(state: SandboxState): { sincere: boolean } {
  return { sincere: !state.strategies };
}

/**
 * The last count, by its ballots: while a flag is dragged, most small moves change no ballot
 * (no voter's order of the flags changes), and then nothing needs counting again.
 */
let last: { key: string; result: Omit<LiveResult, 'scenario'> } | undefined;

function ballotsKey(
  scenario: ScenarioData,
  voters: Electorates,
  state: SandboxState,
  ids: readonly MethodId[],
): string {
  const candidates = scenario.options.map((o) => o.id);
  const flavours = [...new Set(ids.map(methodFlavour))];
  const ballots = flavours.map((f) =>
    voters.ballots(undefined, candidates, f, !state.strategies).map((b) => [b.count, b.cast]),
  );
  return JSON.stringify([candidates, ids, state.approvalRadius, state.gradeBands, ballots]);
}

export function liveCount(state: SandboxState, only?: readonly MethodId[]): LiveResult {
  const scenario = toScenario(state);
  const voters = new Electorates(scenario);
  const ids = only ?? liveMethods(scenario);
  const key = ballotsKey(scenario, voters, state, ids);
  if (last?.key === key) return { ...last.result, scenario };
  const result = countLive(scenario, voters, state, ids);
  last = { key, result };
  return result;
}

function countLive(
  scenario: ScenarioData,
  voters: Electorates,
  state: SandboxState,
  ids: readonly MethodId[],
): LiveResult {
  const counted = countElection(scenario, voters, setupOf(state), ids);
  const key = (w: readonly string[]): string => [...w].sort().join('\u0000');
  const groups = new Map<string, number>();
  for (const c of counted.counts) if (!c.error) groups.set(key(c.winners), (groups.get(key(c.winners)) ?? 0) + 1);
  // The largest group; between equal groups, the one of the earliest method (plurality first).
  let commonKey = '';
  let best = 0;
  for (const c of counted.counts) {
    const size = groups.get(key(c.winners)) ?? 0;
    if (!c.error && size > best) {
      best = size;
      commonKey = key(c.winners);
    }
  }
  const lines = counted.counts.map((c) => ({
    method: c.method,
    winners: c.winners,
    tie: c.winners.length > 1,
    differs: !c.error && key(c.winners) !== commonKey,
    ...(c.error ? { error: c.error.key } : {}),
  }));
  const common = counted.counts.find((c) => !c.error && key(c.winners) === commonKey)?.winners ?? [];
  return {
    scenario,
    counted,
    lines,
    common,
    condorcetWinner: condorcetFacts(scenario, voters, setupOf(state)).winner,
    voters: counted.voters,
  };
}

/** The election as the Election, Count and Results scenes expect it (a transcript entry). */
export function electionEntry(result: LiveResult): ElectionEntry {
  return { type: 'election', election: SANDBOX_ELECTION, mode: 'compare', counted: result.counted };
}
