import type { Lang } from '../format.ts';

/** Templates by message key, per language. French is the reference; English has the same keys. */
export type MessageTable = Readonly<Record<Lang, Readonly<Record<string, string>>>>;
