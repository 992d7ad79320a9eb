/**
 * Frames for text: buttons and speech bubbles. They are meant for Phaser's NineSlice: the
 * corners (28 px for a button, 40 px for a bubble) stay fixed and the middle stretches, so one texture
 * fits any label length and any text size the player chooses.
 */
import { UI } from '../palette.ts';
import { el, svgDoc } from '../svg.ts';

export const BUTTON_STATES = ['normal', 'hover', 'pressed', 'disabled', 'focus'] as const;
export type ButtonState = (typeof BUTTON_STATES)[number];

export const BUTTON_SIZE = { width: 192, height: 72 } as const;

/**
 * A rounded button with a "lip" underneath (it looks pressable). Focus adds a thick two-colour
 * ring, visible on light and dark backgrounds alike; every state fits the same 192 × 72 box, so
 * swapping the texture never moves the label.
 */
export function buttonSvg(state: ButtonState = 'normal'): string {
  const fills: Record<ButtonState, [string, string]> = {
    normal: [UI.paper, '#d9c4a0'],
    hover: ['#fff1c9', '#e0b65e'],
    pressed: ['#f3e2bb', '#d9c4a0'],
    disabled: ['#e6e1da', '#c9c2b8'],
    focus: [UI.paper, '#d9c4a0'],
  };
  const [face, lip] = fills[state];
  const dy = state === 'pressed' ? 4 : 0;
  const stroke = state === 'disabled' ? '#9b9089' : UI.ink;
  let body = '';
  if (state === 'focus') {
    body += el('rect', { x: 2, y: 2, width: 188, height: 68, rx: 26, fill: 'none', stroke: UI.ink, 'stroke-width': 4 });
    body += el('rect', {
      x: 5,
      y: 5,
      width: 182,
      height: 62,
      rx: 23,
      fill: 'none',
      stroke: UI.focus,
      'stroke-width': 4,
    });
  }
  body += el('rect', { x: 10, y: 14, width: 172, height: 50, rx: 18, fill: lip, stroke, 'stroke-width': 4 });
  body += el('rect', { x: 10, y: 8 + dy, width: 172, height: 50 - dy, rx: 18, fill: face, stroke, 'stroke-width': 4 });
  if (state !== 'disabled')
    body += el('path', {
      d: `M28 ${17 + dy} H164`,
      stroke: '#ffffff',
      'stroke-width': 5,
      'stroke-linecap': 'round',
      'stroke-opacity': 0.7,
    });
  return svgDoc({ width: BUTTON_SIZE.width, height: BUTTON_SIZE.height, body });
}

export const BUBBLE_SIZE = { width: 480, height: 240 } as const;

type BubbleTail = 'left' | 'right' | 'none';

/** A speech bubble (rounded, paper-white) or a thought bubble (cloud edge, trailing dots). */
export function speechBubbleSvg(o: { tail?: BubbleTail; kind?: 'speech' | 'thought' } = {}): string {
  const tail = o.tail ?? 'left';
  const kind = o.kind ?? 'speech';
  const ink = UI.ink;
  const box = { x: 8, y: 8, w: 464, h: tail === 'none' ? 224 : 184 };
  let body = '';
  if (kind === 'speech') {
    body += el('rect', {
      x: box.x + 4,
      y: box.y + 6,
      width: box.w,
      height: box.h,
      rx: 36,
      fill: ink,
      'fill-opacity': 0.14,
    });
    body += el('rect', {
      x: box.x,
      y: box.y,
      width: box.w,
      height: box.h,
      rx: 36,
      fill: UI.paper,
      stroke: ink,
      'stroke-width': 5,
    });
    if (tail !== 'none') {
      const x = tail === 'left' ? 90 : 390;
      const dir = tail === 'left' ? -1 : 1;
      // The tail is drawn over the border, then the border is redrawn under it: one clean outline.
      body += el('path', {
        d: `M${x - 26} ${box.y + box.h - 3} L${x + dir * 40} 234 L${x + 22} ${box.y + box.h - 3}`,
        fill: UI.paper,
        stroke: ink,
        'stroke-width': 5,
        'stroke-linejoin': 'round',
      });
      body += el('path', { d: `M${x - 22} ${box.y + box.h - 3} H${x + 19}`, stroke: UI.paper, 'stroke-width': 7 });
    }
  } else {
    let puffs = '';
    const n = 9;
    for (let i = 0; i <= n; i++) {
      const x = 40 + (i * 400) / n;
      puffs += el('circle', { cx: x, cy: 44, r: 34 }) + el('circle', { cx: x, cy: box.y + box.h - 36, r: 34 });
    }
    puffs +=
      el('circle', { cx: 40, cy: box.y + box.h / 2, r: 40 }) + el('circle', { cx: 440, cy: box.y + box.h / 2, r: 40 });
    body += el('g', { fill: UI.paper, stroke: ink, 'stroke-width': 10 }, puffs);
    body += el('g', { fill: UI.paper }, puffs);
    body += el('rect', { x: 30, y: 30, width: 420, height: box.h - 44, rx: 30, fill: UI.paper });
    if (tail !== 'none') {
      const x = tail === 'left' ? 80 : 400;
      const dir = tail === 'left' ? -1 : 1;
      body += el('circle', { cx: x + dir * 10, cy: 210, r: 11, fill: UI.paper, stroke: ink, 'stroke-width': 4 });
      body += el('circle', { cx: x + dir * 30, cy: 230, r: 6, fill: UI.paper, stroke: ink, 'stroke-width': 3 });
    }
  }
  return svgDoc({ width: BUBBLE_SIZE.width, height: BUBBLE_SIZE.height, body });
}

/** A plain panel for menus and result cards (its corners, like the bubbles', 40 px). */
export function panelSvg(tone: 'paper' | 'sea' = 'paper'): string {
  const fill = tone === 'paper' ? UI.paper : UI.deepSea;
  const edge = tone === 'paper' ? UI.ink : '#0f2c3d';
  const body =
    el('rect', { x: 10, y: 12, width: 300, height: 200, rx: 32, fill: UI.ink, 'fill-opacity': 0.16 }) +
    el('rect', { x: 6, y: 6, width: 300, height: 200, rx: 32, fill, stroke: edge, 'stroke-width': 5 }) +
    el('rect', {
      x: 18,
      y: 18,
      width: 276,
      height: 176,
      rx: 24,
      fill: 'none',
      stroke: tone === 'paper' ? UI.paperShade : '#2f6f8f',
      'stroke-width': 3,
    });
  return svgDoc({ width: 320, height: 220, body });
}
