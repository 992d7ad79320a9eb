/**
 * Ties the player's own ballot can make (found playing the chapters in a browser): the chapter
 * must tell a tie as a tie, not have a character announce one of the tied winners. Chapter 5's
 * real score vote: the krill put the lights one point ahead, so a ballot giving the hats exactly
 * one point more ties them. Chapter 6's lamp: five graded pebbles, the player's decides medians.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from './runner.ts';
import { ScenarioRunner } from './runner.ts';
import { renderTranscript } from './transcript.ts';
import { shippedChapter } from './testing/shipped.ts';

const CHAPTER_5 = 'chapter-5-approve-and-grade';

/** Plays a chapter taking each question's answers in turn, with `grades` as the player's ballot. */
function played(
  chapter: string,
  grades: Record<string, number>,
): { fr: string; en: string; ending: string | undefined } {
  const scenario = shippedChapter(chapter);
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
    const tie = played(CHAPTER_5, { music: 5, lights: 4, hats: 5, tea: 5 });
    expect(tie.fr).not.toContain('revient… au spectacle de lumières');
    expect(tie.fr).toContain('Égalité\u00a0!');
    expect(tie.en).toContain('A tie!');
    expect(tie.fr).toContain('revient… aux chapeaux d’éponge');
    expect(tie.ending).toBe('hats');
  });

  it('the lights still win alone when the player’s ballot leaves them ahead', () => {
    const lights = played(CHAPTER_5, { music: 5, lights: 5, hats: 5, tea: 5 });
    expect(lights.fr).toContain('revient… au spectacle de lumières');
    expect(lights.fr).not.toContain('Égalité\u00a0!');
  });
});

describe('chapter 6, the lamp’s colour', () => {
  it('a tie between two colours is told as a tie, and neither friend claims the lamp', () => {
    const tie = played('chapter-6-majority-judgment', { white: 5, red: 6, green: 6 });
    expect(tie.fr).toContain('gagnants la lumière rouge et la lumière blanche');
    expect(tie.fr).not.toContain('Blanche\u00a0! Les vieux marins');
    expect(tie.fr).not.toContain('Rouge\u00a0! Oyez');
    expect(tie.fr).toContain('Égalité\u00a0!');
    expect(tie.en).toContain('A tie!');
  });

  it('a single winner is still announced by its friend', () => {
    const white = played('chapter-6-majority-judgment', { white: 6, red: 0, green: 0 });
    expect(white.fr).toContain('Blanche\u00a0! Les vieux marins');
    expect(white.fr).not.toContain('Égalité\u00a0!');
  });
});
