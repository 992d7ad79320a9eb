/**
 * What a finger meets on one screen of the game, measured in the page's CSS pixels, for the phone
 * layout tests: the canvas's controls (window.crustacesHitAreas: Phaser's own hit rectangles) and
 * the HTML cards' controls (a ballot card, a list). Each must be at least 44 × 44, inside the
 * screen (an HTML control may instead be inside its card when the card scrolls: it is reached by
 * scrolling its own panel), and no two may overlap; the cards' text is at least 12 px, and so is
 * the canvas's (canvasTextProblems), whose texts stay on screen and apart.
 */
import type { Page } from 'playwright-core';
import { boxProblems, overlap, type Box, type Rect } from './layout-checks.ts';

const MIN_TARGET = 44;
const MIN_TEXT = 12;
/** Where a modal menu's veil lies (ui/menu-panel.ts). */
const MODAL_DEPTH = 900;

interface Target extends Rect {
  readonly name: string;
  /** Inside a card that scrolls (then it may lie below the screen's edge). */
  readonly scrolls?: boolean;
}

async function targets(page: Page): Promise<{ canvas: Target[]; cards: Target[]; smallText: string[] }> {
  const canvas = await page.evaluate(() =>
    (window as unknown as { crustacesHitAreas: () => Target[] }).crustacesHitAreas(),
  );
  const dom = await page.evaluate(
    ({ minText }) => {
      const cards = [...document.querySelectorAll<HTMLElement>('.cr-layer:not([hidden]) .cr-card')];
      const cardTargets = cards.flatMap((card) => {
        const scrolls =
          card.scrollHeight > card.clientHeight + 1 ||
          [...card.querySelectorAll<HTMLElement>('*')].some(
            (e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY === 'auto',
          );
        // Buttons, and the labels that hold a radio or a checkbox (the label is what a finger presses).
        return [
          ...card.querySelectorAll<HTMLElement>(
            'button, select, label:has(input[type=radio]), label:has(input[type=checkbox])',
          ),
        ]
          .filter((e) => e.offsetParent !== null && !e.closest('label:has(input) button'))
          .map((e) => {
            const r = e.getBoundingClientRect();
            const name = e.dataset.control ?? e.dataset.action ?? e.dataset.key ?? (e.textContent ?? '').slice(0, 30);
            return { name, x: r.x, y: r.y, w: r.width, h: r.height, scrolls };
          });
      });
      const smallText = cards.flatMap((card) =>
        [...card.querySelectorAll<HTMLElement>('*')]
          .filter(
            (e) =>
              e.offsetParent !== null &&
              [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '') &&
              Number.parseFloat(getComputedStyle(e).fontSize) < minText,
          )
          .map((e) => `${(e.textContent ?? '').slice(0, 30)} (${getComputedStyle(e).fontSize})`),
      );
      return { cardTargets, smallText };
    },
    { minText: MIN_TEXT },
  );
  return { canvas, cards: dom.cardTargets, smallText: dom.smallText };
}

/** What is wrong on this screen for a finger, in words (empty when nothing is). */
export async function fingerProblems(page: Page): Promise<{ problems: string[]; controls: number }> {
  const { canvas, cards, smallText } = await targets(page);
  const view = page.viewportSize()!;
  const problems: string[] = [];
  const say = (t: Target) => `${t.name} ${t.w.toFixed(0)}×${t.h.toFixed(0)} at ${t.x.toFixed(0)},${t.y.toFixed(0)}`;
  for (const t of [...canvas, ...cards]) {
    if (t.w < MIN_TARGET - 0.5 || t.h < MIN_TARGET - 0.5) problems.push(`too small: ${say(t)}`);
    const across = t.x >= -0.5 && t.x + t.w <= view.width + 0.5;
    const down = t.y >= -0.5 && t.y + t.h <= view.height + 0.5;
    if (!across || (!down && !t.scrolls)) problems.push(`off the screen: ${say(t)}`);
  }
  // Two controls of the same layer never overlap (an HTML card lies over the canvas: a finger on it
  // meets the card's control, not the canvas's below).
  for (const list of [canvas, cards])
    for (let i = 0; i < list.length; i++)
      for (const b of list.slice(i + 1))
        if (overlap(list[i], b) > 0) problems.push(`overlap: ${say(list[i])} and ${say(b)}`);
  for (const s of smallText) problems.push(`small text: ${s}`);
  return { problems, controls: canvas.length + cards.length };
}

/**
 * The canvas's texts on this screen: each at least 12 CSS px, inside the screen, and none over
 * another. Only the scenes on top are measured: a menu opened over a screen hides it under a veil
 * (`under` names the scenes left below).
 */
export async function canvasTextProblems(page: Page, under: readonly string[] = []): Promise<string[]> {
  const boxes = await page.evaluate(() =>
    (window as unknown as { crustacesTextBoxes: () => (Box & { depth: number })[] }).crustacesTextBoxes(),
  );
  const shown = boxes.filter((b) => !under.includes(b.scene ?? ''));
  if (shown.length === 0) return ['no canvas text on screen'];
  // Scene by scene: a scene drawn over another (a hint band, a menu) hides what it covers.
  const scenes = [...new Set(shown.map((b) => b.scene ?? ''))];
  return scenes.flatMap((scene) => {
    const here = shown.filter((b) => (b.scene ?? '') === scene);
    // A modal menu (menu-panel.ts: depth 900 and above) veils the rest of its scene.
    const modal = here.filter((b) => b.depth >= MODAL_DEPTH);
    return boxProblems(modal.length > 0 ? modal : here, page.viewportSize()!, { minFont: MIN_TEXT }).map(
      (p) => `canvas text (${scene}): ${p}`,
    );
  });
}

/** Touches a canvas control by its name (its DOM twin's data-control). */
export async function touch(page: Page, name: string): Promise<void> {
  const areas = await page.evaluate(() =>
    (
      window as unknown as { crustacesHitAreas: () => { name: string; x: number; y: number; w: number; h: number }[] }
    ).crustacesHitAreas(),
  );
  const a = areas.find((x) => x.name === name);
  if (!a) throw new Error(`${name} is not on screen (${areas.map((x) => x.name).join(', ')})`);
  await page.touchscreen.tap(a.x + a.w / 2, a.y + a.h / 2);
}

/** A finger's drag on the screen, from a point and by `dy` CSS px (through Chromium's touch events). */
export async function touchDrag(page: Page, from: { x: number; y: number }, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (y: number) => [{ x: from.x, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from.y) });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(from.y + (dy * i) / 10) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The hit areas of one scene's controls, by name. */
export async function sceneControls(page: Page, scene: string): Promise<Map<string, Target>> {
  const areas = await page.evaluate(() =>
    (window as unknown as { crustacesHitAreas: () => (Target & { scene: string })[] }).crustacesHitAreas(),
  );
  return new Map(areas.filter((a) => a.scene === scene).map((a) => [a.name, a]));
}

/** Whether a control's whole hit area lies on the screen. */
export function onScreen(page: Page, area: Rect | undefined): boolean {
  const view = page.viewportSize()!;
  return (
    !!area &&
    area.x >= -0.5 &&
    area.y >= -0.5 &&
    area.x + area.w <= view.width + 0.5 &&
    area.y + area.h <= view.height + 0.5
  );
}
