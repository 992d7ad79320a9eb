/**
 * A scenario's texts in one language, as the scenes show them: names of characters, places,
 * options and methods, the lines, the prompts and answers of a pending input, and the verdicts
 * of quizzes and puzzles. Texts come from the scenario's own tables and our message tables.
 */
import { formatTemplate, type Lang } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import type { KeyedText } from '../../i18n/translate.ts';
import type { Ballot } from '../../scenario/preferences.ts';
import type { Pending } from '../../scenario/runner.ts';
import { gradeLabelKey, type ElectorateData, type ScenarioData } from '../../scenario/schema.ts';
import { TranscriptRenderer, type Entry } from '../../scenario/transcript.ts';
import type { MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import type { Param, StepParams } from '../../voting/result.ts';

export interface InputView {
  readonly kind: Pending['kind'];
  readonly speaker?: string;
  readonly prompt: string;
  readonly options: readonly string[];
  /** Puzzles may be given up (answer 0). */
  readonly canGiveUp: boolean;
  /** A puzzle that needs a ballot editor, which the dialogue does not have. */
  readonly needsEditor: boolean;
}

export class ScenarioTexts {
  private readonly texts: Readonly<Record<string, string>>;

  constructor(
    readonly scenario: ScenarioData,
    readonly lang: Lang,
  ) {
    this.texts = scenario.texts[lang];
  }

  text(key: string | undefined, vars?: Readonly<Record<string, number>>): string {
    if (key === undefined) return '';
    const raw = this.texts[key] ?? key;
    return vars ? formatTemplate(raw, vars, this.lang) : raw;
  }

  message(key: MessageKey, params: StepParams = {}): string {
    return t(key, params, this.lang);
  }

  /** A message that comes as data (a refusal, an outcome): its key is checked when it is read. */
  said(message: KeyedText): string {
    return t(message, this.lang);
  }

  character(id: string | undefined): string {
    const c = this.scenario.cast.find((x) => x.id === id);
    return c ? this.text(c.name) : (id ?? '');
  }

  place(id: string): string {
    const p = this.scenario.places.find((x) => x.id === id);
    return p ? this.text(p.name) : id;
  }

  option(id: string): string {
    const o = this.scenario.options.find((x) => x.id === id);
    return o ? this.text(o.name) : id;
  }

  private electorate(electionId: string): ElectorateData {
    const step = this.scenario.steps.find((s) => s.type === 'election' && s.id === electionId);
    const electorateId = step?.type === 'election' ? step.electorate : undefined;
    return this.scenario.electorates.find((e) => e.id === electorateId) ?? this.scenario.electorates[0];
  }

  /** A voter of an election's electorate: the character's name, or the group's label. */
  voter(electionId: string, voterId: string): string {
    const v = this.electorate(electionId).voters.find((x) => x.id === voterId);
    if (!v) return voterId;
    return v.character ? this.character(v.character) : v.label ? this.text(v.label) : voterId;
  }

  /**
   * A ballot as words ("Dune > Forest > Wreck", "approves Dune and Forest", "Dune 5, Forest 2").
   * Given its election, a graded ballot names its grades when the scenario names them
   * ("Dune (Good), Forest (Poor)": brackets, as the dialogue's prompts already end in a colon).
   */
  ballot(b: Ballot, electionId?: string): string {
    const scale = electionId === undefined ? undefined : this.electorate(electionId).gradeScale;
    if (b.kind === 'graded' && scale?.labels) {
      return Object.entries(b.grades)
        .map(([c, g]) => `${this.option(c)} (${this.text(gradeLabelKey(scale, g)) || g})`)
        .join(', ');
    }
    return new TranscriptRenderer(this.scenario, this.lang).ballot(b);
  }

  method(id: string): string {
    return methods[id as MethodId]?.info.name[this.lang] ?? id;
  }

  /** What a pending input offers: a text key, an option id or a method id. */
  label(x: string): string {
    if (x in this.texts) return this.text(x);
    if (this.scenario.options.some((o) => o.id === x)) return this.option(x);
    return x in methods ? this.method(x) : x;
  }

  input(pending: Pending): InputView {
    const step = this.scenario.steps[pending.step];
    const options = pending.options.map((o) => this.label(o));
    const base = { kind: pending.kind, options, canGiveUp: false, needsEditor: false };
    switch (step.type) {
      case 'choice':
        return { ...base, speaker: step.speaker, prompt: this.text(step.prompt) };
      case 'quiz':
        return { ...base, speaker: step.speaker, prompt: this.text(step.question) };
      case 'puzzle':
        return {
          ...base,
          speaker: step.speaker,
          prompt: this.text(step.prompt),
          canGiveUp: true,
          needsEditor: options.length === 0,
        };
      case 'ballot':
        return { ...base, speaker: step.speaker, prompt: this.text(step.prompt) };
      case 'election':
        return { ...base, prompt: step.prompt ? this.text(step.prompt) : this.message('scenario.input.method') };
      default:
        return { ...base, prompt: '' };
    }
  }

  /** Engine parameters with option ids replaced by names, and a method id by its name. */
  private localize(value: Param, key?: string): Param {
    if (typeof value === 'string') return key === 'method' ? this.method(value) : this.option(value);
    if (Array.isArray(value)) return value.map((v) => this.localize(v as Param));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.option(k), this.localize(v as Param)]));
    }
    return value;
  }

  /** The verdict of an answered quiz or puzzle, and whether it was right. */
  verdict(entry: Extract<Entry, { type: 'quiz' } | { type: 'puzzle' }>): { right: boolean; lines: string[] } {
    if (entry.type === 'quiz') {
      const head = this.message(entry.correct ? 'scenario.transcript.right' : 'scenario.transcript.wrong');
      return { right: entry.correct, lines: [entry.feedback ? `${head} ${this.text(entry.feedback)}` : head] };
    }
    const params = Object.fromEntries(
      Object.entries(entry.params).map(([k, v]) => [k, this.localize(v, k)]),
    ) as StepParams;
    const head = entry.gaveUp
      ? ''
      : `${this.message(entry.solved ? 'scenario.transcript.right' : 'scenario.transcript.wrong')} `;
    const lines = [`${head}${t({ key: entry.key, params }, this.lang)}`];
    if (!entry.solved && entry.attemptsLeft > 0) {
      lines.push(
        `${this.message('scenario.transcript.attemptsLeft', { count: entry.attemptsLeft })}${entry.hint ? ` ${this.text(entry.hint)}` : ''}`,
      );
    }
    return { right: entry.solved, lines };
  }

  /** Plain lines for an entry (what the transcript says), used for elections until a scene shows them. */
  lines(entry: Entry): string[] {
    return new TranscriptRenderer(this.scenario, this.lang).entry(entry).map((l) => l.trim());
  }
}
