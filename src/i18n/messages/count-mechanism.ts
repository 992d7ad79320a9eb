/**
 * Texts of the count charts that show the mechanism itself: the pile of ballots that ran out
 * of choices in an instant runoff or a Coombs count.
 */
import { messageTable } from './table.ts';

export const countMechanismMessages = messageTable({
  fr: {
    'count.chart.exhausted': '{count} {count|bulletin épuisé|bulletins épuisés} (plus aucun choix restant)',
  },
  en: {
    'count.chart.exhausted': '{count} exhausted {count|ballot|ballots} (no choice left)',
  },
});
