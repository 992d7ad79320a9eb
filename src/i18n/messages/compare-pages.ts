/**
 * Texts of the comparison screen's pages (the method comparison after a count, in the game and
 * after a classroom vote), when its groups, facts and reasons need more than one screen.
 */
import { messageTable } from './table.ts';

export const comparePagesMessages = messageTable({
  fr: {
    'count.results.nextPage': 'Page {n} sur {total} — tourner',
    'count.results.pageOf': 'Page {n} sur {total}',
  },
  en: {
    'count.results.nextPage': 'Page {n} of {total} — turn',
    'count.results.pageOf': 'Page {n} of {total}',
  },
});
