#!/usr/bin/env -S npx tsx
/**
 * scenario: checks and previews scenario files (docs/scenario-format.md).
 *   validate [FILES…]   every problem as file:line:column: message (all scenarios/*.json by default)
 *   play FILE --choices 2,1,…   the transcript, elections counted, as a teacher previews a chapter
 *   check [FILES…]      every expectation of every scenario, counted by the engine
 * Exit code 1 when anything is wrong, 2 on a usage error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Lang } from '../src/i18n/format.ts';
import { checkExpectations } from '../src/scenario/expectations.ts';
import { formatIssue, hasErrors, issue, scenarioText } from '../src/scenario/issues.ts';
import { LIMITS } from '../src/scenario/limits.ts';
import { loadScenarioText, type LoadResult } from '../src/scenario/load.ts';
import { playThrough, type Answer } from '../src/scenario/runner.ts';
import { renderTranscript } from '../src/scenario/transcript.ts';

const usage = `usage:
  npm run scenario -- validate [FILES…] [--lang fr|en]
  npm run scenario -- play FILE [--choices 2,1,…] [--answers JSON] [--lang fr|en] [--explain]
  npm run scenario -- check [FILES…] [--lang fr|en]`;

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

function shippedScenarios(): string[] {
  const dir = join(root, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and loads a file; a file too big is refused before it is read. */
function load(file: string): LoadResult {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { issues: [issue('scenario.cli.unreadable', [], { file })] };
  }
  if (size > LIMITS.fileBytes) return { issues: [issue('scenario.limit.file', [], { size, limit: LIMITS.fileBytes })] };
  return loadScenarioText(readFileSync(file, 'utf8'));
}

function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function report(file: string, result: LoadResult, lang: Lang): boolean {
  for (const found of result.issues) {
    const line = formatIssue(found, lang, shown(file));
    if (found.severity === 'error') console.error(line);
    else console.warn(line);
  }
  return !hasErrors(result.issues);
}

function parseAnswers(choices: string | undefined, answers: string | undefined): Answer[] | string {
  if (answers !== undefined) {
    try {
      const list: unknown = JSON.parse(answers);
      if (Array.isArray(list) && list.every((a) => typeof a === 'number' || (typeof a === 'object' && a !== null))) return list as Answer[];
    } catch {
      // reported below
    }
    return '--answers must be a JSON list of numbers and puzzle answers';
  }
  if (choices === undefined || choices.trim() === '') return [];
  const list = choices.split(',').map((c) => Number(c.trim()));
  return list.every((n) => Number.isInteger(n) && n >= 0) ? list : '--choices must be whole numbers separated by commas, e.g. 2,1,3';
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'fr' },
        choices: { type: 'string' },
        answers: { type: 'string' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  const lang = values.lang as Lang;
  if (values.help || command === undefined) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (lang !== 'fr' && lang !== 'en') {
    console.error(`--lang must be fr or en\n${usage}`);
    return 2;
  }
  const say = (key: string, params = {}): string => scenarioText(key, params, lang);

  if (command === 'validate' || command === 'check') {
    const list = files.length > 0 ? files : shippedScenarios();
    let ok = true;
    let expectations = 0;
    for (const file of list) {
      const result = load(file);
      if (!report(file, result, lang) || !result.scenario) {
        ok = false;
        continue;
      }
      if (command === 'check') {
        for (const outcome of checkExpectations(result.scenario)) {
          expectations++;
          if (outcome.ok) continue;
          ok = false;
          console.error(`${shown(file)}: ${say(outcome.key, outcome.params)} (expectations[${outcome.index}])`);
        }
      }
    }
    const summary = command === 'check' ? 'scenario.cli.checked' : 'scenario.cli.validated';
    console.log(say(ok ? summary : 'scenario.cli.failed', { files: list.length, expectations }));
    return ok ? 0 : 1;
  }

  if (command === 'play') {
    if (files.length !== 1) {
      console.error(usage);
      return 2;
    }
    const answers = parseAnswers(values.choices, values.answers);
    if (typeof answers === 'string') {
      console.error(answers);
      return 2;
    }
    const result = load(files[0]);
    if (!report(files[0], result, lang) || !result.scenario) return 1;
    const played = playThrough(result.scenario, answers);
    process.stdout.write(renderTranscript(result.scenario, played.runner.transcript, lang, { explain: values.explain ?? false }));
    // A runaway stopped by the runner (too many steps or too much counting without the player).
    const stopped = played.runner.transcript.find((entry) => entry.type === 'error');
    if (stopped?.type === 'error') {
      console.error(say(stopped.key, stopped.params ?? {}));
      return 1;
    }
    if (played.refused) {
      console.error(say('scenario.cli.refused', { index: played.refused.index + 1, why: say(played.refused.key ?? '', played.refused.params ?? {}) }));
      return 1;
    }
    if (played.unused > 0) console.warn(say('scenario.cli.unused', { count: played.unused }));
    return 0;
  }

  console.error(`unknown command: ${command}\n${usage}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
