/**
 * Borda shows where its points come from, rank by rank: the engine writes, per option, the
 * ballots placing it at each position (and those sharing a rank, with their points), and the
 * count says them on the chart and to the screen reader: "5 × 1er = 10 points, …". Hand-checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { methods } from '../../voting/methods/index.ts';
import { scenarioOf } from '../bench/election.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { countFrames } from './frames.ts';
import { chartLines, rankName } from './chart-lines.ts';
import type { BarsView } from './views.ts';

const scenario = scenarioOf(
  readFileSync(new URL('../../../scenarios/chapter-4-points-and-duels.json', import.meta.url), 'utf8'),
);

// Three options: 1st = 2 points, 2nd = 1, 3rd = 0.
const profile = rankedProfile(
  ['skip', 'claw', 'kite'],
  [
    { ranking: ['skip', 'claw', 'kite'], count: 5 },
    { ranking: ['claw', 'kite', 'skip'], count: 3 },
    { ranking: ['kite', ['skip', 'claw']], count: 2 },
  ],
);
const result = methods.borda.count(profile);
const pointsFrame = countFrames(result).find((f) => f.step.key === 'borda.points')!;
const view = pointsFrame.view as BarsView;

describe('Borda’s points per rank', () => {
  it('are written by the engine, and add up to each total', () => {
    // skip: 5 × 1st (10); 3 × 3rd (0); shares 2nd–3rd on 2 ballots: (1 + 0) / 2 each = 1. Total 11.
    // claw: 3 × 1st (6), 5 × 2nd (5), the same 2 shared ballots (1). Total 12.
    // kite: 2 × 1st (4), 3 × 2nd (3), 5 × 3rd (0). Total 7.
    expect(result.scores).toEqual({ skip: 11, claw: 12, kite: 7 });
    expect(view.ranks?.byRank).toEqual({ skip: [5, 0, 3], claw: [3, 5, 0], kite: [2, 3, 5] });
    expect(view.ranks?.shared).toEqual({ skip: 2, claw: 2, kite: 0 });
    expect(view.ranks?.sharedPoints).toEqual({ skip: 1, claw: 1, kite: 0 });
    for (const [c, ranks] of Object.entries(view.ranks!.byRank)) {
      const strict = ranks.reduce((n, k, p) => n + k * (ranks.length - 1 - p), 0);
      expect(strict + view.ranks!.sharedPoints[c], c).toBe(result.scores?.[c]);
    }
  });

  it('are said rank by rank, most points first, in French and English', () => {
    const fr = chartLines(new ScenarioWords(scenario, 'fr'), view);
    expect(fr).toEqual([
      'Le bras de fer des pinces\u00a0: 3 × 1er = 6 points, 5 × 2e = 5 points, 2 à un rang partagé = 1 point → 12 points',
      'Le concours de ricochets\u00a0: 5 × 1er = 10 points, 3 × 3e = 0 point, 2 à un rang partagé = 1 point → 11 points',
      'Le cerf-volant d’algue\u00a0: 2 × 1er = 4 points, 3 × 2e = 3 points, 5 × 3e = 0 point → 7 points',
    ]);
    const en = chartLines(new ScenarioWords(scenario, 'en'), view);
    expect(en[0]).toBe(
      'Claw wrestling: 3 × 1st = 6 points, 5 × 2nd = 5 points, 2 at a shared rank = 1 point → 12 points',
    );
  });

  it('name ranks with each language’s ordinals', () => {
    const en = new ScenarioWords(scenario, 'en');
    expect([0, 1, 2, 3, 10, 20, 21].map((p) => rankName(en, p))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '21st',
      '22nd',
    ]);
    const fr = new ScenarioWords(scenario, 'fr');
    expect([0, 1, 2].map((p) => rankName(fr, p))).toEqual(['1er', '2e', '3e']);
  });
});
