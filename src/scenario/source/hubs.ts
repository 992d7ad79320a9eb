/**
 * Hubs of visits without hand-made flags. A choice that the story jumps back to (a section
 * some `->` names) keeps its `*` options once only: each gets a generated flag, set when it is
 * picked and tested by its `if`. A fallback `* -> section` becomes a branch just before the
 * choice, taken when no option is left; the branch takes the section's id, so jumps reach it
 * first. Generated flags are named `once-<choice>-<option>` and added to `flags`.
 */
import type { ConditionInput } from '../schema.ts';
import type { Context } from './context.ts';
import { optionMarks } from './steps.ts';

type Step = Record<string, unknown>;

function jumpTargets(steps: readonly Step[]): Set<string> {
  const out = new Set<string>();
  for (const s of steps) {
    if (s.type === 'goto') out.add(String(s.to));
    if (s.type === 'branch') {
      for (const c of (s.cases as { goto: string }[] | undefined) ?? []) out.add(c.goto);
      if (s.else !== undefined) out.add(String(s.else));
    }
    if (s.type === 'choice')
      for (const o of (s.options as Step[] | undefined) ?? []) if (o.goto !== undefined) out.add(String(o.goto));
  }
  return out;
}

function renameChose(value: unknown, from: string, to: string): void {
  if (Array.isArray(value)) value.forEach((v) => renameChose(v, from, to));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.chose === from && typeof record.option === 'string') record.chose = to;
    for (const v of Object.values(record)) renameChose(v, from, to);
  }
}

export function expandHubs(ctx: Context, steps: Step[], flags: string[]): Step[] {
  const targets = jumpTargets(steps);
  const out: Step[] = [];
  for (const step of steps) {
    if (step.type !== 'choice') {
      out.push(step);
      continue;
    }
    const options = step.options as Step[];
    const id = typeof step.id === 'string' ? step.id : undefined;
    const revisited = id !== undefined && targets.has(id);
    const fallback = options.find((o) => optionMarks.get(o)?.fallback);
    const unavailable: ConditionInput[] = [];
    let always = false;
    const kept = options.filter((o) => o !== fallback);
    kept.forEach((o, n) => {
      const once = revisited && optionMarks.get(o)?.once === true;
      const userIf = o.if as ConditionInput | undefined;
      if (once) {
        const flag = `once-${id}-${typeof o.id === 'string' ? o.id : n + 1}`.slice(0, 64);
        if (!flags.includes(flag)) flags.push(flag);
        o.if = userIf ? { all: [{ not: { flag } }, userIf] } : { not: { flag } };
        o.effects = [{ set: flag }, ...((o.effects as unknown[] | undefined) ?? [])];
        unavailable.push(userIf ? { any: [{ flag }, { not: userIf }] } : { flag });
      } else if (userIf) unavailable.push({ not: userIf });
      else always = true;
    });
    step.options = kept;
    if (!fallback) {
      out.push(step);
      continue;
    }
    const pos = ctx.origin.get(fallback) ?? { line: 1, column: 1 };
    if (always || kept.length === 0) {
      ctx.problem('chapterSource.choice.fallbackNever', pos.line, pos.column, {}, 'warning');
      out.push(step);
      continue;
    }
    const cond: ConditionInput = unavailable.length === 1 ? (unavailable[0] as ConditionInput) : { all: unavailable };
    const branch: Step = ctx.at({ type: 'branch', cases: [{ if: cond, goto: fallback.goto }] }, pos.line, pos.column);
    if (id !== undefined) {
      branch.id = id;
      step.id = `${id}-choice`.slice(0, 64);
      renameChose(steps, id, step.id as string);
    }
    out.push(branch, step);
  }
  return out;
}
