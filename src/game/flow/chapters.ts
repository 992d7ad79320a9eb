/**
 * The chapters the game can open: every `scenarios/chapter-*.json` file, each in its own chunk,
 * and the chapters a teacher opened from a file (kept in the browser, stored-chapters.ts). What
 * a list shows (id, number, title, place on the coast) is each file's own metadata
 * (src/scenario/chapter-meta.ts): adding a chapter needs no change here. A chapter is checked in
 * full by the loader when it is played.
 */
import { peekChapterMeta, type ChapterMeta } from '../../scenario/chapter-meta.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { listStoredChapters, type StoredChapter } from './stored-chapters.ts';

type RawLoader = () => Promise<string>;

const chapterFiles = import.meta.glob<string>('/scenarios/chapter-*.json', { query: '?raw', import: 'default' });

export interface ChapterFile extends ChapterMeta {
  /** The game's own chapter, or one opened from a file and kept in this browser. */
  readonly origin: 'game' | 'file';
  /** The game's file path, or the name of the teacher's file. */
  readonly path: string;
  readonly load: RawLoader;
  /** A chapter source's English table, when the teacher opened it with the source. */
  readonly english?: string;
}

/** Finds a chapter by its number (`#chapter/N`, the game's own chapters) or by its id (saved runs, any chapter). */
export type ChapterRef = { readonly number: number } | { readonly id: string };

/** The game's chapters, read once (their metadata only), in the order of their numbers. */
let builtIn: Promise<ChapterFile[]> | undefined;

export async function readChapterIndex(files: Record<string, RawLoader>): Promise<ChapterFile[]> {
  const out: ChapterFile[] = [];
  for (const path of Object.keys(files).sort()) {
    const text = await files[path]();
    let doc: unknown;
    try {
      doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      doc = undefined;
    }
    // A file the list cannot read still gets its line: playing it shows what is wrong.
    const meta = peekChapterMeta(doc) ?? { id: path, title: { fr: path, en: path }, coast: 'reef-council' as const };
    if (out.some((c) => c.id === meta.id || (meta.number !== undefined && c.number === meta.number))) continue;
    out.push({ ...meta, origin: 'game', path, load: () => Promise.resolve(text) });
  }
  return out.sort((a, b) => (a.number ?? 100) - (b.number ?? 100));
}

export function builtInChapters(): Promise<ChapterFile[]> {
  builtIn ??= readChapterIndex(chapterFiles);
  return builtIn;
}

function fromStore(stored: StoredChapter): ChapterFile {
  return {
    ...stored.meta,
    origin: 'file',
    path: stored.name,
    load: () => Promise.resolve(stored.text),
    ...(stored.english !== undefined ? { english: stored.english } : {}),
  };
}

/** Chapters opened from a file that this browser could not keep: playable until the page closes. */
const sessionOnly = new Map<string, ChapterFile>();

export function keepForSession(chapter: ChapterFile): void {
  sessionOnly.set(chapter.id, chapter);
}

export function forgetForSession(id: string): void {
  sessionOnly.delete(id);
}

/** Every chapter: the game's, then those opened from files (a file never takes a game chapter's id). */
export async function chapterList(): Promise<ChapterFile[]> {
  const own = await builtInChapters();
  const ids = new Set(own.map((c) => c.id));
  const files = listStoredChapters()
    .filter((s) => !ids.has(s.meta.id))
    .map(fromStore);
  const kept = new Set(files.map((c) => c.id));
  return [...own, ...files, ...[...sessionOnly.values()].filter((c) => !ids.has(c.id) && !kept.has(c.id))];
}

export function findChapterIn(by: ChapterRef, list: readonly ChapterFile[]): ChapterFile | undefined {
  return list.find((c) => ('number' in by ? c.origin === 'game' && c.number === by.number : c.id === by.id));
}

export async function findChapter(by: ChapterRef): Promise<ChapterFile | undefined> {
  return findChapterIn(by, await chapterList());
}

class ScenarioLoadError extends Error {
  constructor(
    readonly path: string,
    readonly keys: readonly string[],
  ) {
    super(`${path}: ${keys.join(', ')}`);
  }
}

/** Reads a chapter through the scenario loader (a file chapter through its compiler too); a broken one throws with its issue keys. */
export async function loadChapterFile(file: ChapterFile): Promise<ScenarioData> {
  const [{ chapterFormat, readChapterText }, text] = await Promise.all([
    import('../../scenario/chapter-file.ts'),
    file.load(),
  ]);
  // The compiler and the cast are loaded only for a chapter source (the game's chapters are JSON).
  const compile =
    chapterFormat(file.path, text) === 'source'
      ? await (await import('./source-compiler.ts')).sourceCompiler()
      : undefined;
  const loaded = readChapterText(file.path, text, compile, file.english);
  if (!loaded.scenario)
    throw new ScenarioLoadError(
      file.path,
      loaded.issues.map((i) => i.key),
    );
  return loaded.scenario;
}
