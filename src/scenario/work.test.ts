/**
 * A scenario's total work is bounded (WORK in limits.ts): a loop around a costly election is
 * stopped by the runner once the estimated work since the player's last answer passes
 * WORK.withoutInput; `validate` warns about the costly election and about the loop; `play`
 * exits non-zero. The fixture tests/scenarios/costly-loop.json compares every method on 30
 * candidates and 260 voters, in a loop that a flag keeps going (the loader cannot see that).
 * Work is measured in the engine's estimated steps and counted elections, never in time.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electionMethods } from './count.ts';
import { formatIssue } from './issue-text.ts';
import { WORK, electionWork } from './limits.ts';
import { loadScenarioText } from './load.ts';
import { MAX_STEPS_WITHOUT_INPUT, playThrough } from './runner.ts';
import type { ElectionStepData, ScenarioData } from './schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const text = readFileSync(join(root, 'tests/scenarios/costly-loop.json'), 'utf8');
const loaded = loadScenarioText(text);
const scenario = loaded.scenario as ScenarioData;
const council = scenario.steps[1] as ElectionStepData;
const perCount = electionWork(scenario, council, electionMethods(scenario, council));

describe('the work of a scenario', () => {
  it('validate warns about a costly election and about a loop that repeats it unattended', () => {
    const warnings = loaded.issues.filter((i) => i.key.startsWith('scenario.work.'));
    expect(warnings.map((i) => [i.key, i.severity, i.path.join('.')])).toEqual([
      ['scenario.work.high', 'warning', 'steps.1'],
      ['scenario.work.loop', 'warning', 'steps.1'],
    ]);
    expect(perCount).toBeGreaterThan(WORK.highElection);
    const [high, loop] = warnings;
    expect(formatIssue(high, 'fr', 'costly-loop.json')).toMatch(
      /^costly-loop\.json:\d+:\d+: attention\u00a0: L’élection «\u00a0council\u00a0» coûte cher à compter \(environ [\d\u202f]+ étapes de calcul\u00a0; au-delà de 10\u202f000\u202f000, le joueur attend\)/,
    );
    expect(formatIssue(loop, 'en')).toContain(
      'Election “council” can repeat in a loop with nothing for the player to do: the game will stop it after 100,000,000 steps of work.',
    );
  });

  it('the runner stops the loop once the work since the last answer passes the bound, long before the step bound', () => {
    const { runner } = playThrough(scenario, []);
    const counted = runner.transcript.filter((e) => e.type === 'election').length;
    expect(counted).toBe(Math.floor(WORK.withoutInput / perCount));
    expect(counted * 2).toBeLessThan(MAX_STEPS_WITHOUT_INPUT);
    expect(runner.state.finished).toBe(true);
    expect(runner.transcript.at(-1)).toEqual({
      type: 'error',
      key: 'scenario.run.tooMuchWork',
      params: { limit: WORK.withoutInput },
    });
  });

  it('a loop paced by the player is not stopped: each answer starts a new budget', () => {
    // The same loop with a question in it: the player answers each time round.
    const paced = JSON.parse(text) as { steps: unknown[]; texts: Record<string, Record<string, string>> };
    paced.steps.splice(2, 0, { id: 'ask', type: 'choice', prompt: 'p.council', options: [{ text: 'p.council' }] });
    const again = loadScenarioText(JSON.stringify(paced));
    expect(again.issues.filter((i) => i.key === 'scenario.work.loop')).toEqual([]);
    const rounds = Math.floor(WORK.withoutInput / perCount) + 1;
    const { runner } = playThrough(
      again.scenario!,
      Array.from({ length: rounds }, () => 1),
    );
    expect(runner.transcript.filter((e) => e.type === 'election').length).toBe(rounds + 1);
    expect(runner.transcript.some((e) => e.type === 'error')).toBe(false);
  });

  it('play exits non-zero with the message when it stops a runaway', () => {
    const run = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/scenario.ts', 'play', 'tests/scenarios/costly-loop.json', '--lang', 'fr'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'Arrêt\u00a0: les élections comptées sans le joueur dépassent 100\u202f000\u202f000 étapes de calcul (une boucle autour d’une élection\u00a0?).',
    );
  });
});
