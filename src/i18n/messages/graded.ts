import type { MessageTable } from './table.ts';

export const gradedMessages: MessageTable = {
  fr: {},
  en: {},
};
