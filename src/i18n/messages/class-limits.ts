/**
 * Texts of this round's classroom gaps and screen-reader points: a heading whose section runs
 * on into another column or page ("(continued)"), counted paper piles brought back after a
 * reload, and the screen-reader table of a large electorate.
 */
import { messageTable } from './table.ts';

export const classLimitsMessages = messageTable({
  fr: {
    'count.results.continued': '{heading} (suite)',
    'classroom.countResumed.piles':
      'Dépouillement repris\u00a0: {piles} {piles|pile|piles} de bulletins, {n} {n|bulletin|bulletins}, rien n’est perdu.',
    'classroom.countResumed.hands': 'Main levée reprise après le rechargement\u00a0: rien n’est perdu.',
  },
  en: {
    'count.results.continued': '{heading} (continued)',
    'classroom.countResumed.piles':
      'Count resumed: {piles} {piles|pile|piles} of ballots, {n} {n|ballot|ballots}, nothing lost.',
    'classroom.countResumed.hands': 'Show of hands resumed after the reload: nothing lost.',
  },
});
