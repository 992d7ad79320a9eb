/** The sound settings (version 2 of the save): their defaults, their checks and the migration from version 1. */
import { describe, expect, it } from 'vitest';
import { createGameStore, STORAGE_KEY } from './store.ts';
import { memoryStorage } from './storage.ts';
import { DEFAULT_SETTINGS, STATE_VERSION } from './schema.ts';
import { migrateState, salvage } from './salvage.ts';

const versionOne = (settings: Record<string, unknown>) => ({
  settings: {
    language: 'fr',
    textSize: 'normal',
    reducedMotion: false,
    highContrast: false,
    textSpeed: 'normal',
    ...settings,
  },
  progress: { chaptersDone: ['chapter-1'], endings: {}, flags: {} },
  run: null,
});

describe('sound settings', () => {
  it('default to sound on "auto" (off in projector mode), medium volume, the coast\'s music on', () => {
    // Version 2 brought sound; version 3 moved the count's place into the run.
    expect(STATE_VERSION).toBe(3);
    expect(DEFAULT_SETTINGS).toMatchObject({ sound: 'auto', volume: 70, music: true });
  });

  it('migrate a version 1 save: a volume of 0 becomes "off", any other volume "auto"; the rest is kept', () => {
    expect(migrateState(versionOne({ volume: 0 }), 1)).toMatchObject({
      settings: { volume: 0, sound: 'off', music: true },
      progress: { chaptersDone: ['chapter-1'] },
    });
    expect(migrateState(versionOne({ volume: 40 }), 1)).toMatchObject({
      settings: { volume: 40, sound: 'auto', music: true },
    });
    // Through the store, as a player's browser would: read, migrated, written back in the current version.
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: versionOne({ volume: 0, highContrast: true }) }));
    const store = createGameStore({ storage });
    expect(store.getState().settings).toMatchObject({ sound: 'off', volume: 0, highContrast: true, music: true });
    expect(store.getState().notices).toEqual([]);
    store.getState().updateSettings({ sound: 'on' });
    const written = JSON.parse(storage.getItem(STORAGE_KEY)!) as {
      version: number;
      state: { settings: Record<string, unknown> };
    };
    expect(written.version).toBe(STATE_VERSION);
    expect(written.state.settings).toMatchObject({ sound: 'on', music: true });
  });

  it('drop a bad sound value with a notice and keep every other setting', () => {
    const { state, notices } = salvage({
      settings: { ...DEFAULT_SETTINGS, language: 'en', sound: 'loud', music: 'yes', volume: 300 },
    });
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(notices.map((n) => n.params.what).sort()).toEqual(['settings.music', 'settings.sound', 'settings.volume']);
  });
});
