/**
 * `t` over the tables the first download carries: the game's own texts (title, coast,
 * dialogue, the keys' hints, the sound settings), the safety nets' (error card, bad addresses,
 * save notices) and the chapters from files. They sit in the guard's chunk (vite.config.ts), which the title loads first anyway;
 * every other table loads with the screen that needs it (src/i18n/index.ts).
 */
import { gameMessages } from './messages/game.ts';
import { safetyMessages } from './messages/safety.ts';
import { chapterFileMessages } from './messages/chapter-file.ts';
import { keysMessages } from './messages/keys.ts';
import { inputNotesMessages } from './messages/input-notes.ts';
import { mergeTables, translator, type KeyOf } from './translate.ts';

const firstScreen = mergeTables(gameMessages, safetyMessages, chapterFileMessages, keysMessages, inputNotesMessages);

export type FirstScreenKey = KeyOf<typeof firstScreen>;

export const { t, isKey: isFirstScreenKey } = translator(firstScreen);
