/**
 * A chapter a teacher opens from a file (in the game or in the terminal): its text, JSON or
 * the plain-text chapter source, goes through the same checks as the game's own chapters, and
 * must be a chapter (a sandbox preset is opened in the sandbox). Pure: the game reads the file,
 * this reads the text.
 */
import { checkChapterMeta, chapterMeta, type ChapterMeta } from './chapter-meta.ts';
import { hasErrors, issue, type ScenarioIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { loadScenarioText, type LoadResult } from './load.ts';
import type { ScenarioData } from './schema.ts';

export type ChapterFormat = 'json' | 'source';

/** Compiles a chapter source to a checked scenario (src/scenario/source), with its issues placed on the source's lines; `english` is its English table when the teacher gave one. */
export type SourceCompiler = (text: string, name: string, english?: string) => LoadResult;

export interface ChapterFileResult {
  readonly format: ChapterFormat;
  readonly scenario?: ScenarioData;
  readonly meta?: ChapterMeta;
  readonly issues: readonly ScenarioIssue[];
}

/** JSON by its extension, or by its first character when the name says nothing (a `.txt` that holds JSON). */
export function chapterFormat(name: string, text: string): ChapterFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.[a-z0-9]+$/i.test(name) && !/\.txt$/i.test(name)) return 'source';
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'source';
}

/** A file larger than a scenario may be is refused before it is read. */
export function tooBig(bytes: number): ScenarioIssue | undefined {
  return bytes > LIMITS.fileBytes
    ? issue('scenario.limit.file', [], { size: bytes, limit: LIMITS.fileBytes })
    : undefined;
}

export function readChapterText(
  name: string,
  text: string,
  compile?: SourceCompiler,
  english?: string,
): ChapterFileResult {
  const format = chapterFormat(name, text);
  let loaded: LoadResult;
  if (format === 'json') loaded = loadScenarioText(text);
  else if (compile) loaded = compile(text, name, english);
  else return { format, issues: [issue('scenario.file.noCompiler', [], { name })] };
  const scenario = loaded.scenario;
  if (!scenario || hasErrors(loaded.issues)) return { format, issues: loaded.issues };
  if (scenario.kind !== 'chapter')
    return { format, issues: [...loaded.issues, issue('scenario.file.notChapter', ['kind'], { kind: scenario.kind })] };
  // The loader already checked the metadata; a compiler that skips the loader is checked here.
  const meta = checkChapterMeta(scenario).filter((m) => !loaded.issues.some((i) => i.key === m.key));
  if (meta.length > 0) return { format, issues: [...loaded.issues, ...meta] };
  return { format, scenario, meta: chapterMeta(scenario), issues: loaded.issues };
}
