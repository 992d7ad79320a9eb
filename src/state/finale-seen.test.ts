import { describe, expect, it } from 'vitest';
import { createGameStore, STORAGE_KEY } from './store.ts';
import { memoryStorage } from './storage.ts';
import { STATE_VERSION } from './schema.ts';
import { salvage } from './salvage.ts';

describe('the finale seen, in the save', () => {
  it('remembers the finale was played to its end, across a reload', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    expect(store.getState().progress.finaleSeen).toBeUndefined();
    store.getState().completeChapter('chapter-9', 'star');
    store.getState().sawFinale();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.progress.finaleSeen).toBe(true);
    const again = createGameStore({ storage });
    expect(again.getState().progress).toEqual({
      chaptersDone: ['chapter-9'],
      endings: { 'chapter-9': 'star' },
      finaleSeen: true,
    });
    again.getState().resetProgress();
    expect(again.getState().progress.finaleSeen).toBeUndefined();
  });

  it('keeps it when another part of the progress is damaged, and drops a value that is not yes or no', () => {
    const kept = salvage({ progress: { chaptersDone: ['chapter-9', 7], endings: {}, finaleSeen: true } });
    expect(kept.state.progress).toEqual({ chaptersDone: ['chapter-9'], endings: {}, finaleSeen: true });
    const bad = salvage({ progress: { chaptersDone: ['chapter-9'], endings: {}, finaleSeen: 'yes' } });
    expect(bad.state.progress.finaleSeen).toBeUndefined();
    expect(bad.notices.map((n) => n.params.what)).toContain('progress.finaleSeen');
    expect(STATE_VERSION).toBe(3);
  });
});
