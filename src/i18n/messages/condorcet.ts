import type { MessageTable } from './table.ts';

export const condorcetMessages: MessageTable = {
  fr: {},
  en: {},
};
