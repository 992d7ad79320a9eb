import { messageTable } from './table.ts';

/**
 * Shorter words for the highest-averages steps when many seats make the engine's sentence too
 * long for the count's side panel (src/present/count/seat-words.ts): the first seats by name,
 * then each list's seats; or each list's first averages.
 */
export const countSeatsMessages = messageTable({
  fr: {
    'count.seatOrder.first':
      'Les sièges vont un par un à la plus forte moyenne restante. Les {shown} premiers, dans l’ordre\u00a0: {first}. Des sièges {from} à {total}, chaque liste reçoit\u00a0: {rest}. Le demi-cercle se remplit dans cet ordre, de gauche à droite.',
    'count.seatOrder.counts':
      'Les {total} sièges vont un par un à la plus forte moyenne restante, et le demi-cercle se remplit dans cet ordre, de gauche à droite. Chaque liste reçoit\u00a0: {rest}.',
    'count.quotients.first':
      'Tableau des moyennes, voix ÷ diviseur ({count} diviseurs, de {low} à {high}). Les {shown} premières de chaque liste\u00a0: {table}\u00a0; les suivantes sont plus petites.',
    'count.quotients.rows':
      'Tableau des moyennes, voix ÷ diviseur ({count} diviseurs, de {low} à {high})\u00a0: une ligne par liste, et les moyennes qui gagnent un siège sont marquées d’un ●.',
  },
  en: {
    'count.seatOrder.first':
      'Seats go one by one to the highest average left. The first {shown}, in order: {first}. Of seats {from} to {total}, each list receives: {rest}. The half circle fills in this order, from left to right.',
    'count.seatOrder.counts':
      'The {total} seats go one by one to the highest average left, and the half circle fills in this order, from left to right. Each list receives: {rest}.',
    'count.quotients.first':
      'Table of averages, votes ÷ divisor ({count} divisors, from {low} to {high}). The first {shown} of each list: {table}; the next ones are smaller.',
    'count.quotients.rows':
      'Table of averages, votes ÷ divisor ({count} divisors, from {low} to {high}): one row per list, and the averages that win a seat are marked ●.',
  },
});
