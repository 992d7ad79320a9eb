/**
 * The game's sounds, written as notes for our own Web Audio synthesis (player.ts): no sample
 * file from anywhere. Everything is soft and short, nothing rushes: a ballot falling into the
 * box, a count moving on one step, a winner announced, and a slow loop of the sea for the
 * coast. No DOM here: which notes, how loud, and whether anything may sound at all.
 */
import type { Settings } from '../../state/schema.ts';

export type SoundSettings = Pick<Settings, 'sound' | 'volume' | 'music' | 'highContrast'>;

/** One note: when it starts (seconds from the sound's start), its pitch, length and loudness. */
export interface Note {
  readonly at: number;
  readonly hz: number;
  readonly seconds: number;
  /** 0 to 1, before the player's volume. */
  readonly gain: number;
  readonly wave: 'sine' | 'triangle';
}

export type EffectName = 'ballot' | 'step' | 'winner';

/** Equal temperament from A4 = 440 Hz: `semitones` above (or below) A4. */
export const pitch = (semitones: number): number => 440 * 2 ** (semitones / 12);

// Notes of C major and its neighbours, around the middle of the piano: no shrill note.
const C4 = pitch(-9);
const E4 = pitch(-5);
const G4 = pitch(-2);
const A4 = pitch(0);
const C5 = pitch(3);
const D5 = pitch(5);
const E5 = pitch(7);
const F3 = pitch(-16);
const G3 = pitch(-14);
const A3 = pitch(-12);
const C3 = pitch(-21);

export const EFFECTS: Readonly<Record<EffectName, readonly Note[]>> = {
  // A paper slip dropping in: two low, quick, quiet notes.
  ballot: [
    { at: 0, hz: G4, seconds: 0.12, gain: 0.35, wave: 'triangle' },
    { at: 0.07, hz: C4, seconds: 0.2, gain: 0.3, wave: 'sine' },
  ],
  // One step of the count: a single soft wooden tick.
  step: [{ at: 0, hz: E5, seconds: 0.18, gain: 0.25, wave: 'sine' }],
  // The winner: a gentle rising chord, spread out, under a second and a half.
  winner: [
    { at: 0, hz: C4, seconds: 1.2, gain: 0.3, wave: 'triangle' },
    { at: 0.18, hz: E4, seconds: 1.0, gain: 0.28, wave: 'triangle' },
    { at: 0.36, hz: G4, seconds: 0.9, gain: 0.26, wave: 'triangle' },
    { at: 0.54, hz: C5, seconds: 0.9, gain: 0.24, wave: 'sine' },
  ],
};

/** The coast's loop: one phrase of this many seconds, played again and again. */
export const COAST_PHRASE_SECONDS = 12;

/**
 * Four slow chords (C, Am, F, G) held like a swell, with a few sparse notes over them, like
 * a buoy's bell far off. Quiet: the loop sits under the dialogue, never over it.
 */
export const COAST_PHRASE: readonly Note[] = [
  ...[C3, A3, F3, G3].map((hz, i) => ({ at: i * 3, hz, seconds: 3.4, gain: 0.18, wave: 'sine' as const })),
  ...[
    [0.5, E4],
    [2, G4],
    [3.5, C5],
    [6.5, A4],
    [8, C5],
    [9.5, D5],
  ].map(([at, hz]) => ({ at, hz, seconds: 1.4, gain: 0.08, wave: 'triangle' as const })),
];

/**
 * How loud the game may be, 0 to 1: nothing when sound is off, or on `auto` in projector mode
 * (off by default there); else the volume setting.
 */
export function soundLevel(settings: SoundSettings): number {
  if (settings.sound === 'off') return 0;
  if (settings.sound === 'auto' && settings.highContrast) return 0;
  return Math.max(0, Math.min(100, settings.volume)) / 100;
}

/** Whether the coast's loop plays. */
export function musicPlays(settings: SoundSettings): boolean {
  return settings.music && soundLevel(settings) > 0;
}
