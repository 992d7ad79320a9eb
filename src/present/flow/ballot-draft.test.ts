/**
 * The player's ballot as the game's panel fills it: taps, moves, approvals and grades give the
 * answer the runner counts, and a blank or incomplete ballot asks before it goes in.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { compiledMenu, GRADED_POOL, loadMenuChapter } from '../../scenario/source/testing/menu-chapter.ts';
import { BallotDraft } from './ballot-draft.ts';

function atBallot(kind: string): { scenario: ScenarioData; draft: BallotDraft; runner: ScenarioRunner } {
  const scenario = compiledMenu(
    loadMenuChapter('tiny', [...GRADED_POOL, `ballot mine voter=nacre electorate=pool kind=${kind}: Ton bulletin.`]),
  );
  const runner = new ScenarioRunner(scenario);
  return { scenario, runner, draft: new BallotDraft(scenario, runner.pending!) };
}

describe('the ballot draft', () => {
  it('ranks by taps, moves and takes out; asks when options are left out or nothing is ranked', () => {
    const { draft, runner } = atBallot('ranked');
    expect(draft.question()).toBe('blank');
    draft.tap('salad');
    draft.tap('soup');
    expect(draft.question()).toBe('ranked');
    draft.move('soup', -1);
    draft.tap('cake');
    draft.tap('cake');
    draft.tap('cake');
    expect(draft.ranking).toEqual(['soup', 'salad', 'cake']);
    expect(draft.question()).toBeUndefined();
    draft.move('soup', -1); // already first: nothing
    expect(draft.answer()).toEqual({ ballot: { ranking: ['soup', 'salad', 'cake'] } });
    expect(runner.answer(draft.answer()).accepted).toBe(true);
    expect(runner.profile.electorates[0].voters.at(-1)?.ranking).toEqual(['soup', 'salad', 'cake']);
  });

  it('keeps one name on a pebble: a second tap replaces it, the same tap clears it', () => {
    const { draft } = atBallot('single');
    draft.tap('soup');
    draft.tap('cake');
    expect(draft.ranking).toEqual(['cake']);
    expect(draft.question()).toBeUndefined();
    draft.tap('cake');
    expect(draft.question()).toBe('blank');
  });

  it('toggles approvals, in the ballot’s order', () => {
    const { draft } = atBallot('approval');
    draft.tap('cake');
    draft.tap('soup');
    draft.tap('cake');
    draft.tap('salad');
    expect(draft.answer()).toEqual({ ballot: { approves: ['soup', 'salad'] } });
  });

  it('offers the chapter’s named grades, best first, and gives the lowest to options left without one', () => {
    const { draft, runner } = atBallot('grades');
    expect(draft.grades.every((g) => g.label !== undefined)).toBe(true);
    expect(draft.grades.map((g) => g.grade)).toEqual([2, 1, 0]);
    draft.grade('soup', 2);
    draft.grade('salad', 7); // not on the scale: ignored
    expect(draft.graded).toBe(1);
    expect(draft.question()).toBe('grades');
    expect(draft.answer()).toEqual({ ballot: { grades: { soup: 2, salad: 0, cake: 0 } } });
    expect(runner.answer(draft.answer()).accepted).toBe(true);
  });
});
