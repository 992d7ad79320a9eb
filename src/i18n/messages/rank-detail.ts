/**
 * Borda's points rank by rank on demand: when the lines under the bars do not fit (a phone held
 * upright at a larger text setting, Burlington's six candidates), each bar keeps a short line and
 * a button opens a card with every option's whole line.
 */
import { messageTable } from './table.ts';

export const rankDetailMessages = messageTable({
  fr: {
    'count.rankDetail.open': 'Points par rang',
    'count.rankDetail.close': 'Fermer',
    'count.rankDetail.title': 'D’où viennent les points, rang par rang',
  },
  en: {
    'count.rankDetail.open': 'Points by rank',
    'count.rankDetail.close': 'Close',
    'count.rankDetail.title': 'Where the points come from, rank by rank',
  },
});
