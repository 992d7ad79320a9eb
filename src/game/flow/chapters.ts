/**
 * The chapters the game can open: every `scenarios/chapter-N-*.json` file, each in its own
 * chunk, loaded only when played. Scenarios go through the loader (checks and all) like any
 * teacher's file.
 */
import type { ScenarioData } from '../../scenario/schema.ts';

type RawLoader = () => Promise<string>;

const chapterFiles = import.meta.glob<string>('/scenarios/chapter-*.json', { query: '?raw', import: 'default' });

export interface ChapterFile {
  readonly number: number;
  /** The scenario id by the bible's convention (`chapter-N`). */
  readonly id: string;
  readonly path: string;
  readonly load: RawLoader;
}

export function chapterNumber(path: string): number | undefined {
  const match = /\/chapter-(\d+)(?:-[^/]*)?\.json$/.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** The chapters in order (one file per number: the first one found). */
export function chapterList(files: Record<string, RawLoader> = chapterFiles): ChapterFile[] {
  const byNumber = new Map<number, ChapterFile>();
  for (const path of Object.keys(files).sort()) {
    const n = chapterNumber(path);
    if (n !== undefined && !byNumber.has(n)) byNumber.set(n, { number: n, id: `chapter-${n}`, path, load: files[path] });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

export class ScenarioLoadError extends Error {
  constructor(
    readonly path: string,
    readonly keys: readonly string[],
  ) {
    super(`${path}: ${keys.join(', ')}`);
  }
}

/** Reads a chapter file through the scenario loader; a broken file throws with its issue keys. */
export async function loadChapterFile(file: ChapterFile): Promise<ScenarioData> {
  const [{ loadScenarioText }, text] = await Promise.all([import('../../scenario/load.ts'), file.load()]);
  const loaded = loadScenarioText(text);
  if (!loaded.scenario) throw new ScenarioLoadError(file.path, loaded.issues.map((i) => i.key));
  return loaded.scenario;
}

export function findChapter(by: { number?: number; id?: string }, list: readonly ChapterFile[] = chapterList()): ChapterFile | undefined {
  return list.find((c) => (by.number !== undefined ? c.number === by.number : c.id === by.id));
}
