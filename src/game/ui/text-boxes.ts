/**
 * Where the canvas's texts are, in the page's CSS pixels: the browser tests measure the laid-out
 * board, comparison and counts with it (a canvas has no DOM boxes to ask). Read-only; nothing in
 * the game depends on it. `window.crustacesTextBoxes()` returns the list (see main.ts).
 */
import Phaser from 'phaser';
import { cameraScrolls } from './hit-areas.ts';

export interface BoxRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface TextBox extends BoxRect {
  readonly scene: string;
  readonly text: string;
  /** The size the text is drawn at on the screen, in CSS pixels. */
  readonly fontPx: number;
  /** A button's caption (a control for whoever drives the screen, not for the room). */
  readonly control: boolean;
  /** The object's name: `pupil` marks a text the room must read from its seats. */
  readonly name: string;
  /** Its colour (CSS), for the projector mode's checks. */
  readonly colour: string;
  /** The lines as drawn, after wrapping (a test checks that a name wraps between words only). */
  readonly lines: readonly string[];
  /** Its depth in its scene (its outermost container's): a modal menu's texts lie at 900 and above. */
  readonly depth: number;
  /** The box the text must stay inside, when its drawer said (`setData('within', rect)`). */
  readonly within?: BoxRect;
  /** In a scene whose camera scrolls (ui/scroll-view.ts): it may lie above or below the screen. */
  readonly scrolls?: boolean;
}

/** A text is drawn only when it and every container above it are visible. */
function shown(text: Phaser.GameObjects.Text): boolean {
  if (!text.visible || text.alpha === 0) return false;
  for (let o = text.parentContainer; o; o = o.parentContainer) {
    if (!o.visible || o.alpha === 0) return false;
  }
  return true;
}

function collect(list: readonly Phaser.GameObjects.GameObject[], out: Phaser.GameObjects.Text[]): void {
  for (const object of list) {
    if (object instanceof Phaser.GameObjects.Text) out.push(object);
    else if (object instanceof Phaser.GameObjects.Container) collect(object.list, out);
  }
}

export function textBoxes(game: Phaser.Game): TextBox[] {
  const canvas = game.canvas.getBoundingClientRect();
  const k = canvas.width / game.scale.width;
  const boxes: TextBox[] = [];
  for (const scene of game.scene.getScenes(true)) {
    // Where the scene's camera looks (a scrolled scene); texts that stay put on screen ignore it.
    const camera = scene.cameras.main;
    const scrolls = cameraScrolls(camera);
    const toPage = (r: BoxRect, fixed = false): BoxRect => ({
      x: canvas.left + (r.x - (fixed ? 0 : camera.scrollX)) * k,
      y: canvas.top + (r.y - (fixed ? 0 : camera.scrollY)) * k,
      w: r.w * k,
      h: r.h * k,
    });
    const texts: Phaser.GameObjects.Text[] = [];
    collect(scene.children.list, texts);
    for (const text of texts) {
      if (!shown(text) || text.text.trim() === '') continue;
      const b = text.getBounds();
      const matrix = text.getWorldTransformMatrix();
      const within = text.getData('within') as BoxRect | undefined;
      let outer: Phaser.GameObjects.GameObject & { depth: number } = text;
      while (outer.parentContainer) outer = outer.parentContainer;
      boxes.push({
        scene: scene.scene.key,
        text: text.text,
        ...toPage({ x: b.x, y: b.y, w: b.width, h: b.height }, text.scrollFactorY === 0),
        fontPx: Number.parseFloat(String(text.style.fontSize)) * matrix.scaleY * k,
        control: text.parentContainer !== null && 'control' in text.parentContainer,
        name: text.name,
        colour: String(text.style.color),
        depth: outer.depth,
        lines: text.getWrappedText(),
        ...(within ? { within: toPage(within) } : {}),
        ...(scrolls ? { scrolls: true } : {}),
      });
    }
  }
  return boxes;
}
