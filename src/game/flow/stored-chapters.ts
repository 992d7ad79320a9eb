/**
 * The chapters a teacher opened from files, kept in this browser under their own key (apart
 * from the save, whose schema stays the store's business) so that they are still there after a
 * reload, until the teacher removes them. The file's text is kept, not the compiled scenario:
 * each play checks it again with the game's current loader. A shelf the game cannot read is set
 * aside under another key, never deleted.
 */
import { z } from 'zod';
import '../../scenario/zod-setup.ts';
import { COAST_PLACES } from '../../scenario/coast.ts';
import type { ChapterMeta } from '../../scenario/chapter-meta.ts';
import type { FirstScreenKey } from '../../i18n/first-screen.ts';
import { LIMITS } from '../../scenario/limits.ts';
import { browserStorage, setAside, type SyncStorage } from '../../state/storage.ts';

export const CHAPTER_SHELF_KEY = 'democratie-et-crustaces.chapter-files';
/** A class's own chapters, not a library: a bound that keeps the shelf far from the browser's quota. */
export const MAX_STORED_CHAPTERS = 6;

const Meta = z.strictObject({
  id: z.string().min(1).max(64),
  number: z.number().int().min(0).max(99).optional(),
  title: z.strictObject({ fr: z.string().max(500), en: z.string().max(500) }),
  coast: z.enum(COAST_PLACES),
});

const Stored = z.strictObject({
  meta: Meta,
  /** The name of the teacher's file (its extension says JSON or chapter source). */
  name: z.string().min(1).max(255),
  text: z.string().max(LIMITS.fileBytes),
  /** A chapter source's English table, opened with it. */
  english: z.string().max(LIMITS.fileBytes).optional(),
  savedAt: z.number().int().min(0),
});

const Shelf = z.strictObject({ version: z.literal(1), chapters: z.array(Stored).max(MAX_STORED_CHAPTERS) });

export type StoredChapter = z.infer<typeof Stored>;

type ShelfResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly key: FirstScreenKey; readonly params?: Readonly<Record<string, string | number>> };

let fallback: SyncStorage | undefined;

function defaultStorage(): SyncStorage {
  fallback ??= browserStorage().storage;
  return fallback;
}

/** What the shelf holds; an unreadable shelf is set aside (and reads as empty). */
export function listStoredChapters(storage: SyncStorage = defaultStorage()): StoredChapter[] {
  let raw: string | null;
  try {
    raw = storage.getItem(CHAPTER_SHELF_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  let parsed: ReturnType<typeof Shelf.safeParse> | undefined;
  try {
    parsed = Shelf.safeParse(JSON.parse(raw));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) return parsed.data.chapters;
  setAside(storage, CHAPTER_SHELF_KEY, raw);
  try {
    storage.removeItem(CHAPTER_SHELF_KEY);
  } catch {
    // nothing more to do: the copy is kept
  }
  return [];
}

function write(storage: SyncStorage, chapters: readonly StoredChapter[]): ShelfResult {
  try {
    storage.setItem(CHAPTER_SHELF_KEY, JSON.stringify({ version: 1, chapters }));
    return { ok: true };
  } catch {
    return { ok: false, key: 'chapterFile.storeFull' };
  }
}

/** Keeps a checked chapter; the same id replaces the older copy (a teacher fixing a file opens it again). */
export function storeChapter(
  chapter: { meta: ChapterMeta; name: string; text: string; english?: string },
  storage: SyncStorage = defaultStorage(),
  now = Date.now(),
): ShelfResult {
  const others = listStoredChapters(storage).filter((c) => c.meta.id !== chapter.meta.id);
  if (others.length >= MAX_STORED_CHAPTERS)
    return { ok: false, key: 'chapterFile.shelfFull', params: { max: MAX_STORED_CHAPTERS } };
  const entry = Stored.safeParse({
    meta: { ...chapter.meta, title: { ...chapter.meta.title } },
    name: chapter.name.slice(0, 255) || 'chapter',
    text: chapter.text,
    ...(chapter.english !== undefined ? { english: chapter.english } : {}),
    savedAt: Math.max(0, Math.round(now)),
  });
  if (!entry.success) return { ok: false, key: 'chapterFile.storeRefused' };
  return write(storage, [...others, entry.data]);
}

/** Removes a chapter from the shelf; false when it was not there. */
export function removeStoredChapter(id: string, storage: SyncStorage = defaultStorage()): boolean {
  const all = listStoredChapters(storage);
  const kept = all.filter((c) => c.meta.id !== id);
  if (kept.length === all.length) return false;
  return write(storage, kept).ok;
}
