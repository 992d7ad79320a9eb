/**
 * What the count screens need to say about an election in words: the options' names in the
 * player's language, each option's style (colour + shape) by its place in the election, the
 * voters' names and looks, and the engine's explanation with ids replaced by names.
 * Pure: no Phaser, no DOM, so it is tested in Node.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/format.ts';
import { formatParam } from '../../i18n/format.ts';
import type { MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import type { KeyedMessage, Param, StepParams } from '../../voting/result.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import {
  gradeLabelKey,
  type GradeScaleData,
  type ScenarioData,
  type Species,
  type VoterData,
} from '../../scenario/schema.ts';
import { chapterStyles } from './chapter-styles.ts';
import type { NounLookup } from '../../i18n/grammar.ts';
import { scenarioNouns } from '../../scenario/nouns.ts';

export interface VoterLook {
  readonly name: string;
  readonly species: Species;
  /** A cast member's own colours and accessory; a group has none. */
  readonly colours?: readonly string[];
  readonly accessory?: string;
  readonly character: boolean;
}

export class CountWords {
  private readonly texts: Readonly<Record<string, string>>;
  private readonly optionNames = new Map<string, string>();
  private readonly index = new Map<string, number>();
  private readonly voters = new Map<string, VoterData>();
  private readonly scale: GradeScaleData | undefined;
  /** Gender and number of the names, for French agreement (élu, élue). */
  readonly nouns: NounLookup;

  constructor(
    readonly scenario: ScenarioData,
    readonly entry: ElectionEntry,
    readonly lang: Lang,
  ) {
    this.texts = scenario.texts[lang] ?? {};
    this.nouns = scenarioNouns(scenario, lang);
    for (const o of scenario.options) this.optionNames.set(o.id, this.text(o.name));
    // The chapter's one style per option; an option it does not know (a sandbox's) after them.
    const styles = chapterStyles(scenario);
    for (const [id, i] of styles) this.index.set(id, i);
    for (const c of entry.counted.candidates) if (!this.index.has(c)) this.index.set(c, this.index.size);
    const step = scenario.steps.find((s) => s.type === 'election' && s.id === entry.election);
    const electorateId = step?.type === 'election' ? step.electorate : undefined;
    const electorate = scenario.electorates.find((e) => e.id === electorateId) ?? scenario.electorates[0];
    for (const v of electorate?.voters ?? []) this.voters.set(v.id, v);
    this.scale = electorate?.gradeScale;
  }

  /** A scenario text in the player's language (the key itself if missing). */
  text(key: string | undefined): string {
    return key === undefined ? '' : (this.texts[key] ?? key);
  }

  msg(key: MessageKey, params: StepParams = {}): string {
    return t(key, params, this.lang, this.nouns);
  }

  get candidates(): readonly string[] {
    return this.entry.counted.candidates;
  }

  option(id: string): string {
    return this.optionNames.get(id) ?? id;
  }

  options(ids: readonly string[]): string {
    return formatParam(
      ids.map((id) => this.option(id)),
      this.lang,
    );
  }

  /** The style index of an option: one per option for the whole chapter (chapter-styles.ts). */
  styleIndex(id: string): number {
    return this.index.get(id) ?? this.index.size + [...this.optionNames.keys()].indexOf(id);
  }

  method(id: MethodId): string {
    return methods[id]?.info.name[this.lang] ?? id;
  }

  /** The scenario names its grades (« Bien », « Excellent »…) rather than leaving numbers. */
  get gradesNamed(): boolean {
    return this.scale?.labels !== undefined;
  }

  /** The scale's lowest grade (« À rejeter », 0), as the ballots were cast with it. */
  get lowestGrade(): number {
    return this.scale?.min ?? 0;
  }

  /** A grade as the player reads it: its name in the player's language, or the number. */
  grade(value: number): string {
    const key = gradeLabelKey(this.scale, value);
    return key === undefined ? formatParam(value, this.lang) : this.text(key);
  }

  voter(id: string): VoterLook {
    const v = this.voters.get(id);
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

  /** Engine parameters with option ids replaced by their names (records: keys too). */
  localize(value: Param): Param {
    if (typeof value === 'string') return this.optionNames.has(value) ? this.option(value) : value;
    if (Array.isArray(value)) return value.map((v) => this.localize(v as Param));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.option(k), this.localize(v as Param)]));
    }
    return value;
  }

  /**
   * Majority judgment reads grades, never adds them: its medians and scale ends are said by
   * their names, and a merit profile counts the voters of each named grade. Score and STAR
   * add the numbers, so their figures stay numbers.
   */
  private namedGrades(step: KeyedMessage, params: StepParams): StepParams {
    const raw: StepParams = step.params;
    if (!this.gradesNamed || !step.key.startsWith('majority-judgment.')) return params;
    // In a sentence a name is quoted, as the chapters write it: sa médiane est « Bien ».
    const quoted = (grade: number): string => this.msg('count.grade.quoted', { grade: this.grade(grade) });
    const out: Record<string, Param> = { ...params };
    for (const k of ['min', 'max', 'median'] as const) {
      const v = params[k];
      if (typeof v === 'number') out[k] = quoted(v);
    }
    const medians = params.medians;
    if (medians !== null && typeof medians === 'object' && !Array.isArray(medians)) {
      out.medians = Object.fromEntries(
        Object.entries(medians).map(([c, m]) => [c, typeof m === 'number' ? quoted(m) : m]),
      );
    }
    const min = raw.min;
    if (step.key === 'majority-judgment.merit' && Array.isArray(params.counts) && typeof min === 'number') {
      out.counts = Object.fromEntries(params.counts.map((n, level) => [quoted(min + level), n as Param]));
    }
    return out as StepParams;
  }

  /** One explanation step in words, the method's own template with names in place of ids. */
  explain(step: KeyedMessage): string {
    const raw: StepParams = step.params;
    const params = this.namedGrades(step, this.localize(step.params as Param) as StepParams);
    // A tie-break step names the method by id: say its name instead.
    const method =
      typeof raw.method === 'string' && raw.method in methods ? this.method(raw.method as MethodId) : undefined;
    return t({ key: step.key, params: method ? { ...params, method } : params }, this.lang, this.nouns);
  }
}
