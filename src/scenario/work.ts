/**
 * What `validate` says about the work of a scenario's elections (the runner bounds it, see
 * WORK in limits.ts): an election whose count is costly, and an election that a loop can
 * repeat without the player doing anything, which the runner would stop mid-chapter.
 * Both are warnings: the scenario is valid, but the player would wait or be stopped.
 */
import { electionMethods } from './count.ts';
import { successors } from './graph.ts';
import { issue, type ScenarioIssue } from './issues.ts';
import { WORK, electionWork } from './limits.ts';
import type { ElectionStepData, ScenarioData, StepData } from './schema.ts';

/** Steps that wait for the player: a loop through one of them is paced by the player. */
function waitsForPlayer(step: StepData): boolean {
  return (
    step.type === 'choice' ||
    step.type === 'quiz' ||
    step.type === 'puzzle' ||
    step.type === 'ballot' ||
    (step.type === 'election' && step.choose !== undefined)
  );
}

export function checkWork(s: ScenarioData): ScenarioIssue[] {
  const found: ScenarioIssue[] = [];
  const indexOf = new Map<string, number>();
  s.steps.forEach((step, i) => step.id !== undefined && indexOf.set(step.id, i));
  s.steps.forEach((step, i) => {
    if (step.type !== 'election') return;
    const work = costOf(s, step);
    const path = ['steps', i];
    if (work > WORK.highElection)
      found.push(
        issue(
          'scenario.work.high',
          path,
          { id: step.id, work: Math.round(work), limit: Math.round(WORK.highElection) },
          'warning',
        ),
      );
    if (!waitsForPlayer(step) && loopsBackUnattended(s.steps, i, indexOf))
      found.push(issue('scenario.work.loop', path, { id: step.id, limit: WORK.withoutInput }, 'warning'));
  });
  return found;
}

/** All the methods counted at once, or the costliest one the player may choose. */
function costOf(s: ScenarioData, step: ElectionStepData): number {
  if (step.choose) return Math.max(0, ...step.choose.map((id) => electionWork(s, step, [id])));
  return electionWork(s, step, electionMethods(s, step));
}

/** Whether step i can run again without passing a step that waits for the player. */
function loopsBackUnattended(steps: readonly StepData[], start: number, indexOf: ReadonlyMap<string, number>): boolean {
  const seen = new Uint8Array(steps.length + 1);
  const stack = successors(steps, start, indexOf);
  while (stack.length > 0) {
    const j = stack.pop()!;
    if (j === start) return true;
    if (j >= steps.length || seen[j] || waitsForPlayer(steps[j])) continue;
    seen[j] = 1;
    stack.push(...successors(steps, j, indexOf));
  }
  return false;
}
