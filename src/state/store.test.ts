import { describe, it, expect } from 'vitest';
import { createGameStore, STORAGE_KEY, type ActivePlay } from './store.ts';
import { memoryStorage, type SyncStorage } from './storage.ts';
import { DEFAULT_SETTINGS, STATE_VERSION } from './schema.ts';
import { salvage } from './salvage.ts';
import { emptyClassroom } from './classroom.ts';
import { scenarioMessages } from '../i18n/messages/scenario.ts';

const saved = (state: unknown, version = STATE_VERSION): string => JSON.stringify({ state, version });
const good = {
  settings: { ...DEFAULT_SETTINGS, language: 'en', highContrast: true },
  progress: { chaptersDone: ['chapter-1', 'chapter-2'], endings: { 'chapter-1': 'spoiler' } },
  run: { scenario: 'chapter-3', answers: [2, 1, { method: 'borda' }], step: 14 },
};

describe('game store', () => {
  it('starts with defaults on an empty storage, and saves every change', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    expect(store.getState()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      progress: { chaptersDone: [] },
      run: null,
      notices: [],
    });
    store.getState().updateSettings({ language: 'en', reducedMotion: true });
    store.getState().completeChapter('chapter-1', 'spoiler');
    store.getState().completeChapter('chapter-1', 'spoiler');
    store.getState().startRun('chapter-2');
    store.getState().recordAnswer(2, 5);
    const written = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(written.version).toBe(STATE_VERSION);
    expect(written.state).toEqual({
      settings: { ...DEFAULT_SETTINGS, language: 'en', reducedMotion: true },
      progress: { chaptersDone: ['chapter-1'], endings: { 'chapter-1': 'spoiler' } },
      run: { scenario: 'chapter-2', answers: [2], step: 5 },
      classroom: emptyClassroom(),
    });
    expect(Object.keys(written.state)).not.toContain('notices');
  });

  it('reads a valid save back exactly', () => {
    const store = createGameStore({ storage: memoryStorage({ [STORAGE_KEY]: saved(good) }) });
    expect(store.getState()).toMatchObject({ ...good, notices: [] });
  });

  it('sets corrupt JSON aside, starts fresh, and says where the data went', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"state": {"settings": ' });
    const store = createGameStore({ storage });
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().notices).toEqual([
      { key: 'state.setAside.corrupt', params: { key: `${STORAGE_KEY}.set-aside.1` } },
    ]);
    expect(storage.getItem(`${STORAGE_KEY}.set-aside.1`)).toBe('{"state": {"settings": ');
    // The next save overwrites the main key; the copy stays.
    store.getState().updateSettings({ textSize: 'larger' });
    expect(storage.getItem(`${STORAGE_KEY}.set-aside.1`)).toBe('{"state": {"settings": ');
  });

  it('sets foreign data aside', () => {
    for (const [text, reason] of [
      ['"just a string"', 'foreign'],
      ['{"hello": "world"}', 'foreign'],
      ['[1,2,3]', 'foreign'],
    ]) {
      const storage = memoryStorage({ [STORAGE_KEY]: text });
      const store = createGameStore({ storage });
      expect(store.getState().notices.map((n) => n.key)).toEqual([`state.setAside.${reason}`]);
      expect(storage.getItem(`${STORAGE_KEY}.set-aside.1`)).toBe(text);
    }
  });

  it('keeps every readable part of a damaged save and sets the original aside', () => {
    const damaged = {
      settings: { language: 'klingon', textSize: 'large', textSpeed: 'warp', reducedMotion: true },
      progress: {
        chaptersDone: ['chapter-1', 42, 'Bad Id', 'chapter-2'],
        endings: { 'chapter-1': 'spoiler', 'chapter-2': 7 },
      },
      run: { scenario: 'chapter-3', answers: 'lots' },
    };
    const text = saved(damaged);
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    const store = createGameStore({ storage });
    const s = store.getState();
    expect(s.settings).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large', reducedMotion: true });
    expect(s.progress).toEqual({ chaptersDone: ['chapter-1', 'chapter-2'], endings: { 'chapter-1': 'spoiler' } });
    expect(s.run).toBeNull();
    expect(s.notices.map((n) => `${n.key} ${n.params.what ?? n.params.key}`)).toEqual([
      `state.setAside.partial ${STORAGE_KEY}.set-aside.1`,
      'state.dropped settings.language',
      'state.dropped settings.textSpeed',
      'state.dropped progress.chaptersDone',
      'state.dropped progress.endings.chapter-2',
      'state.dropped run',
    ]);
    expect(storage.getItem(`${STORAGE_KEY}.set-aside.1`)).toBe(text);
  });

  it('migrates a version 0 save (the first shape) and keeps its progress', () => {
    const v0 = saved({ settings: { lang: 'en', bigText: true }, progress: { done: ['chapter-1'] } }, 0);
    const storage = memoryStorage({ [STORAGE_KEY]: v0 });
    const store = createGameStore({ storage });
    expect(store.getState()).toMatchObject({
      settings: { ...DEFAULT_SETTINGS, language: 'en', textSize: 'large' },
      progress: { chaptersDone: ['chapter-1'] },
      notices: [],
    });
    // persist writes the migrated save back in the current version.
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(STATE_VERSION);
  });

  it('never throws when the storage itself fails', () => {
    const broken: SyncStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = createGameStore({ storage: broken });
    expect(store.getState().notices.map((n) => n.key)).toContain('state.unreadable');
    store.getState().updateSettings({ textSize: 'large' });
    store.getState().updateSettings({ textSize: 'larger' });
    expect(store.getState().settings.textSize).toBe('larger');
    expect(store.getState().notices.map((n) => n.key)).toEqual(['state.unreadable', 'state.notSaved']);
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps a run whose bookmark is bad, without its bookmark, and says so', () => {
    const store = createGameStore({
      storage: memoryStorage({
        [STORAGE_KEY]: saved({ ...good, run: { ...good.run, bookmark: { answers: 3, cursor: -2 } } }),
      }),
    });
    expect(store.getState().run).toEqual(good.run);
    expect(store.getState().notices.map((n) => `${n.key} ${String(n.params.what ?? '')}`)).toContain(
      'state.dropped run.bookmark',
    );
  });

  it('keeps the play and the sandbox session in memory only, and does not write a save that did not change', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting: SyncStorage = {
      ...storage,
      getItem: (k) => storage.getItem(k),
      removeItem: (k) => storage.removeItem(k),
      setItem: (k, v) => (writes++, storage.setItem(k, v)),
    };
    const store = createGameStore({ storage: counting });
    store.getState().updateSettings({ language: 'en' });
    const afterSettings = writes;
    expect(afterSettings).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) store.getState().keepSandbox({ selected: `flag:${i}` });
    store.getState().keepSandbox({ yee: 'irv' });
    // What a play holds is the game's business (src/game/flow/play.ts): any object will do here.
    const play = { tag: 'a play' } as unknown as ActivePlay;
    store.getState().setPlay(play);
    expect(store.getState().sandbox).toEqual({ selected: 'flag:4', yee: 'irv' });
    expect(store.getState().play).toBe(play);
    expect(writes).toBe(afterSettings);
    expect(Object.keys(JSON.parse(storage.getItem(STORAGE_KEY)!).state)).toEqual([
      'settings',
      'progress',
      'run',
      'classroom',
    ]);
    expect(createGameStore({ storage }).getState()).toMatchObject({ sandbox: {}, play: null });
  });

  it('uses the next free set-aside slot and never duplicates the same copy', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: 'oops', [`${STORAGE_KEY}.set-aside.1`]: 'older' });
    createGameStore({ storage });
    createGameStore({ storage });
    expect(storage.getItem(`${STORAGE_KEY}.set-aside.2`)).toBe('oops');
    expect(storage.getItem(`${STORAGE_KEY}.set-aside.3`)).toBeNull();
  });

  it('ignores prototype keys in saved tables', () => {
    const { state } = salvage(
      JSON.parse('{"settings":{},"progress":{"chaptersDone":[],"endings":{"__proto__":{"x":"y"},"ok":"fine"}}}'),
    );
    expect(state.progress.endings).toEqual({ ok: 'fine' });
    expect(Object.getPrototypeOf(state.progress.endings)).toBe(Object.prototype);
  });

  it('every notice has its message in French and English', () => {
    for (const key of [
      'state.dropped',
      'state.setAside.corrupt',
      'state.setAside.foreign',
      'state.setAside.partial',
      'state.setAside.migration',
      'state.unreadable',
      'state.notSaved',
    ]) {
      expect(Object.hasOwn(scenarioMessages.fr, key), key).toBe(true);
      expect(Object.hasOwn(scenarioMessages.en, key), key).toBe(true);
    }
  });
});
