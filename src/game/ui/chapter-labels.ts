/**
 * How a chapter is named on screen, from its own metadata: "3. The first vote" for a numbered
 * chapter (the game's wording), the title alone for a chapter a teacher wrote without a number.
 */
import { formatTemplate, type Lang } from '../../i18n/format.ts';
import { chapterFileMessages } from '../../i18n/messages/chapter-file.ts';
import type { ChapterMeta } from '../../scenario/chapter-meta.ts';
import type { StepParams } from '../../voting/result.ts';
import { display } from './display.ts';
import { gameText } from './messages.ts';

type Named = Pick<ChapterMeta, 'title' | 'number'>;

/** The texts of src/i18n/messages/chapter-file.ts in the player's language. */
export function fileText(key: string, params: StepParams = {}, lang: Lang = display().language): string {
  const template = chapterFileMessages[lang][key] ?? chapterFileMessages.fr[key];
  return template === undefined ? key : formatTemplate(template, params, lang);
}

export function chapterTitle(chapter: Named, lang: Lang = display().language): string {
  return chapter.title[lang];
}

/** The chapters screen's button. */
export function chapterLabel(chapter: Named, done: boolean): string {
  const title = chapterTitle(chapter);
  if (chapter.number === undefined) return fileText(done ? 'chapterFile.done' : 'chapterFile.item', { title });
  return gameText(done ? 'chapters.done' : 'chapters.item', { n: chapter.number, title });
}

/** A sign on the coast. */
export function signLabel(chapter: Named, done: boolean, place: string): string {
  const title = chapterTitle(chapter);
  if (chapter.number === undefined) return fileText(done ? 'chapterFile.enterDone' : 'chapterFile.enter', { title, place });
  return gameText(done ? 'coast.enterDone' : 'coast.enter', { n: chapter.number, title, place });
}

/** Said when the crab reaches a sign. */
export function signHere(chapter: Named): string {
  const title = chapterTitle(chapter);
  return chapter.number === undefined ? fileText('chapterFile.signHere', { title }) : gameText('coast.signHere', { n: chapter.number, title });
}

export function endTitle(chapter: Named): string {
  return chapter.number === undefined ? fileText('chapterFile.endTitle', { title: chapterTitle(chapter) }) : gameText('dialogue.endTitle', { n: chapter.number });
}

/** "Continue — chapter 3", or "Continue — “My chapter”"; plain "Continue" when the chapter is not known. */
export function continueLabel(chapter: Named | undefined): string {
  if (!chapter) return gameText('title.continue');
  return chapter.number === undefined ? fileText('chapterFile.continueWhere', { title: chapterTitle(chapter) }) : gameText('title.continueWhere', { n: chapter.number });
}

/** The confirmation before a new run replaces the one in progress. */
export function replaceBody(chapter: Named | undefined): string {
  if (chapter?.number === undefined && chapter) return fileText('chapterFile.replaceBody', { title: chapterTitle(chapter) });
  return gameText('title.newGame.body', { n: chapter?.number ?? 1 });
}
