/**
 * The steps as a graph: which steps can follow which, ignoring whether conditions hold (a
 * condition may be true or false). A step from which no ending can ever be reached is a
 * trap — a loop of jumps with no way out — and an error; a step nothing leads to is a warning.
 */
import { issue, type ScenarioIssue } from './issues.ts';
import type { StepData } from './schema.ts';

/** The steps that may run after step i (`steps.length` stands for "the chapter ends"). */
export function successors(steps: readonly StepData[], i: number, indexOf: ReadonlyMap<string, number>): number[] {
  const step = steps[i];
  const out: number[] = [];
  const to = (id: string | undefined): void => {
    const j = id === undefined ? undefined : indexOf.get(id);
    if (j !== undefined) out.push(j);
  };
  const next = i + 1;
  if (step.if !== undefined) out.push(next); // skipped when its condition is false
  switch (step.type) {
    case 'end':
      out.push(steps.length);
      break;
    case 'goto':
      to(step.to);
      break;
    case 'branch':
      step.cases.forEach((c) => to(c.goto));
      if (step.else !== undefined) to(step.else);
      else out.push(next);
      break;
    case 'choice':
      for (const option of step.options) {
        if (option.goto !== undefined) to(option.goto);
        else out.push(next);
      }
      break;
    default:
      out.push(next);
  }
  return out;
}

export function checkGraph(steps: readonly StepData[], indexOf: ReadonlyMap<string, number>): ScenarioIssue[] {
  const n = steps.length;
  const next = steps.map((_, i) => successors(steps, i, indexOf));
  // Reachable from the first step.
  const reached = new Uint8Array(n + 1);
  const stack = [0];
  reached[0] = 1;
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i === n) continue;
    for (const j of next[i]) {
      if (reached[j]) continue;
      reached[j] = 1;
      stack.push(j);
    }
  }
  // Can reach the end: walk the edges backwards from the end.
  const previous: number[][] = Array.from({ length: n + 1 }, () => []);
  next.forEach((list, i) => list.forEach((j) => previous[j].push(i)));
  const ends = new Uint8Array(n + 1);
  const back = [n];
  ends[n] = 1;
  while (back.length > 0) {
    const j = back.pop()!;
    for (const i of previous[j]) {
      if (ends[i]) continue;
      ends[i] = 1;
      back.push(i);
    }
  }
  const found: ScenarioIssue[] = [];
  const name = (i: number): string | number => steps[i].id ?? i + 1;
  // A trap is reported once, at the jump that closes it (or its first step if it has none).
  const trapped = steps.map((_, i) => i).filter((i) => reached[i] && !ends[i]);
  const JUMPS = new Set(['goto', 'branch', 'choice']);
  const culprit = trapped.find((i) => JUMPS.has(steps[i].type)) ?? trapped[0];
  if (culprit !== undefined) found.push(issue('scenario.flow.noWayOut', ['steps', culprit], { step: name(culprit) }));
  for (let i = 0; i < n; i++) {
    if (!reached[i]) found.push(issue('scenario.flow.unreachable', ['steps', i], { step: name(i) }, 'warning'));
  }
  return found;
}
