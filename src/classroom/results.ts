/**
 * The room's results in words, for the board on the projector, the results sheet on paper,
 * the live region and the tests: each method's winners (by name), whether a tie remains, and
 * the method's figure for each option, largest first.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { MethodId } from '../voting/method.ts';
import { methods as registry } from '../voting/methods/index.ts';
import { optionIds, type ClassElection, type CountedClass } from './election.ts';

export interface ResultLine {
  readonly method: MethodId;
  readonly name: string;
  readonly winners: readonly string[];
  /** Still tied after the count (no tie-break is drawn in a class election). */
  readonly tie: boolean;
  readonly error?: string;
  readonly figures: readonly { readonly option: string; readonly value: number }[];
  /** The winners' option indexes (for markers). */
  readonly indexes: readonly number[];
}

export function resultLines(election: ClassElection, counted: CountedClass, lang: Lang): ResultLine[] {
  const ids = optionIds(election);
  const name = (id: string) => election.options[ids.indexOf(id)] ?? id;
  return counted.entry.counted.counts.map((k) => {
    const r = k.result;
    const winners = k.winners;
    const figures = Object.entries(r?.scores ?? {})
      .map(([id, value]) => ({ option: name(id), value }))
      .sort((a, b) => b.value - a.value);
    return {
      method: k.method,
      name: registry[k.method].info.name[lang],
      winners: winners.map(name),
      tie: winners.length > 1 || (Boolean(r?.tie) && !r?.tieBreak?.resolved),
      ...(k.error ? { error: t(k.error.key, k.error.params, lang) } : {}),
      figures,
      indexes: winners.map((id) => ids.indexOf(id)),
    };
  });
}

/** One line of words per method: "Plurality: Sea (tie: Sea and Town)". */
export function resultSentence(line: ResultLine, lang: Lang): string {
  if (line.error) return t('classroom.results.error', { method: line.name, error: line.error }, lang);
  return t(line.tie ? 'classroom.results.tie' : 'classroom.results.winner', { method: line.name, names: line.winners }, lang);
}

/** Methods with the same winners, together: "same ballots, different winners" at a glance. */
export function agreements(lines: readonly ResultLine[]): { winners: readonly string[]; methods: readonly string[] }[] {
  const groups = new Map<string, { winners: readonly string[]; methods: string[] }>();
  for (const line of lines) {
    if (line.error) continue;
    const key = [...line.winners].sort().join('\u0000');
    const group = groups.get(key) ?? { winners: line.winners, methods: [] };
    group.methods.push(line.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}
