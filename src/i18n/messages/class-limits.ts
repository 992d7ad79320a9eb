/**
 * Texts of this round's classroom gaps and screen-reader points: a heading whose section runs
 * on into another column or page ("(continued)"), counted paper piles brought back after a
 * reload, and the screen-reader table of a large electorate.
 */
import { messageTable } from './table.ts';

export const classLimitsMessages = messageTable({
  fr: {
    'count.results.continued': '{heading} (suite)',
  },
  en: {
    'count.results.continued': '{heading} (continued)',
  },
});
