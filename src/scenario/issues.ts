/**
 * What the loader and the checks report: a message key (src/i18n/messages/scenario.ts) with
 * parameters, the JSON path of the value, and its line and column once mapped to the text.
 * In words: issue-text.ts (apart, so that reading a chapter's metadata loads no message table).
 */
import type { StepParams } from '../voting/result.ts';

export type JsonPath = readonly (string | number)[];

export interface ScenarioIssue {
  readonly key: string;
  readonly params: StepParams;
  readonly path: JsonPath;
  readonly severity: 'error' | 'warning';
  /** 1-based, when the issue could be placed in the text. */
  readonly line?: number;
  readonly column?: number;
}

export function issue(
  key: string,
  path: JsonPath,
  params: StepParams = {},
  severity: 'error' | 'warning' = 'error',
): ScenarioIssue {
  return { key, params, path, severity };
}

/** `steps[3].options[0].goto`, as VotingError writes paths. */
export function pathText(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function hasErrors(issues: readonly ScenarioIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
