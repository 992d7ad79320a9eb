/**
 * The room's results in words, for the board on the projector, the results sheet on paper,
 * the live region and the tests: each method's winners (by name), whether a tie remains (or
 * how a draw by lot settled it, with its seed), and the method's own decisive figures
 * (figures.ts). A count by hands adds its runoff, counted from the shows themselves (hands.ts).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { MethodId } from '../voting/method.ts';
import { methods as registry } from '../voting/methods/index.ts';
import { optionIds, type ClassElection, type CountedClass } from './election.ts';
import { seatsOf } from './seats.ts';
import { capital, decisiveStages, irvRounds, unitOf, type Figure, type Stage } from './figures.ts';
import { runoffOutcome } from './hands.ts';

export interface ResultLine {
  readonly method: MethodId;
  readonly name: string;
  readonly winners: readonly string[];
  /** Still tied after the count: no draw was asked for. */
  readonly tie: boolean;
  /** The tie a draw by lot settled, and the seed shown with it. */
  readonly drawn?: { readonly tied: readonly string[]; readonly seed: string };
  readonly error?: string;
  /** The decisive figures of the last stage, largest first. */
  readonly figures: readonly Figure[];
  /** The method's decisive figures, each stage labelled with its unit. */
  readonly stages: readonly Stage[];
  /** Instant runoff: every round (shown on demand). */
  readonly rounds?: readonly Stage[];
  /** The winners' option indexes (for markers). */
  readonly indexes: readonly number[];
  /** Several seats shared between lists: each list's seats, most first (lists with none left out). */
  readonly seats?: readonly Figure[];
}

/** The seats each list won, most first, as names with figures. */
function seatFigures(seatsByList: Readonly<Record<string, number>>, name: (id: string) => string): Figure[] {
  return Object.entries(seatsByList)
    .filter(([, n]) => n > 0)
    .map(([id, value]) => ({ option: name(id), value }))
    .sort((a, b) => b.value - a.value);
}

function handsLines(election: ClassElection, counted: CountedClass, lang: Lang): ResultLine[] {
  const hands = counted.hands;
  if (!hands || hands.runoff === 'none') return [];
  const outcome = runoffOutcome(hands, counted.tieSeed);
  if (outcome.pending) return [];
  const name = (i: number) => election.options[i] ?? String(i);
  const unit = unitOf(outcome.method, lang, true);
  const stages: Stage[] = outcome.stages.map((s) => ({
    label: t('classroom.stage.show', { show: s.show, unit }, lang),
    figures: s.figures.map((f) => ({ option: name(f.index), value: f.value })).sort((a, b) => b.value - a.value),
  }));
  const shown = outcome.method === 'irv' && stages.length > 1 ? [stages[stages.length - 1]] : stages;
  return [
    {
      method: outcome.method,
      name: registry[outcome.method].info.name[lang],
      winners: outcome.winners.map(name),
      tie: outcome.tie,
      ...(outcome.drawn ? { drawn: { tied: outcome.drawn.tied.map(name), seed: outcome.drawn.seed } } : {}),
      figures: shown[shown.length - 1]?.figures ?? [],
      stages: shown,
      ...(outcome.method === 'irv' ? { rounds: stages } : {}),
      indexes: [...outcome.winners],
    },
  ];
}

export function resultLines(
  election: ClassElection,
  counted: CountedClass,
  lang: Lang,
  options: { rounds?: boolean } = {},
): ResultLine[] {
  const ids = optionIds(election);
  const name = (id: string) => election.options[ids.indexOf(id)] ?? id;
  const hands = Boolean(counted.hands);
  const several = seatsOf(election) > 1;
  const engine = counted.entry.counted.counts.map((k): ResultLine => {
    const r = k.result;
    const stages = r ? decisiveStages(r, name, lang, options.rounds) : [];
    const seats = r?.seatsByList ? seatFigures(r.seatsByList, name) : undefined;
    // The seats shared are the decisive figure of a list share: said after the votes they come from.
    if (seats) stages.push({ label: capital(t('classroom.seats.unit', {}, lang)), figures: seats });
    if (hands && stages.length === 1) stages[0] = { ...stages[0], label: capital(unitOf(k.method, lang, true)) };
    const tb = r?.tieBreak;
    return {
      method: k.method,
      name: registry[k.method].info.name[lang],
      winners: k.winners.map(name),
      // Several seats elect several winners: a tie is more winners than seats, or one the count reports.
      tie:
        k.winners.length > (several ? (r?.seatsByList ? Infinity : seatsOf(election)) : 1) ||
        (Boolean(r?.tie) && !tb?.resolved),
      ...(tb?.resolved && tb.seed !== undefined ? { drawn: { tied: tb.tied.map(name), seed: tb.seed } } : {}),
      ...(k.error ? { error: t(k.error, lang) } : {}),
      figures: stages[stages.length - 1]?.figures ?? [],
      stages,
      ...(r && k.method === 'irv' ? { rounds: irvRounds(r, name, lang) } : {}),
      indexes: k.winners.map((id) => ids.indexOf(id)),
      ...(seats ? { seats } : {}),
    };
  });
  return [...engine, ...handsLines(election, counted, lang)];
}

/** Is any result still tied (a draw by lot can settle it)? */
export function anyTie(lines: readonly ResultLine[]): boolean {
  return lines.some((l) => !l.error && l.tie);
}

/** The winners in words: "Sea", "tie between Sea and Town", "Sea (drawn by lot between…, seed …)". */
export function winnersText(line: ResultLine, lang: Lang): string {
  if (line.error) return line.error;
  if (line.winners.length === 0) return t('classroom.results.nobody', {}, lang);
  if (line.tie) return t('classroom.results.tieShort', { names: line.winners }, lang);
  if (line.drawn)
    return t('classroom.results.drawn', { names: line.winners, tied: line.drawn.tied, seed: line.drawn.seed }, lang);
  if (line.seats)
    return line.seats.map((s) => t('classroom.seats.won', { name: s.option, seats: s.value }, lang)).join(', ');
  return line.winners.join(', ');
}

/** One line of words per method: "Plurality: Sea (tie: Sea and Town)". */
export function resultSentence(line: ResultLine, lang: Lang): string {
  if (line.error) return t('classroom.results.error', { method: line.name, error: line.error }, lang);
  if (line.drawn || (line.seats && !line.tie))
    return t('classroom.results.winner', { method: line.name, names: winnersText(line, lang) }, lang);
  return t(
    line.tie ? 'classroom.results.tie' : 'classroom.results.winner',
    { method: line.name, names: line.winners },
    lang,
  );
}

/**
 * Methods with the same winners, together: "same ballots, different winners" at a glance.
 * A tie is its own outcome ("tie between A and B"), never counted as one winner.
 */
export function agreements(
  lines: readonly ResultLine[],
): { winners: readonly string[]; tie: boolean; methods: readonly string[] }[] {
  const groups = new Map<string, { winners: readonly string[]; tie: boolean; methods: string[] }>();
  for (const line of lines) {
    if (line.error) continue;
    // Lists sharing seats agree only when every list has the same seats.
    const shares = (line.seats ?? []).map((s) => `${s.option}=${s.value}`).sort();
    const key = `${line.tie ? 'tie' : 'win'}\u0000${[...line.winners].sort().join('\u0000')}\u0000${shares.join('\u0000')}`;
    const group = groups.get(key) ?? { winners: line.winners, tie: line.tie, methods: [] };
    group.methods.push(line.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The board's line under the question: how many ballots (or hands raised by how many people),
 * how they came in, and how many different outcomes — a tie named as a tie.
 */
export function resultsSummary(
  counted: CountedClass,
  lines: readonly ResultLine[],
  source: string,
  lang: Lang,
): string {
  const groups = agreements(lines);
  const ties = groups.filter((g) => g.tie).length;
  const drawn = lines.filter((l) => !l.error && l.drawn).length;
  const outcome =
    ties > 0
      ? t('classroom.results.outcomesTied', { outcomes: groups.length, ties, methods: lines.length }, lang)
      : t('classroom.results.outcomes', { winners: groups.length, methods: lines.length }, lang) +
        (drawn > 0 ? t('classroom.results.withDraws', { n: drawn }, lang) : '');
  const voters = counted.entry.counted.voters;
  const hands = counted.hands;
  const head =
    hands?.people !== undefined
      ? t('classroom.results.handsPeople', { n: voters, people: hands.people }, lang)
      : hands
        ? t('classroom.results.hands', { n: voters }, lang)
        : t('classroom.results.ballotsSource', { n: voters, source }, lang);
  return `${head} — ${outcome}`;
}
