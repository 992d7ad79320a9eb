import type { MessageTable } from './table.ts';

export const rankedMessages: MessageTable = {
  fr: {},
  en: {},
};
