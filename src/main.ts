/**
 * Builds the game: configuration and the scene list, nothing else. Only Boot, Preload and Title
 * are in the first download; every other scene is registered here and loaded when first needed.
 */
// First: the error card's listener, in a chunk of its own that runs before Phaser's (vite.config.ts).
import './guard.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import Phaser from 'phaser';
import { installChapterDrop } from './game/flow/chapter-drop.ts';
import { startEarlyLoads } from './game/flow/early.ts';
import { followAddress } from './game/flow/follow.ts';
import { registerScene } from './game/flow/navigate.ts';
import { startScreenHeading } from './game/a11y/screen-heading.ts';
import { GameEvent, Mark, SceneKey } from './game/keys.ts';
import { BootScene } from './game/scenes/BootScene.ts';
import { PreloadScene } from './game/scenes/PreloadScene.ts';
import { TitleScene } from './game/scenes/TitleScene.ts';
import { gameSize } from './game/ui/layout.ts';
import { followScreenForText } from './game/ui/screen-text.ts';
import { chooseRenderer } from './game/renderer.ts';
import { textBoxes } from './game/ui/text-boxes.ts';
import { hitAreas } from './game/ui/hit-areas.ts';
import { probe } from './probe.ts';

performance.mark(Mark.main);

registerScene(SceneKey.Coast, () => import('./game/scenes/CoastScene.ts').then((m) => m.CoastScene));
registerScene(SceneKey.Dialogue, () => import('./game/scenes/DialogueScene.ts').then((m) => m.DialogueScene));
registerScene(SceneKey.Settings, () => import('./game/scenes/SettingsScene.ts').then((m) => m.SettingsScene));
registerScene(SceneKey.Credits, () => import('./game/scenes/CreditsScene.ts').then((m) => m.CreditsScene));
registerScene(SceneKey.Chapters, () => import('./game/scenes/ChaptersScene.ts').then((m) => m.ChaptersScene));
registerScene(SceneKey.Sandbox, () => import('./game/scenes/SandboxScene.ts').then((m) => m.SandboxScene));

// The count scenes (one group: they start one another).
const countGroup = [SceneKey.Election, SceneKey.Count, SceneKey.Results];
registerScene(
  SceneKey.Election,
  () => import('./game/scenes/ElectionScene.ts').then((m) => m.ElectionScene),
  countGroup,
);
registerScene(SceneKey.Count, () => import('./game/scenes/CountScene.ts').then((m) => m.CountScene), countGroup);
registerScene(SceneKey.Results, () => import('./game/scenes/ResultsScene.ts').then((m) => m.ResultsScene), countGroup);

// The classroom tools (one group: they start one another).
const classroomGroup = [
  SceneKey.Classroom,
  SceneKey.ClassroomVote,
  SceneKey.ClassroomResults,
  SceneKey.ClassroomLesson,
  SceneKey.ClassroomLive,
];
registerScene(
  SceneKey.Classroom,
  () => import('./game/scenes/ClassroomScene.ts').then((m) => m.ClassroomScene),
  classroomGroup,
);
registerScene(
  SceneKey.ClassroomVote,
  () => import('./game/scenes/ClassroomVoteScene.ts').then((m) => m.ClassroomVoteScene),
  classroomGroup,
);
registerScene(
  SceneKey.ClassroomResults,
  () => import('./game/scenes/ClassroomResultsScene.ts').then((m) => m.ClassroomResultsScene),
  classroomGroup,
);
registerScene(
  SceneKey.ClassroomLesson,
  () => import('./game/scenes/ClassroomLessonScene.ts').then((m) => m.ClassroomLessonScene),
  classroomGroup,
);
registerScene(
  SceneKey.ClassroomLive,
  () => import('./game/scenes/ClassroomLiveScene.ts').then((m) => m.ClassroomLiveScene),
  classroomGroup,
);

// One <h1> naming the screen, kept up to date (screen readers find where they are).
startScreenHeading();

// Fonts and the title's background start loading while Phaser is parsed and boots.
startEarlyLoads();

// A small screen raises the text size (ui/screen-text.ts) before the first screen is drawn.
const surface = gameSize();
followScreenForText(surface);

// WebGL on a GPU, Canvas where WebGL would be drawn in software; `?renderer=` forces one.
const game = new Phaser.Game({
  type: chooseRenderer(location.search) === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
  parent: 'game',
  ...surface,
  backgroundColor: '#12324a',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  // The keyboard stays with the page: Tab, Enter and Space must reach the a11y layer's buttons.
  input: { keyboard: { capture: [] } },
  scene: [BootScene, PreloadScene, TitleScene],
});

performance.mark(Mark.gameCreated);
game.events.once(Phaser.Core.Events.READY, () =>
  probe.set('renderer', game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas'),
);

// Offline play is set up once the first screen is interactive: it must not delay the title.
game.events.once(GameEvent.firstScreen, () => void import('./game/classroom/offline.ts').then((m) => m.startOffline()));

// A chapter file dropped on the game is opened and played (Chapters → "Open a chapter file…" does the same).
installChapterDrop(game);
// For the browser tests: where the canvas's texts are laid out (ui/text-boxes.ts).
(window as unknown as { crustacesTextBoxes: () => unknown }).crustacesTextBoxes = () => textBoxes(game);
// …and where a finger can press (ui/hit-areas.ts).
(window as unknown as { crustacesHitAreas: () => unknown }).crustacesHitAreas = () => hitAreas(game);

// A hash typed or pasted while playing: followed once the first screen is up (before that, the
// Preload scene reads the address itself); one that leads nowhere brings the title and says so.
let started = false;
game.events.once(GameEvent.firstScreen, () => (started = true));
window.addEventListener('hashchange', () => {
  if (started) void followAddress(game, location.hash);
});
