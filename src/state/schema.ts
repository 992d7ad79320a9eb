/**
 * What the game saves, and how it is checked when read back. Each part is validated on its
 * own (settings field by field, progress entry by entry), so that one bad value never costs
 * the rest of a player's progress.
 */
import { z } from 'zod';
import { PuzzleAnswer } from '../scenario/schema.ts';
import type { ClassroomSave } from './classroom.ts';

export const STATE_VERSION = 3;

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
/**
 * Sound: `auto` plays except in projector mode (a classroom's speakers are not the player's to
 * fill); `on` and `off` are the player's own choice, whatever the mode.
 */
const SOUND_MODES = ['auto', 'on', 'off'] as const;

export const settingsFields = {
  language: z.enum(['fr', 'en']),
  textSize: z.enum(TEXT_SIZES),
  reducedMotion: z.boolean(),
  highContrast: z.boolean(),
  /** 0 to 100: how loud the sound is when it plays (`sound`). */
  volume: z.number().int().min(0).max(100),
  textSpeed: z.enum(TEXT_SPEEDS),
  sound: z.enum(SOUND_MODES),
  /** The calm loop on the coast (the effects follow `sound` alone). */
  music: z.boolean(),
};
// Every field is required, so each one's own type is the setting's type.
export type Settings = { [K in keyof typeof settingsFields]: z.infer<(typeof settingsFields)[K]> };

export const DEFAULT_SETTINGS: Settings = {
  language: 'fr',
  textSize: 'normal',
  reducedMotion: false,
  highContrast: false,
  volume: 70,
  textSpeed: 'normal',
  sound: 'auto',
  music: true,
};

const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/);

// A save of before may hold campaign flags (nothing set or read them): they are left out when read
// back, as any field this version does not know.
export const ProgressSchema = z.object({
  /** Chapter ids, in the order they were first finished. */
  chaptersDone: z.array(Id),
  /** Ending reached in each finished chapter. */
  endings: z.record(Id, Id),
  /** The finale on the beach was played to its end once (it then waits to be replayed from the beach). */
  finaleSeen: z.boolean().optional(),
});
export type Progress = z.infer<typeof ProgressSchema>;
export const emptyProgress = (): Progress => ({ chaptersDone: [], endings: {} });

/** An answer as the runner takes it: a number, or a puzzle answer. */
const AnswerSchema = z.union([z.number().int().min(0).max(1000), PuzzleAnswer]);

/**
 * Where the player is inside the count scenes of an election of the run: the method counted and
 * its step, or the results (neither). The bookmark stops on the election entry, so without it a
 * reload would recast the vote and restart the count from its first step. Ignored when it does
 * not match the run on screen (another number of answers, another election).
 */
const CountPlaceSchema = z.union([
  z.object({
    /** How many answers the run had: the same election reached again later is another place. */
    answers: z.number().int().min(0),
    election: z.string().min(1).max(200),
    method: z.string().min(1).max(64),
    step: z.number().int().min(0),
  }),
  z.strictObject({ answers: z.number().int().min(0), election: z.string().min(1).max(200) }),
]);
export type CountPlace = z.infer<typeof CountPlaceSchema>;

export const RunSchema = z.object({
  scenario: Id,
  /** Every answer so far: replaying them through the runner restores the run exactly. */
  answers: z.array(AnswerSchema).max(10_000),
  /** A snapshot for menus ("chapter 3, step 12"), rebuilt by the replay. */
  step: z.number().int().min(0),
  /**
   * Where the player is between two answers: how many transcript entries were shown after the
   * `answers`-th answer, so that a reload continues on the very line the player was reading.
   * Ignored when it does not match the replayed answers (the chapter changed since).
   */
  bookmark: z.object({ answers: z.number().int().min(0), cursor: z.number().int().min(0) }).optional(),
  /** Where the player is inside the count scenes (version 3; before, a key of its own: see salvage.ts). */
  countPlace: CountPlaceSchema.optional(),
});
export type Run = z.infer<typeof RunSchema>;

export interface Persisted {
  settings: Settings;
  progress: Progress;
  run: Run | null;
  /** The classroom's election, ballot box, gate, typed counts and lesson (src/state/classroom.ts). */
  classroom: ClassroomSave;
}
