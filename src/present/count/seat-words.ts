/**
 * A count step's words, and shorter ones for the side panel when the full sentence cannot fit
 * there at the least type the issue allows. Only the highest-averages steps grow with the
 * seats: at 100 seats the engine's seat order names a hundred lists (about 4,000 characters of
 * 40-character names) and its quotient table a dozen averages a list. Their shorter wordings
 * keep what a pupil needs: the first seats by name, then every list's seats from there on (the
 * chamber beside the words fills in the same order), or each list's first averages. The full
 * sentence stays the first choice, and the one said to screen readers.
 */
import type { KeyedMessage, Step } from '../../voting/result.ts';

/** How many seats the shorter seat orders still name, longest first (then none: only each list's seats). */
const NAMED_SEATS = [20, 10, 5] as const;
/** How many averages a list the shorter quotient tables still give, most first (then none). */
const SHOWN_AVERAGES = [4, 2] as const;

/** Each list's seats among `order` (the lists' names, one per seat), in the order they first appear. */
function seatsPerList(order: readonly string[]): Record<string, number> {
  const seats: Record<string, number> = {};
  for (const list of order) seats[list] = (seats[list] ?? 0) + 1;
  return seats;
}

function shorterOrders(order: readonly string[]): KeyedMessage[] {
  const total = order.length;
  const named = NAMED_SEATS.filter((n) => n < total).map((n) => ({
    key: 'count.seatOrder.first',
    params: { shown: n, first: order.slice(0, n), from: n + 1, total, rest: seatsPerList(order.slice(n)) },
  }));
  return total > 1 ? [...named, { key: 'count.seatOrder.counts', params: { total, rest: seatsPerList(order) } }] : [];
}

function shorterTables(
  divisors: readonly number[],
  table: Readonly<Record<string, readonly number[]>>,
): KeyedMessage[] {
  const count = divisors.length;
  if (count < 2) return [];
  const range = { count, low: divisors[0], high: divisors[count - 1] };
  const firsts = SHOWN_AVERAGES.filter((n) => n < count).map((n) => ({
    key: 'count.quotients.first',
    params: {
      ...range,
      shown: n,
      table: Object.fromEntries(Object.entries(table).map(([list, cells]) => [list, cells.slice(0, n)])),
    },
  }));
  return [...firsts, { key: 'count.quotients.rows', params: range }];
}

/** The step's own words first, then shorter wordings, each shorter than the one before. */
export function stepWordings(step: Step): KeyedMessage[] {
  switch (step.key) {
    case 'dhondt.order':
    case 'sainte-lague.order':
    case 'french-municipal.order':
      return [step, ...shorterOrders(step.params.order)];
    case 'dhondt.quotients':
    case 'sainte-lague.quotients':
    case 'french-municipal.quotients':
      return [step, ...shorterTables(step.params.divisors, step.params.table)];
    default:
      return [step];
  }
}
