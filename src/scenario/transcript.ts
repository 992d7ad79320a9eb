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
import { t, type MessageKey } from '../i18n/index.ts';
import type { KeyedText } from '../i18n/translate.ts';
import type { NounLookup } from '../i18n/grammar.ts';
import { scenarioNouns } from './nouns.ts';
import type { Lang } from '../i18n/format.ts';
import { formatParam, formatTemplate } from '../i18n/format.ts';
import type { MethodId } from '../voting/method.ts';
import { methods } from '../voting/methods/index.ts';
import type { Param, StepParams } from '../voting/result.ts';
import type { CountedElection, MethodCount } from './count.ts';
import type { Ballot, CastBallot } from './preferences.ts';
import type { Answer } from './puzzles.ts';
import {
  gradeLabelKey,
  type EffectData,
  type GradeScaleData,
  type Mood,
  type ScenarioData,
  type VoterData,
} from './schema.ts';
import type { Pending } from './runner.ts';

export interface ElectionEntry {
  readonly type: 'election';
  readonly election: string;
  readonly prompt?: string;
  readonly mode: 'fixed' | 'choose' | 'compare';
  readonly chosen?: MethodId;
  readonly counted: CountedElection;
}

export type Entry =
  | { readonly type: 'move'; readonly place: string; readonly present: readonly string[] }
  | {
      readonly type: 'say';
      readonly speaker?: string;
      readonly text: string;
      readonly mood?: Mood;
      /** The variables when the line was said, for texts that show them (`{insight}`). */
      readonly vars?: Readonly<Record<string, number>>;
    }
  | {
      readonly type: 'choice';
      readonly prompt?: string;
      readonly speaker?: string;
      readonly options: readonly string[];
      readonly picked: number;
    }
  | { readonly type: 'effect'; readonly effect: EffectData }
  | ElectionEntry
  | { readonly type: 'reveal'; readonly election: string; readonly ballots: readonly CastBallot[] }
  | {
      readonly type: 'quiz';
      readonly quiz: string;
      readonly question: string;
      readonly options: readonly string[];
      readonly picked: number;
      readonly correct: boolean;
      readonly feedback?: string;
    }
  | {
      readonly type: 'puzzle';
      readonly puzzle: string;
      readonly prompt: string;
      readonly answer: Answer;
      /** The numbered proposals the answer picked from (methods or options), if any. */
      readonly options: readonly string[];
      readonly solved: boolean;
      readonly gaveUp?: boolean;
      readonly key: string;
      readonly params: StepParams;
      readonly attemptsLeft: number;
      readonly hint?: string;
    }
  /** The player's own ballot, gone into the electorate (a `ballot` step). */
  | {
      readonly type: 'ballot';
      readonly ballot: string;
      readonly prompt: string;
      readonly speaker?: string;
      readonly voter: string;
      readonly electorate: string;
      readonly cast: Ballot;
    }
  | { readonly type: 'end'; readonly ending?: string; readonly text?: string }
  | { readonly type: 'waiting'; readonly kind: Pending['kind']; readonly options: readonly string[] }
  | { readonly type: 'error'; readonly key: string; readonly params: StepParams };

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

export interface RenderOptions {
  /** Adds the engine's step-by-step explanation of every count. */
  readonly explain?: boolean;
}

export class TranscriptRenderer {
  private readonly texts: Readonly<Record<string, string>>;
  private readonly optionNames = new Map<string, string>();
  /** Text keys naming sortition groups (`strata`), shown in the draw's explanation. */
  private readonly strataNames = new Set<string>();

  constructor(
    private readonly scenario: ScenarioData,
    private readonly lang: Lang,
    private readonly options: RenderOptions = {},
  ) {
    this.texts = scenario.texts[lang];
    this.nouns = scenarioNouns(scenario, lang);
    for (const o of scenario.options) this.optionNames.set(o.id, this.text(o.name));
    for (const s of scenario.steps)
      if (s.type === 'election') for (const st of s.strata ?? []) this.strataNames.add(st.name);
  }

  /** Gender and number of the names, for French agreement. */
  private readonly nouns: NounLookup;

  private text(key: string | undefined): string {
    return key === undefined ? '' : (this.texts[key] ?? key);
  }

  private msg(key: MessageKey, params: StepParams = {}): string {
    return t(key, params, this.lang);
  }

  /** An engine message that stands as a sentence (or a line) of its own. */
  private sentence(key: MessageKey | KeyedText, params: StepParams = {}): string {
    return capitalizeSentences(typeof key === 'string' ? this.msg(key, params) : t(key, this.lang));
  }

  /** A writer's text that starts a line or a sentence. */
  private textStart(key: string | undefined): string {
    return capitalize(this.text(key));
  }

  private option(id: string): string {
    return this.optionNames.get(id) ?? id;
  }

  private options_(ids: readonly string[]): string {
    return formatParam(
      ids.map((id) => this.option(id)),
      this.lang,
    );
  }

  private character(id: string | undefined): string {
    const c = this.scenario.cast.find((x) => x.id === id);
    return c ? this.text(c.name) : (id ?? '');
  }

  private voterData(id: string, electionId: string): VoterData | undefined {
    const step = this.scenario.steps.find((s) => s.type === 'election' && s.id === electionId);
    const electorateId = step?.type === 'election' ? step.electorate : undefined;
    const electorate = this.scenario.electorates.find((e) => e.id === electorateId) ?? this.scenario.electorates[0];
    return electorate.voters.find((x) => x.id === id);
  }

  /** A voter's name: the character's, the group's label, or a group without label's ranking. */
  private voter(id: string, electionId: string): string {
    const v = this.voterData(id, electionId);
    // A row the player's ballot added (player-ballot.ts) is the character's.
    if (!v) return this.character(id);
    if (v.character) return this.character(v.character);
    if (v.label !== undefined || !v.ranking) return this.text(v.label);
    return this.msg('scenario.transcript.rankingVoter', {
      ranking: this.ballot({ kind: 'ranked', ranking: v.ranking.map((t) => (typeof t === 'string' ? [t] : t)) }),
    });
  }

  /** A persuaded voter and their new preference, in words. */
  private persuasion(x: EffectData): string {
    const v = this.scenario.electorates
      .filter((e) => x.electorate === undefined || e.id === x.electorate)
      .flatMap((e) => e.voters)
      .find((w) => w.id === x.persuade);
    const name = v?.character
      ? this.character(v.character)
      : v?.label !== undefined
        ? this.text(v.label)
        : (x.persuade ?? '');
    const ballot: Ballot = x.ranking
      ? { kind: 'ranked', ranking: x.ranking.map((t) => (typeof t === 'string' ? [t] : t)) }
      : x.grades
        ? { kind: 'graded', grades: x.grades }
        : { kind: 'approval', approves: x.approves ?? [] };
    return this.msg('scenario.transcript.persuaded', { voter: name, ballot: this.ballot(ballot) });
  }

  /** A group without label is shown by its ballot alone (« 355 bulletins : Kiss > Montroll »). */
  private unlabelled(id: string, electionId: string): boolean {
    const v = this.voterData(id, electionId);
    return v !== undefined && v.character === undefined && v.label === undefined;
  }

  private method(id: MethodId): string {
    return methods[id]?.info.name[this.lang] ?? id;
  }

  /** The grade scale of an election's electorate (for named grades). */
  private scaleOf(election: string | undefined): GradeScaleData | undefined {
    if (election === undefined) return undefined;
    const step = this.scenario.steps.find((x) => x.type === 'election' && x.id === election);
    const id = step?.type === 'election' ? step.electorate : undefined;
    return (this.scenario.electorates.find((e) => e.id === id) ?? this.scenario.electorates[0])?.gradeScale;
  }

  /** A ballot in words; `election` names the grades when its electorate's scale does. */
  ballot(b: Ballot, election?: string): string {
    if (b.kind === 'ranked') {
      if (b.ranking.length === 0) return this.msg('scenario.transcript.blank');
      return b.ranking
        .map((tier) => (tier.length === 1 ? this.option(tier[0]) : `(${tier.map((c) => this.option(c)).join(' = ')})`))
        .join(' > ');
    }
    if (b.kind === 'approval') {
      return b.approves.length === 0
        ? this.msg('scenario.transcript.approvesNone')
        : this.msg('scenario.transcript.approves', { names: this.options_(b.approves) });
    }
    const scale = this.scaleOf(election);
    return Object.entries(b.grades)
      .map(([c, g]) => {
        const label = gradeLabelKey(scale, g);
        return label ? `${this.option(c)} (${this.text(label)})` : `${this.option(c)} ${g}`;
      })
      .join(', ');
  }

  /** Engine parameters with option ids replaced by their names. */
  private localize(value: Param): Param {
    if (typeof value === 'string') return this.option(value);
    if (Array.isArray(value)) return value.map((v) => this.localize(v as Param));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.option(k), this.localize(v as Param)]));
    }
    return value;
  }

  /** An engine step's parameters in words: option names, and a sortition group's own name. */
  private stepParams(params: StepParams): StepParams {
    return Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        k === 'stratum' && typeof v === 'string' && this.strataNames.has(v) ? this.text(v) : this.localize(v),
      ]),
    );
  }

  private count(k: MethodCount, lines: string[]): void {
    const method = this.method(k.method);
    if (k.error || !k.result) {
      const error = k.error
        ? t({ key: k.error.key, params: this.stepParams(k.error.params) }, this.lang, this.nouns)
        : '';
      lines.push(`   ${this.sentence('scenario.transcript.methodError', { method, error })}`);
      return;
    }
    const r = k.result;
    if (r.seats > 1 && r.seatsByList) {
      const seats = Object.fromEntries(Object.entries(r.seatsByList).map(([c, n]) => [this.option(c), n]));
      lines.push(`   ${this.sentence('scenario.transcript.seatsByList', { method, seats })}`);
    } else if ((r.tie || k.winners.length > 1) && r.tieBreak && !r.tieBreak.resolved) {
      lines.push(`   ${this.sentence('scenario.transcript.tie', { method, names: this.options_(r.winners) })}`);
    } else if (r.tie && !r.tieBreak) {
      lines.push(`   ${this.sentence('scenario.transcript.tie', { method, names: this.options_(r.winners) })}`);
    } else {
      const key = k.winners.length === 0 ? 'scenario.transcript.noWinner' : 'scenario.transcript.winners';
      lines.push(`   ${this.sentence(key, { method, count: k.winners.length, names: this.options_(k.winners) })}`);
    }
    if (r.scores) {
      const order = Object.entries(r.scores).sort((a, b) => b[1] - a[1]);
      lines.push(
        `      ${capitalize(order.map(([c, n]) => `${this.option(c)} ${formatParam(n, this.lang)}`).join(', '))}`,
      );
    }
    if (r.probabilities) {
      const shares = Object.entries(r.probabilities).map(([c, f]) => `${this.option(c)} ${f.num}/${f.den}`);
      lines.push(`      ${capitalize(shares.join(', '))}`);
    }
    if (r.tieBreak?.resolved) {
      const tb = r.tieBreak;
      const policy = this.msg(`scenario.policy.${tb.policy}`);
      lines.push(
        `   ${this.sentence(tb.seed ? 'scenario.transcript.tieBreakSeed' : 'scenario.transcript.tieBreak', { policy, seed: tb.seed ?? '', names: this.options_(tb.chosen) })}`,
      );
    }
    if (this.options.explain) {
      for (const s of [...r.steps, ...(r.tieBreak?.steps ?? [])]) {
        lines.push(
          `      · ${capitalizeSentences(t({ key: s.key, params: this.stepParams(s.params) }, this.lang, this.nouns))}`,
        );
      }
    }
  }

  /** What a pending choice offers: a text key, an option id or a method id. */
  private label(x: string): string {
    if (x in this.texts) return this.text(x);
    if (this.optionNames.has(x)) return this.option(x);
    return x in methods ? this.method(x as MethodId) : x;
  }

  private numbered(options: readonly string[], picked: number, lines: string[]): void {
    options.forEach((o, i) => lines.push(`   ${i === picked ? '>' : ' '} ${i + 1}. ${this.textStart(o)}`));
  }

  entry(e: Entry): string[] {
    const lines: string[] = [];
    switch (e.type) {
      case 'move': {
        const place = this.textStart(this.scenario.places.find((p) => p.id === e.place)?.name) || e.place;
        lines.push(this.sentence('scenario.transcript.place', { place }));
        if (e.present.length > 0) {
          lines.push(
            this.sentence('scenario.transcript.present', {
              names: e.present.map((c) => this.character(c)),
              count: e.present.length,
            }),
          );
        }
        break;
      }
      case 'say': {
        const text = capitalize(e.vars ? formatTemplate(this.text(e.text), e.vars, this.lang) : this.text(e.text));
        if (e.speaker === undefined) lines.push(text);
        else {
          const mood = e.mood && e.mood !== 'neutral' ? this.msg(`scenario.mood.${e.mood}`) : '';
          lines.push(
            capitalize(
              this.msg(mood ? 'scenario.transcript.sayMood' : 'scenario.transcript.say', {
                speaker: this.character(e.speaker),
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
                this.msg('scenario.transcript.say', {
                  speaker: this.character(e.speaker),
                  text: this.textStart(e.prompt),
                }),
              )
            : this.textStart(e.prompt),
        );
        this.numbered(e.options, e.picked, lines);
        break;
      case 'effect': {
        const x = e.effect;
        if (x.set !== undefined) lines.push(`   ${this.msg('scenario.transcript.flagOn', { flag: x.set })}`);
        else if (x.clear !== undefined) lines.push(`   ${this.msg('scenario.transcript.flagOff', { flag: x.clear })}`);
        else if (x.persuade !== undefined) lines.push(`   ${this.persuasion(x)}`);
        else if (x.assign !== undefined)
          lines.push(`   ${this.msg('scenario.transcript.varAssign', { name: x.var ?? '', value: x.assign })}`);
        else
          lines.push(
            `   ${this.msg((x.add ?? 0) < 0 ? 'scenario.transcript.varSub' : 'scenario.transcript.varAdd', { name: x.var ?? '', value: Math.abs(x.add ?? 0) })}`,
          );
        break;
      }
      case 'election': {
        const c = e.counted;
        lines.push(
          this.msg(e.prompt ? 'scenario.transcript.election' : 'scenario.transcript.electionBare', {
            id: e.election,
            prompt: this.textStart(e.prompt),
          }),
        );
        lines.push(
          `   ${this.sentence('scenario.transcript.candidates', { names: this.options_(c.candidates), voters: c.voters })}`,
        );
        if (e.chosen)
          lines.push(`   ${this.sentence('scenario.transcript.chosen', { method: this.method(e.chosen) })}`);
        const seen = new Set<string>();
        for (const list of Object.values(c.ballots)) {
          for (const b of list ?? []) {
            const id = `${b.voter}|${b.cast.kind}`;
            if (!b.strategy || seen.has(id)) continue;
            seen.add(id);
            const params = {
              voter: this.voter(b.voter, e.election),
              count: b.count,
              strategy: this.msg(`scenario.strategy.${b.strategy}`),
            };
            lines.push(
              `   ${capitalize(this.msg('scenario.transcript.strategy', { ...params, sincere: this.ballot(b.sincere, e.election), cast: this.ballot(b.cast, e.election) }))}`,
            );
          }
        }
        c.counts.forEach((k) => this.count(k, lines));
        break;
      }
      case 'reveal':
        for (const b of e.ballots) {
          const ballot = this.ballot(b.cast, e.election);
          if (this.unlabelled(b.voter, e.election))
            lines.push(`   ${capitalize(this.msg('scenario.transcript.ballotGroup', { count: b.count, ballot }))}`);
          else
            lines.push(
              `   ${capitalize(this.msg('scenario.transcript.ballot', { voter: this.voter(b.voter, e.election), count: b.count, ballot }))}`,
            );
        }
        break;
      case 'quiz':
        lines.push(this.msg('scenario.transcript.quiz', { question: this.textStart(e.question) }));
        this.numbered(e.options, e.picked, lines);
        lines.push(
          `   ${this.msg(e.correct ? 'scenario.transcript.right' : 'scenario.transcript.wrong')}${e.feedback ? ` ${this.textStart(e.feedback)}` : ''}`,
        );
        break;
      case 'puzzle': {
        lines.push(this.msg('scenario.transcript.puzzle', { prompt: this.textStart(e.prompt) }));
        const picked = typeof e.answer === 'number' && e.answer > 0 ? e.options[e.answer - 1] : undefined;
        const goal = this.scenario.steps.find((s) => s.type === 'puzzle' && s.id === e.puzzle);
        const election = goal?.type === 'puzzle' ? goal.goal.election : '';
        lines.push(
          `   > ${capitalize(this.answer(e.answer, election))}${picked !== undefined ? `. ${capitalize(this.label(picked))}` : ''}`,
        );
        const params = Object.fromEntries(
          Object.entries(e.params).map(([k, v]) => [k, k === 'method' ? this.method(v as MethodId) : this.localize(v)]),
        );
        lines.push(
          `   ${this.msg(e.solved ? 'scenario.transcript.right' : 'scenario.transcript.wrong')} ${this.sentence({ key: e.key, params })}`,
        );
        if (!e.solved && e.attemptsLeft > 0)
          lines.push(
            `   ${this.sentence('scenario.transcript.attemptsLeft', { count: e.attemptsLeft })}${e.hint ? ` ${this.textStart(e.hint)}` : ''}`,
          );
        break;
      }
      case 'ballot': {
        // Grades read with the names of the electorate's scale, through an election counted on it.
        const on = this.scenario.steps.find((s) => s.type === 'election' && s.electorate === e.electorate);
        const ballot = this.ballot(e.cast, on?.type === 'election' ? on.id : undefined);
        const prompt = this.textStart(e.prompt);
        lines.push(
          e.speaker
            ? capitalize(this.msg('scenario.transcript.say', { speaker: this.character(e.speaker), text: prompt }))
            : prompt,
        );
        lines.push(
          `   ${capitalize(this.msg('scenario.transcript.playerBallot', { voter: this.character(e.voter), ballot }))}`,
        );
        break;
      }
      case 'end':
        lines.push(this.msg('scenario.transcript.end', { text: this.textStart(e.text) }).trimEnd());
        break;
      case 'waiting':
        lines.push(this.msg('scenario.transcript.waiting', { kind: this.msg(`scenario.input.${e.kind}`) }));
        e.options.forEach((o, i) => lines.push(`     ${i + 1}. ${capitalize(this.label(o))}`));
        break;
      case 'error':
        lines.push(this.sentence(e));
        break;
    }
    return lines;
  }

  private answer(a: Answer, election: string): string {
    if (typeof a === 'number') return a === 0 ? this.msg('scenario.transcript.giveUp') : String(a);
    if (a.method) return this.method(a.method);
    if (a.add) return this.option(a.add);
    return (a.changes ?? [])
      .map(
        (c) =>
          `${this.voter(c.voter, election)} ×${c.count} → ${c.ranking ? this.ballot({ kind: 'ranked', ranking: c.ranking.map((t) => (typeof t === 'string' ? [t] : t)) }) : c.approves ? this.ballot({ kind: 'approval', approves: c.approves }) : this.ballot({ kind: 'graded', grades: c.grades ?? {} }, election)}`,
      )
      .join('; ');
  }

  render(entries: readonly Entry[]): string {
    return `${entries.flatMap((e) => this.entry(e)).join('\n')}\n`;
  }
}

export function renderTranscript(
  scenario: ScenarioData,
  entries: readonly Entry[],
  lang: Lang,
  options: RenderOptions = {},
): string {
  return new TranscriptRenderer(scenario, lang, options).render(entries);
}
