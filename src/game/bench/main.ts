/**
 * The election bench page (bench/election.html): boots Phaser with only the Election, Count and
 * Results scenes and hands them an election, so the count screens can be tried, tested and
 * timed without the rest of the game.
 *
 *   ?voters=300                        N synthetic voters (frame-rate bench)
 *   ?scenario=chapter-9-real-election&election=project-all[&all=1]
 *                                      a shipped scenario's election (all=1: every method)
 *   &renderer=webgl|canvas  &lang=fr|en  &scene=election|count|results  &method=irv
 *   &motion=reduced  &text=normal|large|larger  &portrait=1
 */
import { chooseRenderer } from '../renderer.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import Phaser from 'phaser';
import type { Lang } from '../../i18n/format.ts';
import type { MethodId } from '../../voting/method.ts';
import { SceneKey } from '../keys.ts';
import { CountScene } from '../scenes/CountScene.ts';
import { ElectionScene } from '../scenes/ElectionScene.ts';
import { ResultsScene } from '../scenes/ResultsScene.ts';
import { setDisplay } from '../ui/display.ts';
import { LANDSCAPE, PORTRAIT } from '../ui/layout.ts';
import { followScreenForText } from '../ui/screen-text.ts';
import { FontFaces, type TextSize } from '../ui/theme.ts';
import { scenarioElection, scenarioOf, syntheticScenario, type BenchElection } from '../../present/bench/election.ts';
import { probe } from '../../probe.ts';
import { textBoxes } from '../ui/text-boxes.ts';
import { hitAreas } from '../ui/hit-areas.ts';

const scenarioFiles = import.meta.glob<string>('../../../scenarios/*.json', { query: '?raw', import: 'default' });

/** Where the results lead in the bench: a blank stage that says the player left. */
class BenchEndScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }
  create(): void {
    probe.set('scene', 'bench-end');
  }
}

async function election(params: URLSearchParams): Promise<BenchElection> {
  const name = params.get('scenario');
  if (name) {
    const load = scenarioFiles[`../../../scenarios/${name}.json`];
    if (!load) throw new Error(`unknown scenario ${name}`);
    return scenarioElection(scenarioOf(await load()), params.get('election') ?? '', params.get('all') === '1');
  }
  const voters = Number(params.get('voters') ?? 300);
  return scenarioElection(scenarioOf(syntheticScenario(Number.isFinite(voters) ? voters : 300)), 'crowd-vote');
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'fr';
  const text = (params.get('text') ?? 'normal') as TextSize;
  setDisplay({
    language: lang,
    textSize: ['normal', 'large', 'larger'].includes(text) ? text : 'normal',
    textSpeed: 'normal',
    reducedMotion: params.get('motion') === 'reduced',
  });
  // Our fonts first, as the game's Preload does: canvas text drawn before them would keep a fallback.
  await Promise.all(FontFaces.map((face) => document.fonts.load(face))).catch(() => undefined);
  const { scenario, entry } = await election(params);
  // As in the game (main.ts): a small screen raises the text size.
  const surface = params.get('portrait') === '1' ? PORTRAIT : LANDSCAPE;
  followScreenForText(surface);
  const renderer = chooseRenderer(location.search) === 'canvas' ? Phaser.CANVAS : Phaser.WEBGL;
  const game = new Phaser.Game({
    type: renderer,
    parent: 'game',
    ...surface,
    backgroundColor: '#12324a',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    input: { keyboard: { capture: [] } },
    scene: [BenchEndScene, ElectionScene, CountScene, ResultsScene],
  });
  const data = { entry, scenario, lang, returnTo: SceneKey.Title };
  const start = params.get('scene');
  const method = (params.get('method') ?? entry.counted.counts[0]?.method) as MethodId;
  game.events.once(Phaser.Core.Events.READY, () => {
    game.scene.stop(SceneKey.Title);
    if (start === 'count') game.scene.start(SceneKey.Count, { ...data, method });
    else if (start === 'results') game.scene.start(SceneKey.Results, data);
    else game.scene.start(SceneKey.Election, data);
    probe.set('renderer', game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas');
  });
  // For the frame-rate bench: the game loop's own measure.
  (window as unknown as { benchFps: () => number }).benchFps = () => game.loop.actualFps;
  // The layout tests measure the count scenes' texts here as in the game (see main.ts).
  (window as unknown as { crustacesTextBoxes: () => unknown }).crustacesTextBoxes = () => textBoxes(game);
  // …and the touch-target test their hit areas.
  (window as unknown as { crustacesHitAreas: () => unknown }).crustacesHitAreas = () => hitAreas(game);
}

void main();
