import type { MessageTable } from './table.ts';

export const ioMessages: MessageTable = {
  fr: {},
  en: {},
};
