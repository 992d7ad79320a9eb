import { describe, expect, it } from 'vitest';
import type { ChapterMeta } from '../../scenario/chapter-meta.ts';
import { memoryStorage, type SyncStorage } from '../../state/storage.ts';
import {
  CHAPTER_SHELF_KEY,
  listStoredChapters,
  MAX_STORED_CHAPTERS,
  removeStoredChapter,
  storeChapter,
} from './stored-chapters.ts';

const meta = (id: string): ChapterMeta => ({ id, title: { fr: `Titre ${id}`, en: `Title ${id}` }, coast: 'harbour' });

describe('chapters kept in the browser', () => {
  it('keeps a chapter under its own key, gives it back after a “reload” (a new read of the same storage), and removes it', () => {
    const storage = memoryStorage({ 'democratie-et-crustaces': '{"the":"save"}' });
    expect(storeChapter({ meta: meta('phare'), name: 'phare.json', text: '{"id":"phare"}' }, storage, 1000)).toEqual({
      ok: true,
    });
    expect(
      storeChapter(
        { meta: { ...meta('ile'), number: 12 }, name: 'ile.chapitre', text: 'Perle: Bonjour.' },
        storage,
        2000,
      ),
    ).toEqual({ ok: true });
    const reread = listStoredChapters(memoryStorage(Object.fromEntries(storage.data)));
    expect(reread.map((c) => [c.meta.id, c.meta.number, c.name, c.text, c.savedAt])).toEqual([
      ['phare', undefined, 'phare.json', '{"id":"phare"}', 1000],
      ['ile', 12, 'ile.chapitre', 'Perle: Bonjour.', 2000],
    ]);
    // The save is another key, untouched.
    expect(storage.getItem('democratie-et-crustaces')).toBe('{"the":"save"}');
    expect(removeStoredChapter('phare', storage)).toBe(true);
    expect(removeStoredChapter('phare', storage)).toBe(false);
    expect(listStoredChapters(storage).map((c) => c.meta.id)).toEqual(['ile']);
  });

  it('opening the same chapter again replaces the older copy (a teacher fixing the file)', () => {
    const storage = memoryStorage();
    storeChapter({ meta: meta('phare'), name: 'phare.json', text: 'v1' }, storage);
    storeChapter(
      { meta: { ...meta('phare'), title: { fr: 'Nouveau', en: 'New' } }, name: 'phare-2.json', text: 'v2' },
      storage,
    );
    const shelf = listStoredChapters(storage);
    expect(shelf.map((c) => [c.meta.title.en, c.text])).toEqual([['New', 'v2']]);
  });

  it('holds a bounded number of chapters and says so', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_STORED_CHAPTERS; i++)
      expect(storeChapter({ meta: meta(`c${i}`), name: `c${i}.json`, text: '{}' }, storage).ok).toBe(true);
    expect(storeChapter({ meta: meta('one-more'), name: 'x.json', text: '{}' }, storage)).toEqual({
      ok: false,
      key: 'chapterFile.shelfFull',
      params: { max: MAX_STORED_CHAPTERS },
    });
    // Replacing one that is there is still allowed.
    expect(storeChapter({ meta: meta('c0'), name: 'c0.json', text: '{"v":2}' }, storage).ok).toBe(true);
  });

  it('says when the browser refuses to write (quota), and keeps what was there', () => {
    const inner = memoryStorage();
    storeChapter({ meta: meta('phare'), name: 'phare.json', text: 'v1' }, inner);
    const full: SyncStorage = {
      getItem: (k) => inner.getItem(k),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k) => inner.removeItem(k),
    };
    expect(storeChapter({ meta: meta('ile'), name: 'ile.json', text: 'x' }, full)).toEqual({
      ok: false,
      key: 'chapterFile.storeFull',
    });
    expect(listStoredChapters(inner).map((c) => c.meta.id)).toEqual(['phare']);
  });

  it('sets an unreadable shelf aside instead of deleting it, and reads as empty', () => {
    for (const raw of ['{not json', '{"version":1,"chapters":[{"meta":{"id":"x"}}]}', '{"version":2,"chapters":[]}']) {
      const storage = memoryStorage({ [CHAPTER_SHELF_KEY]: raw });
      expect(listStoredChapters(storage)).toEqual([]);
      expect(storage.getItem(`${CHAPTER_SHELF_KEY}.set-aside.1`)).toBe(raw);
      expect(storage.getItem(CHAPTER_SHELF_KEY)).toBeNull();
      // Writing again works.
      expect(storeChapter({ meta: meta('phare'), name: 'phare.json', text: '{}' }, storage).ok).toBe(true);
      expect(listStoredChapters(storage)).toHaveLength(1);
    }
  });
});
