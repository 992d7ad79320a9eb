/**
 * Checks of laid-out boxes, for the layout tests: two sibling texts never overlap, a box stays
 * inside the screen and inside the box it belongs to, nothing scrolls sideways, and text a
 * pupil reads is large enough. Boxes are in CSS pixels (canvas texts come from
 * window.crustacesTextBoxes, DOM boxes from getBoundingClientRect).
 */
import type { Page } from 'playwright-core';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Box extends Rect {
  readonly scene?: string;
  readonly text: string;
  readonly fontPx: number;
  readonly control?: boolean;
  readonly name?: string;
  readonly within?: Rect;
  /** The lines as drawn, after wrapping. */
  readonly lines?: readonly string[];
  /** In a canvas scene that scrolls: it may lie above or below the screen, never beside it. */
  readonly scrolls?: boolean;
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * Names (among `names`) whose wrapping cut a word: each drawn line must be whole words of the
 * name, and the lines together the name's words in order (wrapped between words, or shrunk).
 */
export function cutWords(boxes: readonly Box[], names: readonly string[]): string[] {
  return boxes
    .filter((b) => names.includes(b.text) && b.lines !== undefined)
    .filter((b) => wordsOf(b.lines!.join(' ')).join(' ') !== wordsOf(b.text).join(' '))
    .map((b) => `${short(b.text)} is cut mid-word: ${b.lines!.map((l) => JSON.stringify(l)).join(' / ')}`);
}

/** Half a pixel of slack: antialiased edges and rounding, never a real overlap. */
const SLACK = 0.5;

const short = (s: string) => JSON.stringify(s.length > 30 ? `${s.slice(0, 30)}…` : s);

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - SLACK &&
    inner.y >= outer.y - SLACK &&
    inner.x + inner.w <= outer.x + outer.w + SLACK &&
    inner.y + inner.h <= outer.y + outer.h + SLACK
  );
}

export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > SLACK && h > SLACK ? w * h : 0;
}

/** What is wrong with these boxes, in words (empty when nothing is). */
export function boxProblems(
  boxes: readonly Box[],
  viewport: { width: number; height: number },
  o: { minFont: number },
): string[] {
  const problems: string[] = [];
  const screen = { x: 0, y: 0, w: viewport.width, h: viewport.height };
  boxes.forEach((a, i) => {
    const onScreen = a.scrolls ? inside({ ...a, y: 0, h: 0 }, { ...screen, y: 0, h: 0 }) : inside(a, screen);
    if (!onScreen)
      problems.push(
        `${short(a.text)} leaves the screen (${Math.round(a.x)},${Math.round(a.y)} ${Math.round(a.w)}×${Math.round(a.h)})`,
      );
    if (a.within && !inside(a, a.within)) problems.push(`${short(a.text)} leaves its panel`);
    if (a.fontPx < o.minFont - 0.01)
      problems.push(`${short(a.text)} is ${a.fontPx.toFixed(1)} px (under ${o.minFont})`);
    for (const b of boxes.slice(i + 1))
      if (overlap(a, b) > 0) problems.push(`${short(a.text)} overlaps ${short(b.text)}`);
  });
  return problems;
}

/**
 * The DOM's side: `container` scrolls nowhere sideways and stays on screen; the `texts` inside
 * it do not overlap one another.
 */
export async function domProblems(
  page: Page,
  container: string,
  texts: readonly string[],
  minFont = 0,
): Promise<string[]> {
  const found = await page.evaluate(
    ({ container, texts }) => {
      const card = document.querySelector<HTMLElement>(container);
      if (!card) return { card: null, boxes: [] };
      const r = card.getBoundingClientRect();
      const boxes = texts.flatMap((sel) =>
        [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((e) => e.offsetParent !== null)
          .map((e) => {
            const b = e.getBoundingClientRect();
            return {
              x: b.x,
              y: b.y,
              w: b.width,
              h: b.height,
              text: e.textContent ?? '',
              fontPx: Number.parseFloat(getComputedStyle(e).fontSize),
              sideways: e.scrollWidth > e.clientWidth + 1,
            };
          }),
      );
      return {
        card: {
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
          scrollWidth: card.scrollWidth,
          clientWidth: card.clientWidth,
          pageWide: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        },
        boxes,
      };
    },
    { container, texts },
  );
  if (!found.card) return [`${container} is not on the page`];
  const viewport = page.viewportSize()!;
  const problems: string[] = [];
  if (found.card.scrollWidth > found.card.clientWidth)
    problems.push(`${container} scrolls sideways (${found.card.scrollWidth} > ${found.card.clientWidth})`);
  if (found.card.pageWide) problems.push('the page scrolls sideways');
  if (!inside(found.card, { x: 0, y: 0, w: viewport.width, h: viewport.height }))
    problems.push(`${container} leaves the screen`);
  for (const b of found.boxes) if (b.sideways) problems.push(`${short(b.text)} is cut (scrolls sideways)`);
  problems.push(...boxProblems(found.boxes, viewport, { minFont }).filter((p) => !p.includes('leaves the screen')));
  return problems;
}

/**
 * The texts a bar chart's quota or majority line runs through (its probe `countLine`, in the
 * surface's pixels, mapped to the page's CSS pixels like the texts' boxes); empty with no line.
 */
export async function lineCrossings(page: Page, boxes: readonly Box[]): Promise<string[]> {
  const raw = await page.evaluate(() => document.body.dataset.countLine);
  if (!raw) return [];
  const line = JSON.parse(raw) as { surface: number; x: number; width: number; dashes: [number, number][] };
  const toPage = await surfaceToPage(page, line.surface);
  const problems: string[] = [];
  for (const [a, b] of line.dashes) {
    const dash = toPage({ x: line.x - line.width / 2, y: a, w: line.width, h: b - a });
    for (const t of boxes) if (overlap(dash, t) > 0) problems.push(`the line crosses ${short(t.text)}`);
  }
  return [...new Set(problems)];
}

/**
 * Maps a box in the game surface's pixels (a probe's) to the page's CSS pixels, where the texts'
 * boxes and the hit areas are: the canvas is the surface, `surfaceWidth` wide, scaled to fit.
 */
export async function surfaceToPage(page: Page, surfaceWidth: number): Promise<(r: Rect) => Rect> {
  const canvas = await page.evaluate(() => {
    const r = document.querySelector('#game canvas')!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width };
  });
  const k = canvas.width / surfaceWidth;
  return (r) => ({ x: canvas.left + r.x * k, y: canvas.top + r.y * k, w: r.w * k, h: r.h * k });
}
