/**
 * How a chapter is named on screen, from its own metadata: "3. The first vote" for a numbered
 * chapter (the game's wording), the title alone for a chapter a teacher wrote without a number.
 */
import type { Lang } from '../../i18n/format.ts';
import type { ChapterMeta } from '../../scenario/chapter-meta.ts';
import { display } from './display.ts';
import { touchDevice } from './touch.ts';
import { t } from '../../i18n/first-screen.ts';

type Named = Pick<ChapterMeta, 'title' | 'number'>;

export function chapterTitle(chapter: Named, lang: Lang = display().language): string {
  return chapter.title[lang];
}

/** The chapters screen's button. */
export function chapterLabel(chapter: Named, done: boolean): string {
  const title = chapterTitle(chapter);
  if (chapter.number === undefined) return t(done ? 'chapterFile.done' : 'chapterFile.item', { title });
  return t(done ? 'chapters.done' : 'chapters.item', { n: chapter.number, title });
}

/** A sign on the coast. */
export function signLabel(chapter: Named, done: boolean, place: string): string {
  const title = chapterTitle(chapter);
  if (chapter.number === undefined) return t(done ? 'chapterFile.enterDone' : 'chapterFile.enter', { title, place });
  return t(done ? 'coast.enterDone' : 'coast.enter', { n: chapter.number, title, place });
}

/** Said when the crab reaches a sign. */
export function signHere(chapter: Named): string {
  const title = chapterTitle(chapter);
  // A touch screen says what to touch, never which key to press.
  const touch = touchDevice();
  return chapter.number === undefined
    ? t(touch ? 'chapterFile.signHere.touch' : 'chapterFile.signHere', { title })
    : t(touch ? 'coast.signHere.touch' : 'coast.signHere', { n: chapter.number, title });
}

export function endTitle(chapter: Named): string {
  return chapter.number === undefined
    ? t('chapterFile.endTitle', { title: chapterTitle(chapter) })
    : t('dialogue.endTitle', { n: chapter.number });
}

/** The confirmation before a new run replaces the one in progress. */
export function replaceBody(chapter: Named | undefined): string {
  if (chapter?.number === undefined && chapter) return t('chapterFile.replaceBody', { title: chapterTitle(chapter) });
  return t('title.newGame.body', { n: chapter?.number ?? 1 });
}
