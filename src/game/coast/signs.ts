/**
 * One sign per chapter on the coast, where the chapter's own metadata puts it (`coast` in its
 * file); several at one place stand side by side, a finger's size apart on a touch screen.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/first-screen.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import type { ChapterFile } from '../flow/chapters.ts';
import { signLabel } from '../ui/chapter-labels.ts';
import { Sign } from '../ui/sign.ts';
import { touchHitSize } from '../ui/touch.ts';
import type { Box } from '../../present/flow/coast-crowd.ts';

export interface ChapterSign {
  readonly chapter: ChapterFile;
  readonly place: CoastPlace;
  readonly sign: Sign;
}

export function placeSigns(
  scene: Phaser.Scene,
  list: readonly ChapterFile[],
  done: ReadonlySet<string>,
  at: (place: CoastPlace) => { x: number; y: number },
  enter: (chapter: ChapterFile, place: CoastPlace) => void,
  focused: (place: CoastPlace) => void = () => {},
): ChapterSign[] {
  const byPlace = new Map<CoastPlace, number>();
  return list.map((chapter) => {
    const place = chapter.coast;
    const k = byPlace.get(place) ?? 0;
    byPlace.set(place, k + 1);
    const spot = at(place);
    const label = signLabel(chapter, done.has(chapter.id), t(`coast.place.${place}`));
    // The game's chapters keep their number's hook; a file's chapter is found by its id.
    const id =
      chapter.origin === 'game' && chapter.number !== undefined
        ? `coast.chapter.${chapter.number}`
        : `coast.chapter.${chapter.id}`;
    const sign = new Sign(scene, {
      // Side by side, a finger's size apart on a touch screen (their hit areas never meet).
      // The first one's hit area starts on the screen (the lagoon lies near the left edge upright).
      x: signsLeft(spot.x, touchHitSize(scene.scale)) + k * Math.max(50, touchHitSize(scene.scale)),
      y: spot.y - 6,
      number: chapter.number ?? '★',
      done: done.has(chapter.id),
      label,
      id,
      onActivate: () => enter(chapter, place),
      onFocus: () => focused(place),
    });
    sign.setDepth(5);
    return { chapter, place, sign };
  });
}

/** What a sign covers: its board with the focus ring, or its finger-sized hit area on touch (held around (0, −21)). */
export function signBox(sign: Sign, reach: number): Box {
  const w = Math.max(60, reach);
  const h = Math.max(78, reach);
  return { x: sign.x - w / 2, y: sign.y - 21 - h / 2, w, h };
}

/** Where a place's first sign stands: left of the place, but its finger-sized hit area on the screen. */
function signsLeft(placeX: number, reach: number): number {
  return Math.max(Math.max(60, reach) / 2 + 2, placeX - 58);
}
