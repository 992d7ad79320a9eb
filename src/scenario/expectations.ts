/**
 * A scenario's expectations, checked by counting its ballots with the engine: the lesson a
 * chapter teaches must be what its ballots really produce.
 */
import type { MethodId } from '../voting/method.ts';
import type { StepParams } from '../voting/result.ts';
import { condorcetFacts, countElection, sameSet, seatsWon, type ElectionSetup } from './count.ts';
import { Electorates } from './preferences.ts';
import { checkPuzzle, isRefusal } from './puzzles.ts';
import type { ElectionStepData, ExpectationData, ScenarioData } from './schema.ts';

interface ExpectationOutcome {
  readonly index: number;
  readonly ok: boolean;
  /** What was expected and what the engine found, as a message key with parameters. */
  readonly key: string;
  readonly params: StepParams;
}

function setupOf(scenario: ScenarioData, x: ExpectationData): ElectionSetup {
  const step =
    x.election === undefined
      ? undefined
      : scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === x.election);
  return {
    ...(step ?? {}),
    ...(x.electorate !== undefined ? { electorate: x.electorate } : {}),
    ...(x.candidates !== undefined ? { candidates: x.candidates } : {}),
    ...(typeof x.seats === 'number' ? { seats: x.seats } : {}),
    ...(x.sincere !== undefined ? { sincere: x.sincere } : {}),
  };
}

function winnersOf(
  scenario: ScenarioData,
  voters: Electorates,
  setup: ElectionSetup,
  ids: readonly MethodId[],
): (readonly string[])[] {
  return countElection(scenario, voters, setup, ids).counts.map((k) => (k.error ? [`!${k.error.key}`] : k.winners));
}

function checkExpectation(
  scenario: ScenarioData,
  voters: Electorates,
  x: ExpectationData,
  index: number,
): ExpectationOutcome {
  const setup = setupOf(scenario, x);
  const out = (ok: boolean, key: string, params: StepParams): ExpectationOutcome => ({ index, ok, key, params });
  if (x.winners !== undefined && x.method) {
    const [found] = winnersOf(scenario, voters, setup, [x.method]);
    return out(sameSet(found, x.winners), 'scenario.expect.winners', {
      method: x.method,
      expected: x.winners,
      found: [...found],
    });
  }
  if (x.notWinner !== undefined && x.method) {
    const [found] = winnersOf(scenario, voters, setup, [x.method]);
    return out(!found.includes(x.notWinner), 'scenario.expect.notWinner', {
      method: x.method,
      expected: x.notWinner,
      found: [...found],
    });
  }
  if (typeof x.seats === 'object' && x.method) {
    const [counted] = countElection(scenario, voters, setup, [x.method]).counts;
    const expected = x.seats;
    if (counted.error)
      return out(false, 'scenario.expect.seats', { method: x.method, expected, found: `!${counted.error.key}` });
    const won = seatsWon(counted);
    const ok = Object.entries(expected).every(([c, n]) => (won[c] ?? 0) === n);
    // Found: every option that won a seat, and every option named, even with none.
    const found = Object.fromEntries(
      counted.result!.candidates.filter((c) => (won[c] ?? 0) > 0 || c in expected).map((c) => [c, won[c] ?? 0]),
    );
    return out(ok, 'scenario.expect.seats', { method: x.method, expected, found });
  }
  if (x.condorcetWinner !== undefined || x.condorcetLoser !== undefined) {
    const facts = condorcetFacts(scenario, voters, setup);
    const winner = x.condorcetWinner !== undefined;
    const expected = (winner ? x.condorcetWinner : x.condorcetLoser) ?? null;
    const found = winner ? facts.winner : facts.loser;
    return out(found === expected, winner ? 'scenario.expect.condorcetWinner' : 'scenario.expect.condorcetLoser', {
      expected: expected ?? '—',
      found: found ?? '—',
    });
  }
  if (x.differ || x.same) {
    const ids = (x.differ ?? x.same)!;
    const found = winnersOf(scenario, voters, setup, ids);
    const keys = found.map((w) => JSON.stringify([...w].sort()));
    const ok = x.differ ? new Set(keys).size === keys.length : new Set(keys).size === 1;
    const params = {
      methods: ids,
      found: Object.fromEntries(ids.map((id, i) => [id, [...found[i]].join(' + ') || '—'])),
    };
    return out(ok, x.differ ? 'scenario.expect.differ' : 'scenario.expect.same', params);
  }
  if (x.solves !== undefined && x.puzzle !== undefined && x.answer) {
    const step = scenario.steps.find((s) => s.type === 'puzzle' && s.id === x.puzzle);
    if (step?.type !== 'puzzle') return out(false, 'scenario.ref.unknownPuzzle', { id: x.puzzle });
    const election = scenario.steps.find(
      (s): s is ElectionStepData => s.type === 'election' && s.id === step.goal.election,
    );
    const verdict = checkPuzzle(scenario, voters, step.goal, election ?? {}, x.answer);
    if (isRefusal(verdict)) return out(false, verdict.key, verdict.params);
    return out(verdict.solved === x.solves, 'scenario.expect.solves', {
      puzzle: x.puzzle,
      expected: x.solves,
      found: verdict.solved,
      why: verdict.key,
    });
  }
  return out(false, 'scenario.expectation.form', {});
}

export function checkExpectations(scenario: ScenarioData): ExpectationOutcome[] {
  const voters = new Electorates(scenario);
  return scenario.expectations.map((x, i) => checkExpectation(scenario, voters, x, i));
}
