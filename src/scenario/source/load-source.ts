/**
 * A chapter source through the same checks as a JSON file: compiled, then checked by the
 * loader (schema, references, texts, flow), every finding placed on the source's line and
 * column — the loader's message keys and care, pointed at what the writer wrote.
 */
import { hasErrors, pathText, type ScenarioIssue } from '../issues.ts';
import { LIMITS } from '../limits.ts';
import { validateScenario, type LoadResult } from '../load.ts';
import { FORMAT_VERSION } from '../schema.ts';
import { compileChapter, type CompileOptions, type CompileResult } from './compile.ts';
import { problemAt } from './lines.ts';

/** The position of the deepest part of `path` that the source made. */
function placeIssue(found: ScenarioIssue, origins: CompileResult['origins']): ScenarioIssue {
  if (found.line !== undefined) return found;
  for (let n = found.path.length; n >= 0; n--) {
    const pos = origins.get(pathText(found.path.slice(0, n)));
    if (pos) return { ...found, ...pos };
  }
  return { ...found, line: 1, column: 1 };
}

export function loadChapterSource(text: string, options: CompileOptions): LoadResult {
  if (text.length > LIMITS.fileBytes)
    return { issues: [problemAt('scenario.limit.file', 1, 1, { size: text.length, limit: LIMITS.fileBytes })] };
  const compiled = compileChapter(text, options);
  if (compiled.scenario === undefined || hasErrors(compiled.problems))
    return { issues: compiled.problems, fromVersion: FORMAT_VERSION };
  const checked = validateScenario(compiled.scenario);
  const issues = [...compiled.problems, ...checked.issues.map((i) => placeIssue(i, compiled.origins))];
  return { ...(hasErrors(issues) ? {} : { scenario: checked.scenario }), issues, fromVersion: FORMAT_VERSION };
}
