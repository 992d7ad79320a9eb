import { describe, expect, it } from 'vitest';
import { createGameStore, STORAGE_KEY } from '../../state/store.ts';
import { memoryStorage } from '../../state/storage.ts';
import { countPlaceFor, writeCountPlace } from './count-place.ts';

describe('the place inside the count scenes', () => {
  const run = { scenario: 'chapter-1', answers: 6, election: 'duel' };
  const playing = () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().startRun('chapter-1');
    return { store, storage };
  };

  it('comes back as written, from the save: a count step, then the results', () => {
    const { store, storage } = playing();
    writeCountPlace({ ...run, method: 'irv', step: 3 }, store);
    expect(countPlaceFor(run, store)).toEqual({ ...run, method: 'irv', step: 3 });
    // A reload reads it back from the saved run.
    const reloaded = createGameStore({ storage });
    expect(countPlaceFor(run, reloaded)).toEqual({ ...run, method: 'irv', step: 3 });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.run.countPlace).toEqual({
      answers: 6,
      election: 'duel',
      method: 'irv',
      step: 3,
    });
    writeCountPlace(run, store);
    expect(countPlaceFor(run, store)).toEqual(run);
    writeCountPlace(undefined, store);
    expect(countPlaceFor(run, store)).toBeUndefined();
  });

  it('is ignored for another chapter, another number of answers or another election', () => {
    const { store } = playing();
    writeCountPlace({ ...run, method: 'plurality', step: 1 }, store);
    expect(countPlaceFor({ ...run, scenario: 'chapter-2' }, store)).toBeUndefined();
    expect(countPlaceFor({ ...run, answers: 7 }, store)).toBeUndefined();
    expect(countPlaceFor({ ...run, election: 'trial' }, store)).toBeUndefined();
  });

  it('is not kept for another run, nor without a run', () => {
    const { store } = playing();
    writeCountPlace({ ...run, scenario: 'chapter-2', method: 'irv', step: 1 }, store);
    expect(store.getState().run?.countPlace).toBeUndefined();
    store.getState().endRun();
    writeCountPlace({ ...run, method: 'irv', step: 1 }, store);
    expect(store.getState().run).toBeNull();
  });
});
