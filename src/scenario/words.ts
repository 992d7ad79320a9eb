/**
 * A scenario in words, in one language: the one class that says the names of its characters,
 * places, options, voters and methods, its ballots and grades, its engine messages and count
 * explanations. The transcripts (transcript.ts, `npm run scenario -- play`, the journeys), the
 * game's dialogue and the count screens all read it, so they say the same thing the same way.
 * Given an election (`new ScenarioWords(s, lang, entry)`), it also knows that election's
 * candidates, voters' looks, grade names and the options' styles on the count screens.
 * Pure: no Phaser, no DOM.
 */
import { formatParam, formatTemplate, type Lang } from '../i18n/format.ts';
import type { NounLookup } from '../i18n/grammar.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { KeyedText } from '../i18n/translate.ts';
import type { MethodId } from '../voting/method.ts';
import { methods } from '../voting/methods/index.ts';
import type { KeyedMessage, Param, StepParams } from '../voting/result.ts';
import { chapterStyles } from './chapter-styles.ts';
import type { ElectionEntry } from './entries.ts';
import { namedGradeParams } from './grade-words.ts';
import { methodNoun } from '../i18n/method-nouns.ts';
import { scenarioNouns } from './nouns.ts';
import type { Ballot } from './preferences.ts';
import {
  gradeLabelKey,
  type ElectorateData,
  type GradeScaleData,
  type ScenarioData,
  type Species,
  type VoterData,
} from './schema.ts';

/** A voter as the count screens draw them. */
export interface VoterLook {
  readonly name: string;
  readonly species: Species;
  /** A cast member's own colours and accessory; a group has none. */
  readonly colours?: readonly string[];
  readonly accessory?: string;
  readonly character: boolean;
}

export class ScenarioWords {
  private readonly texts: Readonly<Record<string, string>>;
  private readonly optionNames = new Map<string, string>();
  /** Text keys naming sortition groups (`strata`), said in a draw's explanation. */
  private readonly strataNames = new Set<string>();
  private readonly styles = new Map<string, number>();
  /** Gender and number of the names, for French agreement (élu, élue). */
  readonly nouns: NounLookup;

  constructor(
    readonly scenario: ScenarioData,
    readonly lang: Lang,
    /** The election the count screens are about, if any. */
    readonly entry?: ElectionEntry,
  ) {
    this.texts = scenario.texts[lang] ?? {};
    this.nouns = scenarioNouns(scenario, lang);
    for (const o of scenario.options) this.optionNames.set(o.id, this.text(o.name));
    for (const s of scenario.steps)
      if (s.type === 'election') for (const st of s.strata ?? []) this.strataNames.add(st.name);
    // The chapter's one style per option; an option it does not know (a sandbox's) after them.
    for (const [id, i] of chapterStyles(scenario)) this.styles.set(id, i);
    for (const c of entry?.counted.candidates ?? []) if (!this.styles.has(c)) this.styles.set(c, this.styles.size);
  }

  /** A scenario text (the key itself if missing), with the variables' values when given (`{insight}`). */
  text(key: string | undefined, vars?: Readonly<Record<string, number>>): string {
    if (key === undefined) return '';
    const raw = this.texts[key] ?? key;
    return vars ? formatTemplate(raw, vars, this.lang) : raw;
  }

  /** Whether the scenario's table has this text key. */
  hasText(key: string): boolean {
    return key in this.texts;
  }

  /** One of our messages, names agreeing in gender and number. */
  msg(key: MessageKey, params: StepParams = {}): string {
    return t(key, params, this.lang, this.nouns);
  }

  /** A message that comes as data (a refusal, an outcome, an engine error): its key is checked when it is read. */
  said(message: KeyedText): string {
    return t(message, this.lang, this.nouns);
  }

  character(id: string | undefined): string {
    const c = this.scenario.cast.find((x) => x.id === id);
    return c ? this.text(c.name) : (id ?? '');
  }

  place(id: string): string {
    const p = this.scenario.places.find((x) => x.id === id);
    return p ? this.text(p.name) : id;
  }

  isOption(id: string): boolean {
    return this.optionNames.has(id);
  }

  option(id: string): string {
    return this.optionNames.get(id) ?? id;
  }

  /** Options' names as a list (« la dune, la forêt et l'épave »). */
  options(ids: readonly string[]): string {
    return formatParam(
      ids.map((id) => this.option(id)),
      this.lang,
    );
  }

  /** A method's name as a title: headings, buttons, lists of results (« Jugement majoritaire »). */
  method(id: string): string {
    return methods[id as MethodId]?.info.name[this.lang] ?? id;
  }

  /** A method's name inside a sentence, with its article in French (« le jugement majoritaire »). */
  methodInText(id: string): string {
    return methodNoun(id, this.lang);
  }

  /** What a pending input offers: a text key, an option id or a method id. */
  label(x: string): string {
    if (x in this.texts) return this.text(x);
    if (this.optionNames.has(x)) return this.option(x);
    return x in methods ? this.method(x) : x;
  }

  /** The electorate of an election (the scenario's first when the election names none). */
  electorate(electionId: string | undefined): ElectorateData | undefined {
    const step = this.scenario.steps.find((s) => s.type === 'election' && s.id === electionId);
    const id = step?.type === 'election' ? step.electorate : undefined;
    return this.scenario.electorates.find((e) => e.id === id) ?? this.scenario.electorates[0];
  }

  voterData(electionId: string, voterId: string): VoterData | undefined {
    return this.electorate(electionId)?.voters.find((x) => x.id === voterId);
  }

  /**
   * A voter's name: the character's, the group's label, or, for a group without a label, its
   * ranking (« ceux qui classent… »); its id only when it has none of these.
   */
  voterName(electionId: string, voterId: string): string {
    const v = this.voterData(electionId, voterId);
    // A row the player's ballot added (player-ballot.ts) is the character's own.
    if (!v) return this.scenario.cast.some((c) => c.id === voterId) ? this.character(voterId) : voterId;
    if (v.character) return this.character(v.character);
    if (v.label !== undefined) return this.text(v.label);
    if (!v.ranking) return voterId;
    return this.msg('scenario.transcript.rankingVoter', {
      ranking: this.ballot({ kind: 'ranked', ranking: v.ranking.map((x) => (typeof x === 'string' ? [x] : x)) }),
    });
  }

  /** A group without label is shown by its ballot alone (« 355 bulletins : Kiss > Montroll »). */
  unlabelled(electionId: string, voterId: string): boolean {
    const v = this.voterData(electionId, voterId);
    return v !== undefined && v.character === undefined && v.label === undefined;
  }

  /**
   * A voter of this election as the count screens draw them: a character with their looks, or
   * a group by its label (its id when it has none: a token's caption stays short).
   */
  voter(id: string): VoterLook {
    const v = this.entry ? this.voterData(this.entry.election, id) : undefined;
    const character = v?.character ? this.scenario.cast.find((c) => c.id === v.character) : undefined;
    if (character) {
      return {
        name: this.text(character.name),
        species: character.species,
        colours: character.look.colours,
        accessory: character.look.accessory,
        character: true,
      };
    }
    return { name: v?.label ? this.text(v.label) : id, species: (v?.species ?? 'crab') as Species, character: false };
  }

  /** The grade scale of an election's electorate (this election's when none is named). */
  scale(electionId: string | undefined = this.entry?.election): GradeScaleData | undefined {
    return electionId === undefined ? undefined : this.electorate(electionId)?.gradeScale;
  }

  /** A ballot in words; given its election, a graded ballot names its grades when the scenario does. */
  ballot(b: Ballot, electionId?: string): string {
    if (b.kind === 'ranked') {
      if (b.ranking.length === 0) return this.msg('scenario.transcript.blank');
      return b.ranking
        .map((tier) => (tier.length === 1 ? this.option(tier[0]) : `(${tier.map((c) => this.option(c)).join(' = ')})`))
        .join(' > ');
    }
    if (b.kind === 'approval') {
      return b.approves.length === 0
        ? this.msg('scenario.transcript.approvesNone')
        : this.msg('scenario.transcript.approves', { names: this.options(b.approves) });
    }
    // Brackets around a grade's name, as the dialogue's prompts already end in a colon.
    const scale = electionId === undefined ? undefined : this.scale(electionId);
    return Object.entries(b.grades)
      .map(([c, g]) => {
        const label = gradeLabelKey(scale, g);
        return label ? `${this.option(c)} (${this.text(label)})` : `${this.option(c)} ${g}`;
      })
      .join(', ');
  }

  /** The candidates of this election. */
  get candidates(): readonly string[] {
    return this.entry?.counted.candidates ?? [];
  }

  /** The style index of an option: one per option for the whole chapter (chapter-styles.ts). */
  styleIndex(id: string): number {
    return this.styles.get(id) ?? this.styles.size + [...this.optionNames.keys()].indexOf(id);
  }

  /** The scale's lowest grade (« À rejeter », 0), as this election's ballots were cast with it. */
  get lowestGrade(): number {
    return this.scale()?.min ?? 0;
  }

  /** This election's scenario names its grades (« Bien », « Excellent »…) rather than leaving numbers. */
  get gradesNamed(): boolean {
    return this.scale()?.labels !== undefined;
  }

  /** A grade of this election as the player reads it: its name in the player's language, or the number. */
  grade(value: number): string {
    const key = gradeLabelKey(this.scale(), value);
    return key === undefined ? formatParam(value, this.lang) : this.text(key);
  }

  /** Engine parameters with option ids replaced by names (records: keys too); `method` by the method's name. */
  localize(value: Param, key?: string): Param {
    if (typeof value === 'string') return key === 'method' ? this.method(value) : this.option(value);
    if (Array.isArray(value)) return value.map((v) => this.localize(v as Param));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.option(k), this.localize(v as Param)]));
    }
    return value;
  }

  /** An engine step's parameters in words: option names, a sortition group's own name, a method as a noun. */
  stepParams(params: StepParams): StepParams {
    return Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        k === 'stratum' && typeof v === 'string' && this.strataNames.has(v)
          ? this.text(v)
          : k === 'method' && typeof v === 'string' && v in methods
            ? // Engine sentences and errors name a method mid-sentence: as a noun, not a title.
              this.methodInText(v)
            : this.localize(v),
      ]),
    );
  }

  /** One explanation step in words: the method's own template, with names in place of ids. */
  explain(step: KeyedMessage): string {
    const params = this.gradesNamed
      ? namedGradeParams(this, step, this.stepParams(step.params))
      : this.stepParams(step.params);
    return t({ key: step.key, params }, this.lang, this.nouns);
  }
}
