/**
 * Where the canvas's texts are, in the page's CSS pixels: the browser tests measure the laid-out
 * board, comparison and counts with it (a canvas has no DOM boxes to ask). Read-only; nothing in
 * the game depends on it. `window.crustacesTextBoxes()` returns the list (see main.ts).
 */
import Phaser from 'phaser';

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
  const toPage = (r: BoxRect): BoxRect => ({
    x: canvas.left + r.x * k,
    y: canvas.top + r.y * k,
    w: r.w * k,
    h: r.h * k,
  });
  const boxes: TextBox[] = [];
  for (const scene of game.scene.getScenes(true)) {
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
        ...toPage({ x: b.x, y: b.y, w: b.width, h: b.height }),
        fontPx: Number.parseFloat(String(text.style.fontSize)) * matrix.scaleY * k,
        control: text.parentContainer !== null && 'control' in text.parentContainer,
        name: text.name,
        colour: String(text.style.color),
        depth: outer.depth,
        lines: text.getWrappedText(),
        ...(within ? { within: toPage(within) } : {}),
      });
    }
  }
  return boxes;
}
