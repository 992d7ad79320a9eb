/**
 * One colour and shape per option for a whole chapter: an option's style index is its place in
 * the order the chapter's elections first name it (then the options no election names), so the
 * forest drawn as a blue square in the trial vote is a blue square in the final vote too, even
 * when that vote has other candidates. (The style used to be the place among one election's
 * candidates, which changed from one election to the next.)
 */
import type { ScenarioData } from './schema.ts';

const cache = new WeakMap<ScenarioData, ReadonlyMap<string, number>>();

export function chapterStyles(scenario: ScenarioData): ReadonlyMap<string, number> {
  const known = cache.get(scenario);
  if (known) return known;
  const order = new Map<string, number>();
  const add = (id: string): void => {
    if (!order.has(id)) order.set(id, order.size);
  };
  const all = scenario.options.map((o) => o.id);
  for (const step of scenario.steps) {
    if (step.type === 'election') for (const id of step.candidates ?? all) add(id);
  }
  for (const id of all) add(id);
  cache.set(scenario, order);
  return order;
}
