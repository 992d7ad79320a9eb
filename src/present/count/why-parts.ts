/**
 * The pieces of the "Why?" lines (why.ts): a part is a message key with option ids and
 * figures; the helpers read the engine's figures in order. Pure.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { MethodId } from '../../voting/method.ts';
import type { Result } from '../../voting/result.ts';
import type { CountedElection } from '../../scenario/count.ts';

type WhyKey = Extract<MessageKey, `why.${string}`>;

/** One parameter of a part: a figure, option ids, a grade, a seed, figures per option, sub-parts. */
export type WhyValue =
  | number
  | { readonly option: string }
  | { readonly options: readonly string[] }
  | { readonly grade: number }
  | { readonly seed: string }
  /** Options with a figure each, said « X (9) et Y (7) », in this order. */
  | { readonly tally: readonly (readonly [string, number])[] }
  /** Options in an order, said « X > Y > Z ». */
  | { readonly order: readonly string[] }
  /** Several parts said as one list (« 12 à 9 contre X et 14 à 7 contre Y »). */
  | { readonly each: readonly WhyPart[] };

export interface WhyPart {
  readonly key: WhyKey;
  readonly params: Readonly<Record<string, WhyValue>>;
}

export interface WhyLine {
  readonly methods: readonly MethodId[];
  readonly parts: readonly WhyPart[];
}

/** What an explainer may read besides the method's result. */
export interface WhyContext {
  readonly counted: CountedElection;
  /** The option that wins every duel, if there is one. */
  readonly condorcetWinner?: string;
}

export type Explainer = (result: Result, winners: readonly string[], ctx: WhyContext) => WhyPart[];

export const part = (key: WhyKey, params: Readonly<Record<string, WhyValue>> = {}): WhyPart => ({ key, params });
export const option = (id: string): WhyValue => ({ option: id });
export const options = (ids: readonly string[]): WhyValue => ({ options: ids });

/** Figures per option, largest first (smallest first when `lowFirst`), ties by id. */
export function byFigure(figures: Readonly<Record<string, number>>, lowFirst = false): [string, number][] {
  return Object.entries(figures).sort(([a, x], [b, y]) => (lowFirst ? x - y : y - x) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The leaders of a figure (all tied at the top) and the first one after them. */
export function leaders(
  figures: Readonly<Record<string, number>>,
  lowFirst = false,
): { top: string[]; value: number; next?: [string, number] } {
  const sorted = byFigure(figures, lowFirst);
  const value = sorted[0]?.[1] ?? 0;
  const top = sorted.filter(([, v]) => v === value).map(([id]) => id);
  return { top, value, ...(sorted[top.length] ? { next: sorted[top.length] } : {}) };
}
