/**
 * A sortition's numbers match the order shown. The engine numbers the names left in a fixed
 * order (its own, docs/voting-rules.md §7.2, so that a seed replays the same draw); the count
 * screen lays the cards out in that order, the population step lists the names in that order,
 * and each draw's sentence says « number 3 of 5 counting the names left in the order of the
 * list » — never "in alphabetical order", which the names shown need not follow.
 */
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { sortition } from '../../voting/methods/sortition.ts';
import { countFrames } from './frames.ts';
import { messages } from '../../i18n/messages/index.ts';

// Ids whose order is not the alphabetical order of the names a player would read.
const IDS = ['d-zoe', 'c-anna', 'b-maud', 'a-yves', 'e-bea'];

describe('the order of a sortition draw', () => {
  it.each(['reef', 'tide', 'shell'])('each number drawn is the card’s place among the cards left (seed %s)', (seed) => {
    const result = sortition.count(rankedProfile(IDS, []), { seats: 3, seed });
    const frames = countFrames(result);
    const population = result.steps.find((s) => s.key === 'sortition.population')!;
    let checked = 0;
    for (const frame of frames) {
      if (frame.view.kind !== 'draw' || !frame.step.key.endsWith('.draw')) continue;
      const { pool, drawn, draws } = frame.view;
      // The cards are laid out in the order the population step lists them.
      expect(pool).toEqual(population.params.population);
      const last = draws!.at(-1)!;
      const leftBefore = pool.filter((c) => !drawn.slice(0, -1).includes(c));
      expect(leftBefore).toHaveLength(last.pool);
      expect(leftBefore.indexOf(last.name) + 1).toBe(last.position);
      checked++;
    }
    expect(checked).toBe(3);
  });

  it('says the order it really uses, in both languages', () => {
    for (const key of ['sortition.draw', 'sortition.stratumDraw'] as const) {
      expect(messages.fr[key]).not.toMatch(/alphab/);
      expect(messages.en[key]).not.toMatch(/alphab/);
      expect(messages.fr[key]).toContain('dans l’ordre de la liste');
      expect(messages.en[key]).toContain('in the order of the list');
    }
  });
});
