/**
 * Chapter 5's real score vote: the krill's exaggeration puts the lights one point ahead, so a
 * player's ballot giving the hats exactly one point more than the lights ties the two stalls.
 * The chapter must then say so, not announce the lights (found playing the chapter in a browser).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from './runner.ts';
import { ScenarioRunner } from './runner.ts';
import { renderTranscript } from './transcript.ts';
import { shippedChapter } from './testing/shipped.ts';

/** Plays chapter 5 taking each question's answers in turn, with `grades` as the player's ballot. */
function played(grades: Record<string, number>): { fr: string; en: string; ending: string | undefined } {
  const scenario = shippedChapter('chapter-5-approve-and-grade');
  const runner = new ScenarioRunner(scenario);
  const asked = new Map<number, number>();
  for (let n = 0; runner.pending && n < 200; n++) {
    const { step, options, kind } = runner.pending;
    const times = asked.get(step) ?? 0;
    asked.set(step, times + 1);
    const answer: Answer =
      kind === 'ballot' ? { ballot: { grades } } : options.length === 0 ? 0 : (times % options.length) + 1;
    runner.answer(answer);
  }
  expect(runner.pending).toBeUndefined();
  const tx = runner.transcript;
  return {
    fr: renderTranscript(scenario, tx, 'fr'),
    en: renderTranscript(scenario, tx, 'en'),
    ending: runner.state.ending,
  };
}

describe('chapter 5, the real score vote', () => {
  it('a tie between the lights and the hats is told as a tie, then settled by an honest revote', () => {
    const tie = played({ music: 5, lights: 4, hats: 5, tea: 5 });
    expect(tie.fr).not.toContain('revient… au spectacle de lumières');
    expect(tie.fr).toContain('Égalité\u00a0!');
    expect(tie.en).toContain('A tie!');
    expect(tie.fr).toContain('revient… aux chapeaux d’éponge');
    expect(tie.ending).toBe('hats');
  });

  it('the lights still win alone when the player’s ballot leaves them ahead', () => {
    const lights = played({ music: 5, lights: 5, hats: 5, tea: 5 });
    expect(lights.fr).toContain('revient… au spectacle de lumières');
    expect(lights.fr).not.toContain('Égalité\u00a0!');
  });
});
