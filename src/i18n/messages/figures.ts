/**
 * Figures written on the count's charts: a list's seats and a quotient of the divisor table,
 * so that their numbers go through the local number format (a decimal comma in French).
 */
import { messageTable } from './table.ts';

export const figuresMessages = messageTable({
  fr: {
    'count.seats.legend': '{name}\u00a0: {seats}',
    'count.table.quotient': '{value}',
    'count.table.quotientSeat': '● {value}',
  },
  en: {
    'count.seats.legend': '{name}: {seats}',
    'count.table.quotient': '{value}',
    'count.table.quotientSeat': '● {value}',
  },
});
