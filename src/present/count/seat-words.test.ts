/**
 * A hundred seats' D'Hondt count in words short enough for the count's side panel: each shorter
 * wording is shorter than the one before, still names the first seats in the engine's order,
 * and still gives every list all its seats (the counts add up to the hundred).
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/index.ts';
import { LANGS } from '../../i18n/format.ts';
import { rankedProfile } from '../../voting/ballots.ts';
import { dhondt } from '../../voting/methods/dhondt.ts';
import type { Step } from '../../voting/result.ts';
import { stepWordings } from './seat-words.ts';

// Ten lists of 40 characters, from 190 votes down to 100: each wins about ten of the 100 seats.
const names = Array.from({ length: 10 }, (_, i) => `Liste ${i + 1} des délégués de la classe verte`.padEnd(40, '.'));
const profile = rankedProfile(
  names,
  names.map((n, i) => ({ ranking: [n], count: 190 - 10 * i })),
);
const result = dhondt.count(profile, { seats: 100 });
const stepOf = (key: string): Step => result.steps.find((s) => s.key === key)!;
/** A step's parameters, read as the test expects them. */
const params = (step: Step) => step.params as Record<string, unknown>;

describe('a hundred seats in the side panel’s words', () => {
  it('shortens the seat order, naming its first seats and then each list’s seats', () => {
    const step = stepOf('dhondt.order');
    const order = params(step).order as readonly string[];
    expect(order).toHaveLength(100);
    const wordings = stepWordings(step);
    expect(wordings.map((w) => w.key)).toEqual([
      'dhondt.order',
      'count.seatOrder.first',
      'count.seatOrder.first',
      'count.seatOrder.first',
      'count.seatOrder.counts',
    ]);
    for (const w of wordings.slice(1, -1)) {
      const shown = w.params.shown as number;
      expect(w.params.first).toEqual(order.slice(0, shown));
      expect(w.params.from).toBe(shown + 1);
      const rest = Object.values(w.params.rest as Record<string, number>);
      expect(rest.reduce((a, b) => a + b, 0)).toBe(100 - shown);
    }
    const last = wordings.at(-1)!.params.rest as Record<string, number>;
    expect(last).toEqual(
      result.seatsByList ? Object.fromEntries(Object.entries(result.seatsByList).filter(([, s]) => s > 0)) : {},
    );
    for (const lang of LANGS) {
      const lengths = wordings.map((w) => t(w, lang).length);
      // The engine's sentence names the hundred seats (over 4,000 characters); each wording is shorter.
      expect(lengths[0]).toBeGreaterThan(4000);
      for (let i = 1; i < lengths.length; i++) expect(lengths[i]).toBeLessThan(lengths[i - 1]);
      expect(lengths.at(-1)).toBeLessThan(700);
    }
    expect(t(wordings[3], 'fr')).toContain('Des sièges 6 à 100, chaque liste reçoit\u00a0:');
    expect(t(wordings[3], 'en')).toContain('Of seats 6 to 100, each list receives:');
  });

  it('shortens the quotient table to each list’s first averages, then to what the table shows', () => {
    const step = stepOf('dhondt.quotients');
    const divisors = params(step).divisors as readonly number[];
    expect(divisors.length).toBeGreaterThan(4);
    const wordings = stepWordings(step);
    expect(wordings.map((w) => w.key)).toEqual([
      'dhondt.quotients',
      'count.quotients.first',
      'count.quotients.first',
      'count.quotients.rows',
    ]);
    const table = params(step).table as Record<string, readonly number[]>;
    expect(wordings[2].params.table).toEqual(Object.fromEntries(names.map((n) => [n, table[n].slice(0, 2)])));
    expect(wordings[3].params).toEqual({ count: divisors.length, low: 1, high: divisors.at(-1) });
    for (const lang of LANGS) {
      const lengths = wordings.map((w) => t(w, lang).length);
      for (let i = 1; i < lengths.length; i++) expect(lengths[i]).toBeLessThan(lengths[i - 1]);
    }
  });

  it('leaves every other step as the engine says it', () => {
    const votes = stepOf('dhondt.votes');
    expect(stepWordings(votes)).toEqual([votes]);
  });
});
