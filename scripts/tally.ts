#!/usr/bin/env -S npx tsx
/**
 * tally: counts a ballot file with one method (round by round, in French or English), with
 * every applicable method side by side (--all), or answers JSON Lines requests (--batch).
 * See README, "Counting ballots from the command line".
 */
import { parseArgs } from 'node:util';
import { runBatch } from './tally/batch.ts';
import { runTally, type TallyArgs } from './tally/report.ts';
import { t, type Lang } from '../src/i18n/index.ts';

const usage = `usage:
  npm run tally -- FILE --method ID [--seats K] [--tiebreak none|lot|official] [--seed S] [--threshold 0.05] [--kind ranked|graded] [--lang fr|en]
  npm run tally -- FILE --all [--seats K] [--kind ranked|graded] [--lang fr|en]
  npm run tally -- --list [--lang fr|en]
  npm run tally -- --batch   < requests.jsonl > answers.jsonl`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        method: { type: 'string', short: 'm' },
        all: { type: 'boolean' },
        list: { type: 'boolean' },
        batch: { type: 'boolean' },
        seats: { type: 'string' },
        tiebreak: { type: 'string' },
        seed: { type: 'string' },
        threshold: { type: 'string' },
        round: { type: 'string' },
        lang: { type: 'string' },
        kind: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.batch) {
    void runBatch();
    return -1; // the batch ends on its own when stdin closes
  }
  const args: TallyArgs = {
    file: positionals[0],
    method: values.method,
    all: values.all ?? false,
    list: values.list ?? false,
    seats: values.seats,
    tiebreak: values.tiebreak,
    seed: values.seed,
    threshold: values.threshold,
    round: values.round,
    lang: values.lang,
    kind: values.kind,
  };
  if (!args.list && (!args.file || (!args.method && !args.all))) {
    console.error(usage);
    return 2;
  }
  return runTally(args);
}

/** The language of a last-resort message: --lang if it is one, else LANG (as report.ts does). */
function fallbackLang(): Lang {
  const i = process.argv.indexOf('--lang');
  const value =
    i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  if (value === 'fr' || value === 'en') return value;
  return (process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** No stack trace ever reaches the user: an unexpected error is one line, in French or English. */
function unexpected(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${t('cli.internalError', { message }, fallbackLang())}\n`);
  process.exitCode = 70; // EX_SOFTWARE
}

process.on('uncaughtException', (error) => {
  unexpected(error);
  process.exit();
});

try {
  const code = main();
  if (code >= 0) process.exitCode = code;
} catch (error) {
  unexpected(error);
}
