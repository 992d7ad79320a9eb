/**
 * What the loader and the checks report: a message key (src/i18n/messages/scenario.ts) with
 * parameters, the JSON path of the value, and its line and column once mapped to the text.
 */
import type { StepParams } from '../voting/result.ts';
import { formatTemplate, type Lang } from '../i18n/format.ts';
import { scenarioMessages } from '../i18n/messages/scenario.ts';
import { readerMessages } from '../i18n/messages/readers.ts';
import { persuasionMessages } from '../i18n/messages/persuasion.ts';

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

export function issue(key: string, path: JsonPath, params: StepParams = {}, severity: 'error' | 'warning' = 'error'): ScenarioIssue {
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

/** A message of the scenario table in the player's language (a missing key shows itself). */
export function scenarioText(key: string, params: StepParams, lang: Lang): string {
  const template = scenarioMessages[lang][key] ?? readerMessages[lang][key] ?? persuasionMessages[lang][key] ?? scenarioMessages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang);
}

/** `file:line:column: message (path)` — the form editors and terminals link to. */
export function formatIssue(found: ScenarioIssue, lang: Lang, file = ''): string {
  const where = [file, found.line, found.column].filter((x) => x !== undefined && x !== '').join(':');
  const label = found.severity === 'warning' ? scenarioText('scenario.warningLabel', {}, lang) : '';
  const path = found.path.length > 0 ? ` (${pathText(found.path)})` : '';
  return `${where ? `${where}: ` : ''}${label}${scenarioText(found.key, found.params, lang)}${path}`;
}

export function hasErrors(issues: readonly ScenarioIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
