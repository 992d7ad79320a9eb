/**
 * Every screen has one level-one heading, inside the page's one <main> (index.html): the game's
 * name and the screen's, kept up to date as scenes change (on-screen.ts) and as the
 * language changes. It is visually hidden (the canvas shows the screen's own title). A screen
 * whose HTML layer brings its own <h1> (the classroom's cards) keeps only that one: this one
 * then steps aside, so there is never more than one.
 */
import { SceneKey } from '../keys.ts';
import { onSceneShown, sceneOnScreen } from '../on-screen.ts';
import { display, onDisplayChange } from '../ui/display.ts';
import { t } from '../../i18n/first-screen.ts';

/** The screen's name by scene (the title screen is the game's name alone). */
const SCREEN_NAMES: Readonly<Record<string, () => string>> = {
  [SceneKey.Preload]: () => t('screen.loading'),
  [SceneKey.Coast]: () => t('screen.coast'),
  [SceneKey.Dialogue]: () => t('screen.dialogue'),
  [SceneKey.Election]: () => t('screen.election'),
  [SceneKey.Count]: () => t('screen.count'),
  [SceneKey.Results]: () => t('screen.results'),
  [SceneKey.Chapters]: () => t('title.chapters'),
  [SceneKey.Sandbox]: () => t('title.sandbox'),
  [SceneKey.Settings]: () => t('title.settings'),
  [SceneKey.Credits]: () => t('title.credits'),
  [SceneKey.Classroom]: () => t('title.classroom'),
  [SceneKey.ClassroomVote]: () => t('title.classroom'),
  [SceneKey.ClassroomResults]: () => t('title.classroom'),
  [SceneKey.ClassroomLesson]: () => t('title.classroom'),
  [SceneKey.ClassroomLive]: () => t('title.classroom'),
};

function screenHeading(scene: string | undefined): string {
  const name = t('title.name', {}, display().language);
  const screen = scene ? SCREEN_NAMES[scene]?.() : undefined;
  return screen ? `${name} — ${screen}` : name;
}

/** Another visible <h1> on the page (a classroom card's): ours then steps aside. */
function otherHeading(ours: HTMLElement): boolean {
  return [...document.querySelectorAll('h1')].some((h) => h !== ours && h.getClientRects().length > 0);
}

export function startScreenHeading(): void {
  const heading = document.getElementById('screen-title');
  if (!heading) return;
  const update = (): void => {
    const text = screenHeading(sceneOnScreen());
    if (heading.textContent !== text) heading.textContent = text;
    const hide = otherHeading(heading);
    if (heading.hidden !== hide) heading.hidden = hide;
  };
  onSceneShown(update);
  // HTML layers coming and going (a classroom card with its own heading).
  new MutationObserver(update).observe(document.body, {
    attributes: true,
    attributeFilter: ['hidden'],
    childList: true,
    subtree: true,
  });
  onDisplayChange(update);
  update();
}
