/**
 * A chapter's end in the dialogue: the run is closed (the chapter counts as finished), then the
 * end menu offers the ways on the story's `endChoices` gives: the next chapter after one of the
 * game's own, the coast, the title.
 */
import type Phaser from 'phaser';
import { endChoices } from '../../present/flow/story.ts';
import { findChapter, type ChapterFile } from '../flow/chapters.ts';
import { openChapterScene } from '../flow/follow.ts';
import { switchTo } from '../flow/navigate.ts';
import { finishPlay } from '../flow/play.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { endTitle } from '../ui/chapter-labels.ts';
import type { MenuPanel } from '../ui/menu-panel.ts';
import { openEndMenu } from '../ui/pause-menu.ts';
import { probe } from '../../probe.ts';

/** `text`: the end's own words (empty when it has none); `ending`: which ending was reached. */
export async function showChapterEnd(
  scene: Phaser.Scene,
  chapter: ChapterFile,
  text: string,
  ending: string | undefined,
): Promise<MenuPanel> {
  await finishPlay(ending);
  const choices = endChoices(chapter);
  const next = choices.next !== undefined ? await findChapter({ number: choices.next }) : undefined;
  probe.set(BodyData.ready, 'end');
  return openEndMenu(scene, endTitle(chapter), text, {
    ...(next ? { next: () => void openChapterScene(scene.game, { id: next.id }, { fresh: true }) } : {}),
    coast: () => void switchTo(scene.game, SceneKey.Coast, {}),
    title: () => void switchTo(scene.game, SceneKey.Title, {}),
  });
}
