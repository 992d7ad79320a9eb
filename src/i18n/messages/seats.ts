import type { MessageTable } from './table.ts';

export const seatsMessages: MessageTable = {
  fr: {},
  en: {},
};
