/**
 * What the count screens need to say about an election in words: the options' names in the
 * player's language, each option's style (colour + shape) by its place in the election, the
 * voters' names and looks, and the engine's explanation with ids replaced by names.
 * Pure: no Phaser, no DOM, so it is tested in Node.
 */
import { explainStep, t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/format.ts';
import { formatParam } from '../../i18n/format.ts';
import type { MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import type { Param, Step, StepParams } from '../../voting/result.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { ScenarioData, VoterData } from '../../scenario/schema.ts';
import type { Species } from '../art/index.ts';

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

  constructor(
    readonly scenario: ScenarioData,
    readonly entry: ElectionEntry,
    readonly lang: Lang,
  ) {
    this.texts = scenario.texts[lang] ?? {};
    for (const o of scenario.options) this.optionNames.set(o.id, this.text(o.name));
    entry.counted.candidates.forEach((c, i) => this.index.set(c, i));
    const step = scenario.steps.find((s) => s.type === 'election' && s.id === entry.election);
    const electorateId = step?.type === 'election' ? step.electorate : undefined;
    const electorate = scenario.electorates.find((e) => e.id === electorateId) ?? scenario.electorates[0];
    for (const v of electorate?.voters ?? []) this.voters.set(v.id, v);
  }

  /** A scenario text in the player's language (the key itself if missing). */
  text(key: string | undefined): string {
    return key === undefined ? '' : (this.texts[key] ?? key);
  }

  msg(key: string, params: StepParams = {}): string {
    return t(key, params, this.lang);
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

  /** The style index of an option: its place among the election's candidates. */
  styleIndex(id: string): number {
    return this.index.get(id) ?? this.index.size + [...this.optionNames.keys()].indexOf(id);
  }

  method(id: MethodId): string {
    return methods[id]?.info.name[this.lang] ?? id;
  }

  voter(id: string): VoterLook {
    const v = this.voters.get(id);
    const character = v?.character ? this.scenario.cast.find((c) => c.id === v.character) : undefined;
    if (character) {
      return { name: this.text(character.name), species: character.species, colours: character.look.colours, accessory: character.look.accessory, character: true };
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

  /** One explanation step in words, the method's own template with names in place of ids. */
  explain(step: Step): string {
    const params = this.localize(step.params as Param) as StepParams;
    // A tie-break step names the method by id: say its name instead.
    const method = typeof step.params.method === 'string' && step.params.method in methods ? this.method(step.params.method as MethodId) : undefined;
    return explainStep({ key: step.key, params: method ? { ...params, method } : params }, this.lang);
  }
}
