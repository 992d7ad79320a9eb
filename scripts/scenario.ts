#!/usr/bin/env -S npx tsx
/**
 * scenario: checks and previews scenario files (docs/scenario-format.md): chapter sources
 * (`.chapitre`, with their `.en.txt` and the cast file) or JSON.
 *   new FILE.chapitre   a small chapter that plays at once, to start from
 *   validate [FILES…]   every problem as file:line:column: message (all of scenarios/ by default)
 *   play FILE --choices 2,1,…   the transcript, elections counted, as a teacher previews a chapter
 *                      (a ballot step takes a number or a ballot: bulle>conque>echo, approve a b, a=5 b=2)
 *   check [FILES…]      every expectation of every scenario, counted by the engine
 *   tag FILES…          gives each text line of a source its stable line id (#line:…)
 *   compile FILES…      writes the JSON of each source beside it (the game reads the JSON)
 * Exit code 1 when anything is wrong, 2 on a usage error.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Lang } from '../src/i18n/format.ts';
import { checkExpectations } from '../src/scenario/expectations.ts';
import { hasErrors } from '../src/scenario/issues.ts';
import { formatIssue } from '../src/scenario/issue-text.ts';
import type { LoadResult } from '../src/scenario/load.ts';
import { playThrough, type Answer } from '../src/scenario/runner.ts';
import { answerFromWords } from '../src/scenario/player-ballot.ts';
import { renderTranscript } from '../src/scenario/transcript.ts';
import {
  compileFile,
  isSource,
  jsonFileOf,
  loadFile,
  NEW_CHAPTER,
  SOURCE_EXTENSION,
  tagFile,
  type EncodingNote,
} from './chapter-files.ts';
import { t, type MessageKey } from '../src/i18n/index.ts';

const usage = `usage:
  npm run scenario -- new FILE.chapitre
  npm run scenario -- tag FILES…
  npm run scenario -- compile FILES…
  npm run scenario -- validate [FILES…] [--lang fr|en]
  npm run scenario -- play FILE [--choices 2,1,a>b>c,approve a b,a=5 b=2,…] [--answers JSON] [--ended chapter-1=forest,…] [--lang fr|en] [--explain]
  npm run scenario -- check [FILES…] [--lang fr|en]`;

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Every source in scenarios/, and every JSON file that has no source beside it. */
function shippedScenarios(): string[] {
  const dir = join(root, 'scenarios');
  const names = readdirSync(dir);
  const sources = names.filter((f) => f.endsWith(SOURCE_EXTENSION));
  const json = names.filter((f) => f.endsWith('.json') && !sources.includes(f.replace(/\.json$/, SOURCE_EXTENSION)));
  return [...sources, ...json].sort().map((f) => join(dir, f));
}

function load(file: string, lang: Lang): LoadResult {
  const loaded = loadFile(file);
  if (loaded.castProblems) report(loaded.castProblems.file, { issues: loaded.castProblems.issues }, lang);
  return loaded;
}

function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function report(file: string, result: LoadResult & { encoding?: EncodingNote }, lang: Lang): boolean {
  if (result.encoding) console.error(t(result.encoding, lang));
  if (result.encoding?.refused) return false;
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
      if (Array.isArray(list) && list.every((a) => typeof a === 'number' || (typeof a === 'object' && a !== null)))
        return list as Answer[];
    } catch {
      // reported below
    }
    return '--answers must be a JSON list of numbers and puzzle answers';
  }
  if (choices === undefined || choices.trim() === '') return [];
  // A number, or the player's ballot in words (player-ballot.ts): bulle>conque>echo, approve a b, a=5 b=2.
  const list = choices.split(',').map(answerFromWords);
  return list.every((a) => a !== undefined)
    ? list
    : '--choices must be numbers or ballots separated by commas, e.g. 2,1,bulle>conque>echo,approve dune forest,dune=5 forest=2';
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
        ended: { type: 'string' },
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
  const say = (key: MessageKey, params = {}): string => t(key, params, lang);

  if (command === 'validate' || command === 'check') {
    const list = files.length > 0 ? files : shippedScenarios();
    let ok = true;
    let expectations = 0;
    for (const file of list) {
      const result = load(file, lang);
      if (!report(file, result, lang) || !result.scenario) {
        ok = false;
        continue;
      }
      if (command === 'check') {
        for (const outcome of checkExpectations(result.scenario)) {
          expectations++;
          if (outcome.ok) continue;
          ok = false;
          console.error(`${shown(file)}: ${t(outcome, lang)} (expectations[${outcome.index}])`);
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
    const result = load(files[0], lang);
    if (!report(files[0], result, lang) || !result.scenario) return 1;
    // How earlier chapters ended, as a player's progress would say (for `ended(...)` conditions).
    const ended = (values.ended ?? '').split(',').filter((pair) => pair.includes('='));
    const earlier = Object.fromEntries(ended.map((pair) => pair.split('=', 2).map((x) => x.trim())));
    const played = playThrough(result.scenario, answers, earlier);
    process.stdout.write(
      renderTranscript(result.scenario, played.runner.transcript, lang, { explain: values.explain ?? false }),
    );
    // A runaway stopped by the runner (too many steps or too much counting without the player).
    const stopped = played.runner.transcript.find((entry) => entry.type === 'error');
    if (stopped?.type === 'error') {
      console.error(t({ key: stopped.key, params: stopped.params ?? {} }, lang));
      return 1;
    }
    if (played.refused) {
      console.error(
        say('scenario.cli.refused', {
          index: played.refused.index + 1,
          why: t({ key: played.refused.key ?? '', params: played.refused.params ?? {} }, lang),
        }),
      );
      return 1;
    }
    if (played.unused > 0) console.warn(say('scenario.cli.unused', { count: played.unused }));
    return 0;
  }

  if (command === 'new') {
    const [file] = files;
    if (files.length !== 1 || file === undefined || !isSource(file)) {
      console.error(usage);
      return 2;
    }
    if (existsSync(file)) {
      console.error(say('chapterSource.cli.exists', { file }));
      return 1;
    }
    writeFileSync(file, NEW_CHAPTER);
    console.log(say('chapterSource.cli.created', { file: shown(file) }));
    return 0;
  }

  if (command === 'tag' || command === 'compile') {
    if (files.length === 0 || !files.every(isSource)) {
      console.error(usage);
      return 2;
    }
    let ok = true;
    for (const file of files) {
      if (command === 'tag') {
        console.log(say('chapterSource.cli.tagged', { file: shown(file), count: tagFile(file) }));
        continue;
      }
      const out = compileFile(file);
      if (!report(file, { issues: out.issues }, lang) || out.written === undefined) ok = false;
      else console.log(say('chapterSource.cli.compiled', { file: shown(jsonFileOf(file)) }));
    }
    return ok ? 0 : 1;
  }

  console.error(`unknown command: ${command}\n${usage}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
