/**
 * Opening a chapter from a file on the teacher's disk (the chapters screen's button, a file
 * dropped on the game): refused by its size before it is read, decoded as UTF-8, checked by
 * the same loader as the game's chapters (compiled first when it is a chapter source), kept in
 * this browser, then played at once. Problems come back as lines in the player's language, each
 * with its place in the file; nothing here throws.
 */
import type Phaser from 'phaser';
import { chapterFormat, readChapterText, tooBig } from '../../scenario/chapter-file.ts';
import { hasErrors, pathText, type ScenarioIssue } from '../../scenario/issues.ts';
import { SceneKey } from '../keys.ts';
import { display } from '../ui/display.ts';
import { builtInChapters, keepForSession, type ChapterFile } from './chapters.ts';
import { openChapterScene } from './follow.ts';
import { switchTo } from './navigate.ts';
import { sourceCompiler } from './source-compiler.ts';
import { storeChapter } from './stored-chapters.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

/** What the chapters screen shows after a file was refused. */
export interface ChapterProblems {
  readonly name: string;
  /** One line per problem, in the player's language, starting with its line and column when known. */
  readonly lines: readonly string[];
}

export type OpenResult =
  | { readonly ok: true; readonly chapter: ChapterFile; readonly notice?: string }
  | { readonly ok: false; readonly problems: ChapterProblems };

/** A problem as the teacher reads it: "Line 12, column 5: …". */
export function problemLine(found: ScenarioIssue): string {
  const lang = display().language;
  const path = found.path.length > 0 && found.line === undefined ? ` (${pathText(found.path)})` : '';
  const message = `${found.severity === 'warning' ? t('scenario.warningLabel', {}, lang) : ''}${t(found, lang)}${path}`;
  if (found.line !== undefined && found.column !== undefined)
    return t('chapterFile.at', { line: found.line, column: found.column, message });
  if (found.line !== undefined) return t('chapterFile.atLine', { line: found.line, message });
  return message;
}

function refused(name: string, lines: readonly string[]): OpenResult {
  return { ok: false, problems: { name, lines } };
}

/** A chapter source's English table goes with it: `phare.chapitre` and `phare.en.txt`. */
const ENGLISH_TABLE = /\.en\.txt$/i;

/** The chapter and, for a chapter source, its English table; undefined when the files are not that. */
export function chapterAndEnglish(files: readonly File[]): { chapter: File; english?: File } | undefined {
  if (files.length === 1) return { chapter: files[0] };
  if (files.length !== 2) return undefined;
  const english = files.filter((f) => ENGLISH_TABLE.test(f.name));
  if (english.length !== 1) return undefined;
  return { chapter: files.find((f) => f !== english[0])!, english: english[0] };
}

/** A file's text: refused by its size before it is read, and when it is not UTF-8. */
async function readText(file: File): Promise<{ text: string } | { problem: string }> {
  const big = tooBig(file.size);
  if (big) return { problem: problemLine(big) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch (error) {
    return {
      problem:
        error instanceof TypeError ? t('chapterFile.notText') : t('chapterFile.unreadable', { reason: String(error) }),
    };
  }
}

/** Reads, checks and keeps a chapter file (with its English table); the game's own chapter ids stay theirs. */
export async function openChapterFile(files: readonly File[]): Promise<OpenResult> {
  const names = files.map((f) => f.name || 'chapter').join(', ');
  const pair = chapterAndEnglish(files);
  if (!pair) return refused(names, [t('chapterFile.oneFile', { count: files.length })]);
  const name = pair.chapter.name || 'chapter';
  const main = await readText(pair.chapter);
  if ('problem' in main) return refused(name, [main.problem]);
  const english = pair.english ? await readText(pair.english) : undefined;
  if (english && 'problem' in english) return refused(pair.english!.name, [english.problem]);
  const text = main.text;
  const englishText = english?.text;
  const compile = chapterFormat(name, text) === 'source' ? await sourceCompiler() : undefined;
  const read = readChapterText(name, text, compile, englishText);
  if (!read.scenario || !read.meta || hasErrors(read.issues))
    return refused(name, read.issues.filter((i) => i.severity === 'error').map(problemLine));
  const meta = read.meta;
  if ((await builtInChapters()).some((c) => c.id === meta.id)) {
    return refused(name, [t('chapterFile.idTaken', { id: meta.id })]);
  }
  const kept = storeChapter({ meta, name, text, ...(englishText !== undefined ? { english: englishText } : {}) });
  const chapter: ChapterFile = {
    ...meta,
    origin: 'file',
    path: name,
    load: () => Promise.resolve(text),
    ...(englishText !== undefined ? { english: englishText } : {}),
  };
  if (kept.ok) return { ok: true, chapter };
  // Not kept (storage full, shelf full): still playable until the page closes.
  keepForSession(chapter);
  return { ok: true, chapter, notice: t(kept) };
}

/** Opens the file(s), then plays the chapter (a fresh run) or shows its problems on the chapters screen. */
export async function openAndPlay(game: Phaser.Game, files: readonly File[]): Promise<void> {
  probe.set('chapterFile', 'reading');
  const result = await openChapterFile(files);
  if (!result.ok) {
    probe.set('chapterFile', 'refused');
    await switchTo(game, SceneKey.Chapters, { problems: result.problems });
    return;
  }
  probe.set('chapterFile', 'opened');
  // Playable but not kept (storage full or refused): the teacher is told before playing.
  if (result.notice)
    await switchTo(game, SceneKey.Chapters, { notKept: { id: result.chapter.id, notice: result.notice } });
  else await openChapterScene(game, { id: result.chapter.id }, { fresh: true });
}
