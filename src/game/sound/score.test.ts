import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../state/schema.ts';
import { COAST_PHRASE, COAST_PHRASE_SECONDS, EFFECTS, musicPlays, pitch, soundLevel } from './score.ts';

describe('how loud the game may be', () => {
  it('is silent in projector mode unless the player turned sound on, and follows the volume otherwise', () => {
    expect(soundLevel(DEFAULT_SETTINGS)).toBe(0.7);
    expect(soundLevel({ ...DEFAULT_SETTINGS, highContrast: true })).toBe(0);
    expect(soundLevel({ ...DEFAULT_SETTINGS, highContrast: true, sound: 'on' })).toBe(0.7);
    expect(soundLevel({ ...DEFAULT_SETTINGS, sound: 'off', volume: 100 })).toBe(0);
    expect(soundLevel({ ...DEFAULT_SETTINGS, volume: 35 })).toBe(0.35);
  });

  it("plays the coast's music only when it is on and the game may sound", () => {
    expect(musicPlays(DEFAULT_SETTINGS)).toBe(true);
    expect(musicPlays({ ...DEFAULT_SETTINGS, music: false })).toBe(false);
    expect(musicPlays({ ...DEFAULT_SETTINGS, highContrast: true })).toBe(false);
  });
});

describe('the sounds are soft and short', () => {
  const all = [...Object.values(EFFECTS).flat(), ...COAST_PHRASE];

  it('keeps every note quiet and in the middle of the piano (no shrill note)', () => {
    for (const note of all) {
      expect(note.gain).toBeGreaterThan(0);
      expect(note.gain).toBeLessThanOrEqual(0.35);
      expect(note.hz).toBeGreaterThanOrEqual(pitch(-24));
      expect(note.hz).toBeLessThanOrEqual(pitch(15)); // C6
    }
  });

  it('ends each effect within a second and a half; the ballot and the step within a quarter of a second', () => {
    const end = (notes: readonly { at: number; seconds: number }[]) => Math.max(...notes.map((n) => n.at + n.seconds));
    expect(end(EFFECTS.ballot)).toBeLessThanOrEqual(0.3);
    expect(end(EFFECTS.step)).toBeLessThanOrEqual(0.25);
    expect(end(EFFECTS.winner)).toBeLessThanOrEqual(1.5);
  });

  it("spaces the coast's notes (never more than one new note per half second) within its phrase", () => {
    const starts = COAST_PHRASE.map((n) => n.at).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...COAST_PHRASE.map((n) => n.at))).toBeLessThan(COAST_PHRASE_SECONDS);
  });
});
