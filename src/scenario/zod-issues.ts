/**
 * zod's issues, turned into the scenario's own message keys with plain parameters, so that a
 * teacher reads "unknown key « speeker »" rather than a library's wording.
 */
import type { z } from 'zod';
import type { StepParams } from '../voting/result.ts';
import { issue, type ScenarioIssue } from './issues.ts';
import { ID_PATTERN, TEXT_KEY_PATTERN } from './schema.ts';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = doc;
  for (const part of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[part as string];
  }
  return v;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const METHOD_KEYS = new Set(['method', 'methodChosen', 'choose', 'compare', 'differ', 'same', 'methods']);

function isMethodPath(path: Path): boolean {
  return path.some((p) => typeof p === 'string' && METHOD_KEYS.has(p));
}

/** The union branch that matched the value's type best: fewest issues, none at its root type. */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const typed = branches.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (typed.length === 0) return undefined;
  return typed.reduce((a, b) => (b.length < a.length ? b : a));
}

function convert(zi: ZodIssue, base: Path, doc: unknown, out: ScenarioIssue[]): void {
  const path: Path = [...base, ...(zi.path as Path)];
  const value = valueAt(doc, path);
  const push = (key: string, params: StepParams = {}, at: Path = path): void => void out.push(issue(key, at, params));
  switch (zi.code) {
    case 'invalid_type':
      if (value === undefined) push('scenario.schema.missing', { key: String(path[path.length - 1] ?? '') });
      else push('scenario.schema.type', { expected: zi.expected, received: typeName(value) });
      return;
    case 'unrecognized_keys':
      for (const key of zi.keys) push('scenario.schema.unknownKey', { key }, [...path, key]);
      return;
    case 'invalid_value':
      if (isMethodPath(path)) push('scenario.schema.unknownMethod', { value: shown(value) });
      else push('scenario.schema.oneOf', { value: shown(value), allowed: zi.values.map((v) => String(v)) });
      return;
    case 'invalid_format': {
      const pattern = 'pattern' in zi ? String(zi.pattern) : '';
      if (pattern === String(ID_PATTERN)) push('scenario.schema.id', { value: shown(value) });
      else if (pattern === String(TEXT_KEY_PATTERN)) push('scenario.schema.textKey', { value: shown(value) });
      else push('scenario.schema.format', { value: shown(value) });
      return;
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(zi.code === 'too_small' ? zi.minimum : zi.maximum);
      const exact = 'exact' in zi && zi.exact;
      const what = zi.origin === 'array' ? 'List' : zi.origin === 'string' ? 'String' : 'Number';
      const side = exact ? 'Exact' : zi.code === 'too_small' ? 'Min' : 'Max';
      push(`scenario.schema.${lowerFirst(what)}${side}`, { limit, value: what === 'Number' ? shown(value) : '' });
      return;
    }
    case 'invalid_union': {
      if ('note' in zi && zi.note === 'No matching discriminator') {
        const extra = zi as { discriminator?: unknown; options?: unknown };
        const field = String(extra.discriminator ?? 'type');
        const allowed = Array.isArray(extra.options) ? extra.options.map(String) : [];
        const at = path[path.length - 1] === field ? path : [...path, field];
        push('scenario.schema.unknownKind', { field, value: shown(valueAt(doc, at)), allowed }, at);
        return;
      }
      const branch = bestBranch(zi.errors);
      if (branch) branch.forEach((inner) => convert(inner, path, doc, out));
      else
        push('scenario.schema.type', {
          expected: zi.errors.map((b) => expectedOf(b)).join(' | '),
          received: typeName(value),
        });
      return;
    }
    case 'invalid_key':
      zi.issues.forEach((inner) => convert(inner, path, doc, out));
      return;
    case 'custom': {
      const params = (zi.params ?? {}) as Record<string, unknown>;
      const key = typeof params.key === 'string' ? params.key : 'scenario.schema.invalid';
      // Numbers a refinement gives (how many were expected...) reach its message as they are.
      const figures = Object.fromEntries(
        Object.entries(params).filter((e): e is [string, number] => typeof e[1] === 'number'),
      );
      push(key, { keys: String(params.keys ?? ''), present: String(params.present ?? ''), ...figures });
      return;
    }
    default:
      push('scenario.schema.invalid', {});
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function expectedOf(branch: readonly ZodIssue[]): string {
  const root = branch.find((i) => i.code === 'invalid_type' && i.path.length === 0);
  return root && root.code === 'invalid_type' ? root.expected : '?';
}

export function zodIssues(issues: readonly ZodIssue[], doc: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const zi of issues) convert(zi, [], doc, out);
  // The same problem can come back from two union branches: keep each once.
  const seen = new Set<string>();
  return out.filter((i) => {
    const id = `${i.key}|${JSON.stringify(i.path)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
