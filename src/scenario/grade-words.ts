/**
 * Majority judgment reads grades, never adds them: in its explanation the medians and the
 * scale's ends are said by their names, and a merit profile counts the voters of each named
 * grade. Score and STAR add the numbers, so their figures stay numbers.
 */
import type { MessageKey } from '../i18n/index.ts';
import type { KeyedMessage, Param, StepParams } from '../voting/result.ts';

/** What the named grades need from the words (ScenarioWords). */
interface GradeNames {
  grade(value: number): string;
  msg(key: MessageKey, params?: StepParams): string;
}

/** `params` (already in words) with a majority judgment step's grades said by their names. */
export function namedGradeParams(words: GradeNames, step: KeyedMessage, params: StepParams): StepParams {
  const raw: StepParams = step.params;
  if (!step.key.startsWith('majority-judgment.')) return params;
  // In a sentence a name is quoted, as the chapters write it: sa médiane est « Bien ».
  const quoted = (grade: number): string => words.msg('count.grade.quoted', { grade: words.grade(grade) });
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
