/**
 * Scenes that are not needed for the title screen are loaded on first use: main.ts registers a
 * loader for each, and `goTo` makes sure a scene exists before starting it. The count scenes
 * (Election, Count, Results) come as one group, since they start one another.
 */
import type Phaser from 'phaser';
import type { SceneKey } from '../keys.ts';

type SceneLoader = () => Promise<Phaser.Types.Scenes.SceneType>;

const loaders = new Map<SceneKey, SceneLoader>();
const groups = new Map<SceneKey, readonly SceneKey[]>();

export function registerScene(key: SceneKey, loader: SceneLoader, group: readonly SceneKey[] = [key]): void {
  loaders.set(key, loader);
  groups.set(key, group);
}

/** Adds the scene (and its group) to the game if needed; false when no such scene is built. */
export async function ensureScene(game: Phaser.Game, key: SceneKey): Promise<boolean> {
  const wanted = groups.get(key) ?? [key];
  for (const k of wanted) {
    if (game.scene.getScene(k)) continue;
    const loader = loaders.get(k);
    if (!loader) return false;
    const scene = await loader();
    if (!game.scene.getScene(k)) game.scene.add(k, scene, false);
  }
  return game.scene.getScene(key) !== null;
}

/** Stops `from` and starts `key` (loading it first when needed). */
export async function goTo(from: Phaser.Scene, key: SceneKey, data?: object): Promise<void> {
  if (!(await ensureScene(from.game, key))) throw new Error(`scene ${key} is not available`);
  from.scene.start(key, data);
}

/** Stops whatever is on screen (overlays included) and starts `key`: for deep links and "back to title". */
export async function switchTo(game: Phaser.Game, key: SceneKey, data?: object): Promise<void> {
  if (!(await ensureScene(game, key))) throw new Error(`scene ${key} is not available`);
  for (const scene of game.scene.getScenes(false)) {
    const k = scene.sys.settings.key;
    if (k !== key && (scene.sys.isActive() || scene.sys.isPaused() || scene.sys.isSleeping())) game.scene.stop(k);
  }
  if (game.scene.isActive(key) || game.scene.isPaused(key)) game.scene.stop(key);
  game.scene.start(key, data);
}
