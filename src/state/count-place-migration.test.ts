import { describe, expect, it } from 'vitest';
import { createGameStore, STORAGE_KEY } from './store.ts';
import { memoryStorage } from './storage.ts';
import { migrateState } from './salvage.ts';
import { DEFAULT_SETTINGS, STATE_VERSION } from './schema.ts';
import { emptyClassroom } from './classroom.ts';

const OLD_KEY = `${STORAGE_KEY}.count`;
const run = { scenario: 'chapter-3', answers: [2, 0, 1], step: 9, bookmark: { answers: 3, cursor: 2 } };
const version2 = (state: object): string =>
  JSON.stringify({
    version: 2,
    state: {
      settings: DEFAULT_SETTINGS,
      progress: { chaptersDone: [], endings: {} },
      classroom: emptyClassroom(),
      ...state,
    },
  });

describe('the count place moves into the run (save version 2 to 3)', () => {
  it('carries a saved place over into the run, writes version 3 and forgets the old key', () => {
    const place = { scenario: 'chapter-3', answers: 3, election: 'council', method: 'irv', step: 4 };
    const storage = memoryStorage({ [STORAGE_KEY]: version2({ run }), [OLD_KEY]: JSON.stringify(place) });
    const store = createGameStore({ storage });
    expect(store.getState().run).toEqual({
      ...run,
      countPlace: { answers: 3, election: 'council', method: 'irv', step: 4 },
    });
    expect(store.getState().notices).toEqual([]);
    const written = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(written.version).toBe(STATE_VERSION);
    expect(written.state.run.countPlace).toEqual({ answers: 3, election: 'council', method: 'irv', step: 4 });
    expect(written.state).not.toHaveProperty('legacyCountPlace');
    expect(storage.getItem(OLD_KEY)).toBeNull();
  });

  it('carries a place on the results (no method) as it is', () => {
    const migrated = migrateState(
      { run, legacyCountPlace: { scenario: 'chapter-3', answers: 3, election: 'council' } },
      2,
    ) as { run: unknown };
    expect(migrated).toEqual({ run: { ...run, countPlace: { answers: 3, election: 'council' } } });
  });

  it("leaves out a place of another chapter's run, or with no run", () => {
    const other = { scenario: 'chapter-1', answers: 3, election: 'council' };
    expect(migrateState({ run, legacyCountPlace: other }, 2)).toEqual({ run });
    expect(migrateState({ run: null, legacyCountPlace: other }, 2)).toEqual({ run: null });
  });

  it('says so when the old place was damaged, and keeps the run', () => {
    const bad = { scenario: 'chapter-3', answers: 3, election: 'council', method: 'irv' };
    const storage = memoryStorage({ [STORAGE_KEY]: version2({ run }), [OLD_KEY]: JSON.stringify(bad) });
    const store = createGameStore({ storage });
    expect(store.getState().run).toMatchObject(run);
    expect(store.getState().run?.countPlace).toBeUndefined();
    expect(store.getState().notices).toContainEqual({ key: 'state.dropped', params: { what: 'run.countPlace' } });
  });

  it('reads a save with no old key as before', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: version2({ run }) });
    expect(createGameStore({ storage }).getState().run).toEqual(run);
  });
});
