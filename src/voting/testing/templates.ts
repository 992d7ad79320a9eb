/**
 * Checks that every step of a count has a template in both languages and that the step's
 * parameters fill it (no `{name}` left, nothing undefined). Used only by tests.
 */
import { expect } from 'vitest';
import { formatTemplate, type Lang } from '../../i18n/format.ts';
import type { StepParams } from '../result.ts';

type MessageTable = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

/** Steps, or any keyed message with parameters (an error's code and parameters). */
export function expectTemplates(
  table: MessageTable,
  steps: readonly { readonly key: string; readonly params: StepParams }[],
): void {
  for (const s of steps) {
    for (const lang of ['fr', 'en'] as const) {
      const template = table[lang][s.key];
      expect(template, `${lang} ${s.key}`).toBeTypeOf('string');
      expect(formatTemplate(template, s.params, lang), `${lang} ${s.key}`).not.toMatch(/[{}]|undefined|NaN/);
    }
  }
}
