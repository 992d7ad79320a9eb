/**
 * Opening a sandbox from a shared link or a scenario file. Either way the result goes through
 * the scenario checks (scenario/load.ts), exactly as a teacher's file would: a state that makes
 * a broken scenario is refused. Every refusal is a list of problems that `problemText` words in
 * French or English.
 */
import { hasErrors, type ScenarioIssue } from '../scenario/issues.ts';
import { formatIssue } from '../scenario/issue-text.ts';
import { loadScenarioText, validateScenario } from '../scenario/load.ts';
import type { ScenarioData } from '../scenario/schema.ts';
import { t, type Lang } from '../i18n/index.ts';
import { decodeState, type LinkProblem } from './codec.ts';
import type { SandboxState } from './model.ts';
import { fromScenario, NotASandbox, toScenario } from './scenario.ts';
import { checkState } from './state-schema.ts';

export type OpenProblem =
  | LinkProblem
  | { readonly key: string; readonly params: Readonly<Record<string, string | number>> }
  | { readonly issue: ScenarioIssue };

/**
 * Opened, with what the reading noticed and the player must be told (a scenario file's
 * warnings: a text used nowhere, a step never reached…); or refused, with why.
 */
export type Opened =
  | { readonly state: SandboxState; readonly scenario: ScenarioData; readonly notes?: readonly OpenProblem[] }
  | { readonly problems: readonly OpenProblem[] };

const MAX_SHOWN = 5;

/** The scenario of a state, checked like any scenario file. */
export function checkedScenario(state: SandboxState): Opened {
  const scenario = toScenario(state);
  const checked = validateScenario(JSON.parse(JSON.stringify(scenario)));
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (hasErrors(errors) || !checked.scenario)
    return { problems: errors.slice(0, MAX_SHOWN).map((issue) => ({ issue })) };
  return { state, scenario: checked.scenario };
}

export function openLink(code: string): Opened {
  const decoded = decodeState(code);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  return checkedScenario(decoded.state);
}

export function openScenarioText(text: string): Opened {
  const loaded = loadScenarioText(text);
  if (!loaded.scenario)
    return {
      problems: loaded.issues
        .filter((i) => i.severity === 'error')
        .slice(0, MAX_SHOWN)
        .map((issue) => ({ issue })),
    };
  let state: SandboxState;
  try {
    state = fromScenario(loaded.scenario);
  } catch (error) {
    if (error instanceof NotASandbox) return { problems: [{ key: error.key, params: error.params }] };
    throw error;
  }
  const checked = checkState(state);
  if ('path' in checked) return { problems: [{ key: 'sandbox.link.shape', params: { path: checked.path } }] };
  const opened = checkedScenario(checked.state);
  const warnings = loaded.issues.filter((i) => i.severity === 'warning');
  if (!('state' in opened) || warnings.length === 0) return opened;
  return { ...opened, notes: warnings.slice(0, MAX_SHOWN).map((issue) => ({ issue })) };
}

/** One problem in the player's language (a file's problems start with `file:line:column`). */
export function problemText(problem: OpenProblem, lang: Lang, file = ''): string {
  if ('issue' in problem) return formatIssue(problem.issue, lang, file);
  return t({ key: problem.key, params: 'params' in problem ? problem.params : {} }, lang);
}
