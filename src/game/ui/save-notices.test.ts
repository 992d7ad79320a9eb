import { describe, expect, it } from 'vitest';
import { createGameStore, STORAGE_KEY } from '../../state/store.ts';
import { memoryStorage, setAside, setAsideKey, SET_ASIDE_BUDGET } from '../../state/storage.ts';
import { DEFAULT_SETTINGS, STATE_VERSION } from '../../state/schema.ts';
import { SAVE_VERSION, StorageKey } from '../keys.ts';
import { peekSave } from '../flow/peek.ts';
import { noticeText } from './notice-card.ts';
import { safetyMessages } from '../../i18n/messages/safety.ts';
import { scenarioMessages } from '../../i18n/messages/scenario.ts';

const newerSave = JSON.stringify({
  version: STATE_VERSION + 1,
  state: {
    settings: { language: 'en', colourBlindMode: 'deuteranopia' },
    progress: { chaptersDone: ['chapter-1', 'chapter-2'], medals: 3 },
    run: { scenario: 'chapter-3', answers: [1], step: 4 },
  },
});

describe('a save from a newer version', () => {
  it('is kept untouched: not set aside, not replaced, not written over by anything the player does', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: newerSave });
    const store = createGameStore({ storage });
    expect(store.getState().readOnly).toBe(true);
    expect(store.getState().notices).toEqual([{ key: 'state.newer.kept', params: {} }]);
    // The game plays in memory, with the settings it understands (the player's language) and nothing else…
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(store.getState().progress.chaptersDone).toEqual([]);
    expect(store.getState().run).toBeNull();
    store.getState().updateSettings({ language: 'en', highContrast: true });
    store.getState().startRun('chapter-1');
    store.getState().recordAnswer(2, 1);
    store.getState().completeChapter('chapter-1');
    store.getState().resetProgress();
    expect(store.getState().settings.highContrast).toBe(true);
    // …and the stored save is byte for byte what the newer game wrote, with no copy beside it.
    expect([...storage.data.entries()]).toEqual([[STORAGE_KEY, newerSave]]);
  });

  it('is looked at for its language only: the title offers no run it cannot continue', () => {
    expect(SAVE_VERSION).toBe(STATE_VERSION);
    expect(StorageKey.save).toBe(STORAGE_KEY);
    const peek = peekSave(memoryStorage({ [STORAGE_KEY]: newerSave }), ['fr-FR']);
    expect(peek).toEqual({
      settings: { language: 'en', textSize: 'normal', textSpeed: 'normal', reducedMotion: false },
      firstRun: false,
      chaptersDone: 0,
    });
  });

  it('is said in French and in English, with French typography', () => {
    const fr = noticeText({ key: 'state.newer.kept', params: {} }, 'fr');
    const en = noticeText({ key: 'state.newer.kept', params: {} }, 'en');
    expect(fr).toBe(safetyMessages.fr['state.newer.kept']);
    expect(en).toBe(safetyMessages.en['state.newer.kept']);
    expect(fr).toContain('mets le jeu à jour');
    expect(en).toContain('update the game');
    expect(noticeText({ key: 'state.setAside.corrupt', params: { key: 'k.set-aside.3' } }, 'fr')).toBe(
      scenarioMessages.fr['state.setAside.corrupt'].replace('{key}', 'k.set-aside.3'),
    );
  });
});

describe('set-aside copies', () => {
  it('are all kept: the eleventh damaged save goes to slot 11, and no earlier copy is overwritten', () => {
    const storage = memoryStorage();
    for (let n = 1; n <= 11; n++) {
      storage.setItem(STORAGE_KEY, `damaged save number ${n} {`);
      const store = createGameStore({ storage });
      expect(store.getState().notices).toEqual([
        { key: 'state.setAside.corrupt', params: { key: setAsideKey(STORAGE_KEY, n) } },
      ]);
      expect(store.getState().readOnly).toBe(false);
    }
    for (let n = 1; n <= 11; n++)
      expect(storage.getItem(setAsideKey(STORAGE_KEY, n))).toBe(`damaged save number ${n} {`);
  });

  it('fill the first free slot left by a copy the player deleted, and count every copy in the budget', () => {
    const storage = memoryStorage({ [setAsideKey('k', 1)]: 'a', [setAsideKey('k', 3)]: 'ccc' });
    expect(setAside(storage, 'k', 'bb', 6)).toEqual({ kept: setAsideKey('k', 2) });
    expect(setAside(storage, 'k', 'bb', 6)).toEqual({ kept: setAsideKey('k', 2) }); // already there
    expect(setAside(storage, 'k', 'd', 6)).toEqual({ refused: 'full' }); // 1 + 2 + 3 + 1 > 6
    expect(storage.getItem(setAsideKey('k', 4))).toBeNull();
  });

  it('when there is no room for one more, the damaged save stays where it is and the game writes nothing over it', () => {
    const big = 'x'.repeat(SET_ASIDE_BUDGET - 10);
    const damaged = '{"state": {"settings": tr';
    const storage = memoryStorage({ [setAsideKey(STORAGE_KEY, 1)]: big, [STORAGE_KEY]: damaged });
    const store = createGameStore({ storage });
    expect(store.getState().notices).toEqual([
      { key: 'state.setAside.full', params: { prefix: `${STORAGE_KEY}.set-aside` } },
    ]);
    expect(store.getState().readOnly).toBe(true);
    store.getState().updateSettings({ highContrast: true });
    expect(storage.getItem(STORAGE_KEY)).toBe(damaged);
    expect(storage.getItem(setAsideKey(STORAGE_KEY, 2))).toBeNull();
    expect(noticeText(store.getState().notices[0], 'en')).toBe(
      `The space kept for set-aside copies is full: the unreadable save stays where it is and the game will not overwrite it. Nothing you do here will be saved until the “${STORAGE_KEY}.set-aside.*” copies are cleared.`,
    );
  });

  it('a quota error while setting aside also leaves the original in place', () => {
    const base = memoryStorage({ [STORAGE_KEY]: 'not json' });
    const storage = {
      ...base,
      setItem: (k: string, v: string) =>
        k === STORAGE_KEY
          ? base.setItem(k, v)
          : (() => {
              throw new Error('QuotaExceededError');
            })(),
    };
    const store = createGameStore({ storage });
    expect(store.getState().readOnly).toBe(true);
    store.getState().updateSettings({ highContrast: true });
    expect(base.getItem(STORAGE_KEY)).toBe('not json');
  });
});

describe('notices', () => {
  it('are cleared once the player has read them, and a valid save read again says nothing', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: 'oops' });
    const store = createGameStore({ storage });
    expect(store.getState().notices).toHaveLength(1);
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
    store.getState().updateSettings({ highContrast: true });
    expect(createGameStore({ storage }).getState().notices).toEqual([]);
  });
});
