/**
 * Where a finger can press on the canvas, in the page's CSS pixels: the browser tests check that
 * every control's hit area is large enough on a phone and that no two overlap (a canvas has no
 * DOM boxes to ask). Read-only; nothing in the game depends on it. `window.crustacesHitAreas()`
 * returns the list (see main.ts).
 *
 * Only what a press can reach is listed: scenes are read from the top one down, and a scene with
 * a backdrop (an input-catching veil or tap-anywhere zone as large as the frame) hides the
 * scenes under it, as Phaser's top-only input does.
 */
import Phaser from 'phaser';
import type { BoxRect } from './text-boxes.ts';

export interface HitArea extends BoxRect {
  readonly scene: string;
  /** The control's test id (`data-control` of its DOM twin), or its label, or its object type. */
  readonly name: string;
  /** In a scene taller than the frame, whose camera scrolls (it may lie beyond the screen's edge). */
  readonly scrolls?: boolean;
}

/** Whether the scene's camera scrolls over content taller than the frame (ui/scroll-view.ts). */
export function cameraScrolls(camera: Phaser.Cameras.Scene2D.Camera): boolean {
  return camera.useBounds && camera.getBounds().height > camera.height + 1;
}

type Pressable = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.Transform &
  Phaser.GameObjects.Components.Visible & { displayOriginX?: number; displayOriginY?: number };

function shown(object: Pressable): boolean {
  if (!object.visible) return false;
  for (let o = object.parentContainer; o; o = o.parentContainer) if (!o.visible) return false;
  return true;
}

function collect(list: readonly Phaser.GameObjects.GameObject[], out: Pressable[]): void {
  for (const object of list) {
    if (object.input?.enabled) out.push(object as Pressable);
    if (object instanceof Phaser.GameObjects.Container) collect(object.list, out);
  }
}

/** The object's hit rectangle in the scene's world (its hit area is held from its top-left corner). */
function worldRect(object: Pressable): BoxRect | undefined {
  const area = object.input?.hitArea as Phaser.Geom.Rectangle | undefined;
  if (!area || typeof area.width !== 'number') return undefined;
  const ox = object.displayOriginX ?? 0;
  const oy = object.displayOriginY ?? 0;
  const m = object.getWorldTransformMatrix();
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [area.x, area.y],
    [area.x + area.width, area.y],
    [area.x, area.y + area.height],
    [area.x + area.width, area.y + area.height],
  ]) {
    const p = m.transformPoint(x - ox, y - oy);
    xs.push(p.x);
    ys.push(p.y);
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

function nameOf(object: Pressable): string {
  const control = (object as { control?: { element?: HTMLElement } }).control?.element;
  return control?.dataset.control ?? control?.textContent ?? object.type;
}

export function hitAreas(game: Phaser.Game): HitArea[] {
  const canvas = game.canvas.getBoundingClientRect();
  const k = canvas.width / game.scale.width;
  const areas: HitArea[] = [];
  const scenes = game.scene.getScenes(true, true); // the top scene first
  for (const scene of scenes) {
    if (!scene.input?.enabled) continue;
    const objects: Pressable[] = [];
    collect(scene.children.list, objects);
    let backdrop = false;
    const camera = scene.cameras.main;
    for (const object of objects) {
      if (!shown(object)) continue;
      const r = worldRect(object);
      if (!r) continue;
      if (r.x <= 0 && r.y <= 0 && r.x + r.w >= game.scale.width && r.y + r.h >= game.scale.height) {
        backdrop = true;
        continue;
      }
      areas.push({
        scene: scene.scene.key,
        name: nameOf(object),
        x: canvas.left + (r.x - camera.scrollX) * k,
        y: canvas.top + (r.y - camera.scrollY) * k,
        w: r.w * k,
        h: r.h * k,
        ...(cameraScrolls(camera) ? { scrolls: true } : {}),
      });
    }
    if (backdrop) break;
  }
  return areas;
}
