/** The readable count printed by `tally FILE --method ID` and `tally FILE --all`. */
import { basename } from 'node:path';
import { ENCODING_LABELS, FileDecodeError, type ReadOptions } from '../../src/voting/io/index.ts';
import { FileTooLarge, readTallyFile } from './file.ts';
import { shownName } from '../../src/voting/names.ts';
import { methods, isMethodId } from '../../src/voting/methods/index.ts';
import type { CountOptions, MethodId } from '../../src/voting/method.ts';
import type { Profile } from '../../src/voting/ballots.ts';
import { applyTieBreak } from '../../src/voting/tiebreak.ts';
import { applicableMethods, compareMethods, countWith, electionFacts } from '../../src/voting/analysis.ts';
import { rankedFromGraded } from '../../src/voting/ballots.ts';
import type { Result, TieBreakPolicy } from '../../src/voting/result.ts';
import { describeError, t, type Lang } from '../../src/i18n/index.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { VotingError } from '../../src/voting/errors.ts';

export interface TallyArgs {
  file?: string;
  method?: string;
  all: boolean;
  list: boolean;
  seats?: string;
  tiebreak?: string;
  seed?: string;
  threshold?: string;
  round?: string;
  lang?: string;
  /** CSV only: ranked or graded, when the reader should not decide. */
  kind?: string;
}

class OptionError extends Error {}

/** --kind ranked|graded: how to read a CSV whose cells could be ranks or grades. */
function readOptions(kind: string | undefined, lang: Lang): ReadOptions {
  if (kind === undefined) return {};
  if (kind !== 'ranked' && kind !== 'graded')
    throw new OptionError(t('cli.badOption', { option: '--kind', value: kind }, lang));
  return { kind };
}

function pickLang(value: string | undefined): Lang {
  if (value === undefined) return (process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
  if (value !== 'fr' && value !== 'en') throw new OptionError(t('cli.badOption', { option: '--lang', value }, 'en'));
  return value;
}

function wholeNumber(option: string, value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new OptionError(t('cli.badOption', { option, value }, lang));
  return n;
}

function options(args: TallyArgs, lang: Lang, fileSeats: number | undefined): CountOptions {
  const threshold = args.threshold === undefined ? undefined : Number(args.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold < 1)) {
    throw new OptionError(t('cli.badOption', { option: '--threshold', value: String(args.threshold) }, lang));
  }
  const round = wholeNumber('--round', args.round, lang);
  if (round !== undefined && round !== 1 && round !== 2)
    throw new OptionError(t('cli.badOption', { option: '--round', value: String(round) }, lang));
  return {
    seats: wholeNumber('--seats', args.seats, lang) ?? fileSeats,
    seed: args.seed,
    threshold,
    round: round as 1 | 2 | undefined,
  };
}

function winnersLine(result: Result, lang: Lang): string {
  const winners = result.winners.length ? result.winners : [t('cli.none', {}, lang)];
  const info = methods[result.method].info;
  if (info.winners === 'set') return t('cli.set', { winners }, lang);
  if (info.winners === 'multi')
    return t('cli.elected', { winners: result.elected?.length ? result.elected : winners }, lang);
  return t(result.winners.length > 1 ? 'cli.winners' : 'cli.winner', { winners }, lang);
}

function printResult(result: Result, lang: Lang): void {
  const info = methods[result.method].info;
  console.log(t('cli.method', { name: info.name[lang], id: info.id }, lang));
  console.log(info.description[lang]);
  result.steps.forEach((s, i) => console.log(`  ${i + 1}. ${t(s, lang)}`));
  if (result.probabilities) {
    for (const [name, f] of Object.entries(result.probabilities))
      console.log(`  ${t('cli.probability', { name, num: f.num, den: f.den }, lang)}`);
  }
  console.log(winnersLine(result, lang));
  if (result.tie) console.log(t('cli.tieReported', { tied: result.tie.tied, places: result.tie.places }, lang));
  if (result.tieBreak) {
    result.tieBreak.steps.forEach((s) => console.log(`  • ${t(s, lang)}`));
    if (result.tieBreak.resolved) console.log(t('cli.final', { winners: result.tieBreak.chosen }, lang));
  }
}

function printAll(profile: Profile, lang: Lang, countOptions: CountOptions): void {
  // Methods past their candidate limit are listed too, refused with the limit (docs/voting-rules.md §10).
  const comparison = compareMethods(profile, applicableMethods(profile, 1, { withinLimits: false }), countOptions);
  console.log(t('cli.allHeader', {}, lang));
  const width = Math.max(...comparison.outcomes.map((o) => methods[o.method].info.name[lang].length));
  for (const { method, result, error } of comparison.outcomes) {
    const name = methods[method].info.name[lang].padEnd(width);
    if (error) console.log(`  ${name}  ${t('cli.refused', { reason: describeError(error, lang) }, lang)}`);
    else if (result?.probabilities)
      console.log(`  ${name}  ${t('cli.chances', { chances: chances(result, lang) }, lang)}`);
    else if (result) console.log(`  ${name}  ${result.winners.join(', ') || t('cli.none', {}, lang)}`);
  }
  console.log('');
  console.log(
    comparison.unanimous
      ? t('cli.unanimous', {}, lang)
      : t('cli.disagree', { groups: comparison.agreements.length }, lang),
  );
  console.log(t('cli.agreements', {}, lang));
  for (const group of comparison.agreements) {
    console.log(
      t(
        'cli.agreement',
        { winners: group.winners, methods: group.methods.map((m) => methods[m].info.name[lang]) },
        lang,
      ),
    );
  }
  let facts;
  try {
    facts = electionFacts(profile.kind === 'graded' ? rankedFromGraded(profile) : profile);
  } catch (error) {
    if (!(error instanceof VotingError)) throw error;
    console.log('');
    console.log(t('cli.factsRefused', { reason: describeError(error, lang) }, lang));
    return;
  }
  const none = t('cli.none', {}, lang);
  console.log('');
  console.log(t('cli.facts', {}, lang));
  console.log(t('cli.majorityWinner', { name: facts.majorityWinner ?? none }, lang));
  console.log(t('cli.condorcetWinner', { name: facts.condorcetWinner ?? none }, lang));
  console.log(t('cli.condorcetLoser', { name: facts.condorcetLoser ?? none }, lang));
  console.log(t('cli.smithSet', { names: [...facts.smithSet] }, lang));
}

/** Chances as rounded percentages, for reading only (the engine keeps exact fractions). */
function chances(result: Result, lang: Lang): string {
  return Object.entries(result.probabilities ?? {})
    .filter(([, f]) => f.num > 0)
    .sort((a, b) => b[1].num / b[1].den - a[1].num / a[1].den)
    .map(([name, f]) => `${name} ${formatNumber(Math.round((1000 * f.num) / f.den) / 10, lang)} %`)
    .join(', ');
}

function printList(lang: Lang): void {
  console.log(t('cli.listHeader', {}, lang));
  for (const method of Object.values(methods)) {
    const { id, name, description, ballot } = method.info;
    const kind = ballot === 'any' ? '' : ` [${t(`cli.kind.${ballot}`, {}, lang)}]`;
    console.log(`  ${id.padEnd(18)} ${name[lang]}${kind} — ${description[lang]}`);
  }
}

export function runTally(args: TallyArgs): number {
  let lang: Lang;
  try {
    lang = pickLang(args.lang);
    if (args.list) {
      printList(lang);
      return 0;
    }
    const file = args.file as string;
    let election;
    try {
      // CSV, PrefLib and BLT are streamed, a megabyte at a time (scripts/tally/file.ts).
      const read = readTallyFile(file, lang, readOptions(args.kind, lang));
      // On stderr, so that the count on stdout stays the same whatever the encoding.
      if (read.encoding !== 'utf-8')
        console.error(
          t('files.decode.readAs', { file: basename(file), encoding: ENCODING_LABELS[read.encoding] }, lang),
        );
      election = read.election;
    } catch (error) {
      if (error instanceof OptionError) throw error;
      if (error instanceof FileTooLarge || error instanceof FileDecodeError)
        console.error(error instanceof FileTooLarge ? error.message : describeError(error, lang));
      else console.error(t('cli.readError', { file, reason: describeError(error, lang) }, lang));
      return 1;
    }
    // What the reader decided or noticed (ranks or grades, no ballot): on stderr, before the count.
    for (const note of election.notes ?? []) console.error(t(note, lang));
    const { profile } = election;
    const countOptions = options(args, lang, election.seats);
    const seats = countOptions.seats ?? 1;
    console.log(t('cli.header', { file: basename(file) }, lang));
    // A title is free text: control and bidi characters are shown as [U+XXXX], never sent to the terminal.
    if (election.title) console.log(t('cli.title', { title: shownName(election.title, 200) }, lang));
    console.log(t('cli.summary', { voters: profile.voters, candidates: profile.candidates.length, seats }, lang));
    console.log('');
    if (args.all) {
      printAll(profile, lang, countOptions);
      return 0;
    }
    const id = args.method as string;
    if (!isMethodId(id)) throw new OptionError(t('error.unsupportedMethod', { method: id }, lang));
    const policy = (args.tiebreak ?? 'none') as TieBreakPolicy;
    if (!['none', 'lot', 'official'].includes(policy))
      throw new OptionError(t('cli.badOption', { option: '--tiebreak', value: policy }, lang));
    let result: Result;
    try {
      result = countWith(id as MethodId, profile, { ...countOptions, tieBreak: policy === 'none' ? 'none' : 'lot' });
    } catch (error) {
      console.error(t('cli.refused', { reason: describeError(error, lang) }, lang));
      return 1;
    }
    // The tie-break reads the ballots the method counted (graded ballots read as rankings for ranked methods).
    const counted =
      methods[id as MethodId].info.ballot === 'ranked' && profile.kind === 'graded'
        ? rankedFromGraded(profile)
        : profile;
    result = applyTieBreak(methods[id as MethodId], counted, result, policy, args.seed);
    printResult(result, lang);
    return 0;
  } catch (error) {
    if (error instanceof OptionError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
