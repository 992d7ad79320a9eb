/**
 * The transcript: typed entries the runner records (what a scene will draw), and their
 * rendering as plain text in French or English (what `npm run scenario -- play` prints and
 * the transcript tests compare). Option ids inside the engine's explanation are replaced by
 * the options' names in the chosen language.
 *
 * Option names are often written in lower case ("la soupe"), so an engine sentence that
 * begins with one would begin in lower case: every line is given a capital first letter, and
 * the engine's own messages and explanations also a capital after each full stop, ! or ?
 * (the message tables stay as they are). The writers' texts only get a capital first letter.
 */
import type { MessageKey } from '../i18n/index.ts';
import type { KeyedText } from '../i18n/translate.ts';
import type { Lang } from '../i18n/format.ts';
import { formatParam } from '../i18n/format.ts';
import type { StepParams } from '../voting/result.ts';
import type { MethodCount } from './count.ts';
import type { Entry } from './entries.ts';
import type { Ballot } from './preferences.ts';
import type { Answer } from './puzzles.ts';
import type { EffectData, ScenarioData } from './schema.ts';
import { ScenarioWords } from './words.ts';

export type { ElectionEntry, Entry } from './entries.ts';

const FIRST_LETTER = /^([\s\u00a0\u202f«“‘"']*)(\p{Ll})/u;
// A full stop (not the last of "..."), ! or ?, spaces, maybe an opening quote, a small letter.
const SENTENCE_START = /((?<!\.)[.!?][\s\u00a0\u202f]+[«“‘"']?[\s\u00a0\u202f]*)(\p{Ll})/gu;

/** The text with a capital first letter (after spaces and opening quotes). */
export function capitalize(text: string): string {
  return text.replace(FIRST_LETTER, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The text with a capital letter at the start and after every full stop, ! or ?. */
export function capitalizeSentences(text: string): string {
  return capitalize(text).replace(SENTENCE_START, (_, before: string, letter: string) => before + letter.toUpperCase());
}

interface RenderOptions {
  /** Adds the engine's step-by-step explanation of every count. */
  readonly explain?: boolean;
}

/** An engine message that stands as a sentence (or a line) of its own. */
function sentence(w: ScenarioWords, key: MessageKey | KeyedText, params: StepParams = {}): string {
  return capitalizeSentences(typeof key === 'string' ? w.msg(key, params) : w.said(key));
}

/** A writer's text that starts a line or a sentence. */
function textStart(w: ScenarioWords, key: string | undefined): string {
  return capitalize(w.text(key));
}

/** A persuaded voter and their new preference, in words. */
function persuasion(w: ScenarioWords, x: EffectData): string {
  const v = w.scenario.electorates
    .filter((e) => x.electorate === undefined || e.id === x.electorate)
    .flatMap((e) => e.voters)
    .find((voter) => voter.id === x.persuade);
  const name = v?.character ? w.character(v.character) : v?.label !== undefined ? w.text(v.label) : (x.persuade ?? '');
  const ballot: Ballot = x.ranking
    ? { kind: 'ranked', ranking: x.ranking.map((t) => (typeof t === 'string' ? [t] : t)) }
    : x.grades
      ? { kind: 'graded', grades: x.grades }
      : { kind: 'approval', approves: x.approves ?? [] };
  return w.msg('scenario.transcript.persuaded', { voter: name, ballot: w.ballot(ballot) });
}

function count(w: ScenarioWords, k: MethodCount, lines: string[], options: RenderOptions): void {
  const method = w.method(k.method);
  if (k.error || !k.result) {
    const error = k.error ? w.said({ key: k.error.key, params: w.stepParams(k.error.params) }) : '';
    lines.push(`   ${sentence(w, 'scenario.transcript.methodError', { method, error })}`);
    return;
  }
  const r = k.result;
  if (r.seats > 1 && r.seatsByList) {
    const seats = Object.fromEntries(Object.entries(r.seatsByList).map(([c, n]) => [w.option(c), n]));
    lines.push(`   ${sentence(w, 'scenario.transcript.seatsByList', { method, seats })}`);
  } else if ((r.tie || k.winners.length > 1) && r.tieBreak && !r.tieBreak.resolved) {
    lines.push(`   ${sentence(w, 'scenario.transcript.tie', { method, names: w.options(r.winners) })}`);
  } else if (r.tie && !r.tieBreak) {
    lines.push(`   ${sentence(w, 'scenario.transcript.tie', { method, names: w.options(r.winners) })}`);
  } else {
    const key = k.winners.length === 0 ? 'scenario.transcript.noWinner' : 'scenario.transcript.winners';
    lines.push(`   ${sentence(w, key, { method, count: k.winners.length, names: w.options(k.winners) })}`);
  }
  // Elimination counts: one round's figures, named (their scores mix each option's last round).
  const rounds = r.steps.filter((s) => s.key === 'irv.round' || s.key === 'coombs.round');
  const last = rounds[rounds.length - 1];
  const figures = (record: Readonly<Record<string, number>>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${w.option(c)} ${formatParam(n, w.lang)}`)
      .join(', ');
  if (last && 'votes' in last.params && 'round' in last.params) {
    const params = { round: last.params.round, figures: figures(last.params.votes) };
    lines.push(`      ${w.msg('why.transcript.finalRound', params)}`);
  } else if (r.scores) lines.push(`      ${capitalize(figures(r.scores))}`);
  if (r.probabilities) {
    const shares = Object.entries(r.probabilities).map(([c, f]) => `${w.option(c)} ${f.num}/${f.den}`);
    lines.push(`      ${capitalize(shares.join(', '))}`);
  }
  if (r.tieBreak?.resolved) {
    const tb = r.tieBreak;
    const policy = w.msg(`scenario.policy.${tb.policy}`);
    lines.push(
      `   ${sentence(w, tb.seed ? 'scenario.transcript.tieBreakSeed' : 'scenario.transcript.tieBreak', { policy, seed: tb.seed ?? '', names: w.options(tb.chosen) })}`,
    );
  }
  if (options.explain) {
    for (const s of [...r.steps, ...(r.tieBreak?.steps ?? [])]) {
      lines.push(`      · ${capitalizeSentences(w.explain(s))}`);
    }
  }
}

function numbered(w: ScenarioWords, options: readonly string[], picked: number, lines: string[]): void {
  options.forEach((o, i) => lines.push(`   ${i === picked ? '>' : ' '} ${i + 1}. ${textStart(w, o)}`));
}

export function entryLines(w: ScenarioWords, e: Entry, options: RenderOptions = {}): string[] {
  const lines: string[] = [];
  switch (e.type) {
    case 'move': {
      const place = textStart(w, w.scenario.places.find((p) => p.id === e.place)?.name) || e.place;
      lines.push(sentence(w, 'scenario.transcript.place', { place }));
      if (e.present.length > 0) {
        lines.push(
          sentence(w, 'scenario.transcript.present', {
            names: e.present.map((c) => w.character(c)),
            count: e.present.length,
          }),
        );
      }
      break;
    }
    case 'say': {
      const text = capitalize(w.text(e.text, e.vars));
      if (e.speaker === undefined) lines.push(text);
      else {
        const mood = e.mood && e.mood !== 'neutral' ? w.msg(`scenario.mood.${e.mood}`) : '';
        lines.push(
          capitalize(
            w.msg(mood ? 'scenario.transcript.sayMood' : 'scenario.transcript.say', {
              speaker: w.character(e.speaker),
              mood,
              text,
            }),
          ),
        );
      }
      break;
    }
    case 'choice':
      lines.push(
        e.speaker
          ? capitalize(
              w.msg('scenario.transcript.say', {
                speaker: w.character(e.speaker),
                text: textStart(w, e.prompt),
              }),
            )
          : textStart(w, e.prompt),
      );
      numbered(w, e.options, e.picked, lines);
      break;
    case 'effect': {
      const x = e.effect;
      if (x.set !== undefined) lines.push(`   ${w.msg('scenario.transcript.flagOn', { flag: x.set })}`);
      else if (x.clear !== undefined) lines.push(`   ${w.msg('scenario.transcript.flagOff', { flag: x.clear })}`);
      else if (x.persuade !== undefined) lines.push(`   ${persuasion(w, x)}`);
      else if (x.assign !== undefined)
        lines.push(`   ${w.msg('scenario.transcript.varAssign', { name: x.var ?? '', value: x.assign })}`);
      else
        lines.push(
          `   ${w.msg((x.add ?? 0) < 0 ? 'scenario.transcript.varSub' : 'scenario.transcript.varAdd', { name: x.var ?? '', value: Math.abs(x.add ?? 0) })}`,
        );
      break;
    }
    case 'election': {
      const c = e.counted;
      lines.push(
        w.msg(e.prompt ? 'scenario.transcript.election' : 'scenario.transcript.electionBare', {
          id: e.election,
          prompt: textStart(w, e.prompt),
        }),
      );
      lines.push(
        `   ${sentence(w, 'scenario.transcript.candidates', { names: w.options(c.candidates), voters: c.voters })}`,
      );
      if (e.chosen) lines.push(`   ${sentence(w, 'scenario.transcript.chosen', { method: w.method(e.chosen) })}`);
      const seen = new Set<string>();
      for (const list of Object.values(c.ballots)) {
        for (const b of list ?? []) {
          const id = `${b.voter}|${b.cast.kind}`;
          if (!b.strategy || seen.has(id)) continue;
          seen.add(id);
          const params = {
            voter: w.voterName(e.election, b.voter),
            count: b.count,
            strategy: w.msg(`scenario.strategy.${b.strategy}`),
          };
          lines.push(
            `   ${capitalize(w.msg('scenario.transcript.strategy', { ...params, sincere: w.ballot(b.sincere, e.election), cast: w.ballot(b.cast, e.election) }))}`,
          );
        }
      }
      c.counts.forEach((k) => count(w, k, lines, options));
      break;
    }
    case 'reveal':
      for (const b of e.ballots) {
        const ballot = w.ballot(b.cast, e.election);
        if (w.unlabelled(e.election, b.voter))
          lines.push(`   ${capitalize(w.msg('scenario.transcript.ballotGroup', { count: b.count, ballot }))}`);
        else
          lines.push(
            `   ${capitalize(w.msg('scenario.transcript.ballot', { voter: w.voterName(e.election, b.voter), count: b.count, ballot }))}`,
          );
      }
      break;
    case 'quiz':
      lines.push(w.msg('scenario.transcript.quiz', { question: textStart(w, e.question) }));
      numbered(w, e.options, e.picked, lines);
      lines.push(
        `   ${w.msg(e.correct ? 'scenario.transcript.right' : 'scenario.transcript.wrong')}${e.feedback ? ` ${capitalize(w.text(e.feedback, e.vars))}` : ''}`,
      );
      break;
    case 'puzzle': {
      lines.push(w.msg('scenario.transcript.puzzle', { prompt: textStart(w, e.prompt) }));
      const picked = typeof e.answer === 'number' && e.answer > 0 ? e.options[e.answer - 1] : undefined;
      const goal = w.scenario.steps.find((s) => s.type === 'puzzle' && s.id === e.puzzle);
      const election = goal?.type === 'puzzle' ? goal.goal.election : '';
      lines.push(
        `   > ${capitalize(answer(w, e.answer, election))}${picked !== undefined ? `. ${capitalize(w.label(picked))}` : ''}`,
      );
      // The verdict names its method mid-sentence: as a noun (« la méthode de Borda »), not a title.
      const params = Object.fromEntries(
        Object.entries(e.params).map(([k, v]) => [
          k,
          k === 'method' && typeof v === 'string' ? w.methodInText(v) : w.localize(v, k),
        ]),
      );
      lines.push(
        `   ${w.msg(e.solved ? 'scenario.transcript.right' : 'scenario.transcript.wrong')} ${sentence(w, { key: e.key, params })}`,
      );
      if (!e.solved && e.attemptsLeft > 0)
        lines.push(
          `   ${sentence(w, 'scenario.transcript.attemptsLeft', { count: e.attemptsLeft })}${e.hint ? ` ${textStart(w, e.hint)}` : ''}`,
        );
      break;
    }
    case 'ballot': {
      // Grades read with the names of the electorate's scale, through an election counted on it.
      const on = w.scenario.steps.find((s) => s.type === 'election' && s.electorate === e.electorate);
      const ballot = w.ballot(e.cast, on?.type === 'election' ? on.id : undefined);
      const prompt = textStart(w, e.prompt);
      lines.push(
        e.speaker
          ? capitalize(w.msg('scenario.transcript.say', { speaker: w.character(e.speaker), text: prompt }))
          : prompt,
      );
      lines.push(
        `   ${capitalize(w.msg('scenario.transcript.playerBallot', { voter: w.character(e.voter), ballot }))}`,
      );
      break;
    }
    case 'end':
      lines.push(w.msg('scenario.transcript.end', { text: textStart(w, e.text) }).trimEnd());
      break;
    case 'waiting':
      lines.push(w.msg('scenario.transcript.waiting', { kind: w.msg(`scenario.input.${e.kind}`) }));
      e.options.forEach((o, i) => lines.push(`     ${i + 1}. ${capitalize(w.label(o))}`));
      break;
    case 'error':
      lines.push(sentence(w, e));
      break;
  }
  return lines;
}

function answer(w: ScenarioWords, a: Answer, election: string): string {
  if (typeof a === 'number') return a === 0 ? w.msg('scenario.transcript.giveUp') : String(a);
  if (a.method) return w.method(a.method);
  if (a.add) return w.option(a.add);
  return (a.changes ?? [])
    .map(
      (c) =>
        `${w.voterName(election, c.voter)} ×${c.count} → ${c.ranking ? w.ballot({ kind: 'ranked', ranking: c.ranking.map((t) => (typeof t === 'string' ? [t] : t)) }) : c.approves ? w.ballot({ kind: 'approval', approves: c.approves }) : w.ballot({ kind: 'graded', grades: c.grades ?? {} }, election)}`,
    )
    .join('; ');
}

export function renderTranscript(
  scenario: ScenarioData,
  entries: readonly Entry[],
  lang: Lang,
  options: RenderOptions = {},
): string {
  const w = new ScenarioWords(scenario, lang);
  return `${entries.flatMap((e) => entryLines(w, e, options)).join('\n')}\n`;
}
