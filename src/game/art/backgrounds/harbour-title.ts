/** The harbour, and the title screen's wide sky and sea. */
import { el, fmt, linearGradient, mix } from '../svg.ts';
import { H, W, type Scene, cloud, floorShade, rect, ripples, rock, sun, wavyBand } from './common.ts';

const WOOD = '#b98b5e';
const WOOD_LINE = '#6e5240';

function boat(x: number, y: number): string {
  const hull = `M${x - 130} ${y - 40} L${x + 130} ${y - 40} Q${x + 110} ${y + 20} ${x + 80} ${y + 24} L${x - 90} ${y + 24} Q${x - 120} ${y + 10} ${x - 130} ${y - 40} Z`;
  return (
    el('path', { d: `M${x - 10} ${y - 40} V${y - 230}`, stroke: WOOD_LINE, 'stroke-width': 8 }) +
    el('path', {
      d: `M${x - 4} ${y - 222} L${x + 110} ${y - 60} L${x - 4} ${y - 60} Z`,
      fill: '#fff6e6',
      stroke: '#8a7f86',
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    }) +
    el('path', { d: hull, fill: '#e4572e', stroke: '#7a3323', 'stroke-width': 6, 'stroke-linejoin': 'round' }) +
    el('path', { d: `M${x - 124} ${y - 24} L${x + 124} ${y - 24}`, stroke: '#fff6e6', 'stroke-width': 8 }) +
    el('ellipse', { cx: x, cy: y + 34, rx: 150, ry: 10, fill: '#1d4e6b', 'fill-opacity': 0.2 })
  );
}

function lighthouse(x: number, y: number): string {
  const body = `M${x - 34} ${y} L${x - 22} ${y - 220} L${x + 22} ${y - 220} L${x + 34} ${y} Z`;
  return (
    rock(41, x, y + 20, 130, 50, '#9d93a3') +
    el('path', { d: body, fill: '#fff6e6', stroke: '#7f7480', 'stroke-width': 5, 'stroke-linejoin': 'round' }) +
    el('path', {
      d: `M${x - 30} ${y - 70} L${x + 30} ${y - 70} L${x + 27} ${y - 120} L${x - 27} ${y - 120} Z M${x - 25} ${y - 160} L${x + 25} ${y - 160} L${x + 23} ${y - 200} L${x - 23} ${y - 200} Z`,
      fill: '#d7263d',
    }) +
    el('rect', {
      x: x - 20,
      y: y - 256,
      width: 40,
      height: 36,
      rx: 6,
      fill: '#ffe39a',
      stroke: '#7f7480',
      'stroke-width': 5,
    }) +
    el('path', {
      d: `M${x - 28} ${y - 256} L${x} ${y - 286} L${x + 28} ${y - 256} Z`,
      fill: '#d7263d',
      stroke: '#7f7480',
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    })
  );
}

function buoy(x: number, y: number, colour: string): string {
  return (
    el('path', {
      d: `M${x - 22} ${y} Q${x} ${y - 60} ${x + 22} ${y} Z`,
      fill: colour,
      stroke: mix(colour, '#2b1d2e', 0.5),
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    }) +
    el('rect', { x: x - 22, y: y - 22, width: 44, height: 10, fill: '#ffffff' }) +
    el('ellipse', { cx: x, cy: y + 4, rx: 34, ry: 7, fill: '#ffffff', 'fill-opacity': 0.45 })
  );
}

export function harbour(): Scene {
  const defs =
    linearGradient('bg-harbour-sky', [
      [0, '#a9d8ee'],
      [1, '#fbe6cc'],
    ]) +
    linearGradient('bg-harbour-sea', [
      [0, '#4f9cbc'],
      [1, '#2f7a9a'],
    ]);
  const shade = floorShade('bg-harbour-shade', '#4a3326', 0.3);
  let body = rect('url(#bg-harbour-sky)', 0, 540);
  body += cloud(260, 150, 1.1) + cloud(900, 220, 0.8, '#ffffff', 0.7) + cloud(1500, 120, 1);
  body += rect('url(#bg-harbour-sea)', 520, H - 520);
  body += lighthouse(1620, 540);
  body += ripples(42, 30, 560, 820, '#ffffff', 0.35);
  body += boat(380, 650) + buoy(1240, 690, '#e4572e') + buoy(980, 620, '#f2b63d');
  // The quay: planks in the foreground, mooring posts, a coil of rope.
  let deck = el('rect', { x: 0, y: 850, width: W, height: H - 850, fill: WOOD });
  for (let i = 0; i < 6; i++)
    deck += el('path', { d: `M0 ${880 + i * 36} H${W}`, stroke: WOOD_LINE, 'stroke-width': 4, 'stroke-opacity': 0.5 });
  for (let i = 0; i < 9; i++)
    deck += el('path', {
      d: `M${fmt(i * 240 + (i % 2) * 120)} ${880 + (i % 3) * 36} v36`,
      stroke: WOOD_LINE,
      'stroke-width': 4,
      'stroke-opacity': 0.5,
    });
  deck += el('path', { d: `M0 850 H${W}`, stroke: WOOD_LINE, 'stroke-width': 8 });
  for (const x of [110, 1810]) {
    deck += el('rect', {
      x: x - 34,
      y: 720,
      width: 68,
      height: 200,
      rx: 14,
      fill: '#9c7250',
      stroke: WOOD_LINE,
      'stroke-width': 6,
    });
    deck += el('ellipse', { cx: x, cy: 722, rx: 34, ry: 12, fill: '#c69c72', stroke: WOOD_LINE, 'stroke-width': 5 });
  }
  deck += el('path', {
    d: 'M144 780 Q300 830 420 846',
    fill: 'none',
    stroke: '#d9c08a',
    'stroke-width': 10,
    'stroke-linecap': 'round',
  });
  deck +=
    el('circle', { cx: 1640, cy: 980, r: 56, fill: 'none', stroke: '#d9c08a', 'stroke-width': 16 }) +
    el('circle', { cx: 1640, cy: 980, r: 30, fill: 'none', stroke: '#c9ad74', 'stroke-width': 12 });
  return { defs: defs + shade.defs, body: body + deck + shade.body };
}

/** Sunset over the sea, with the upper middle left calm for the title. */
export function title(): Scene {
  const defs =
    linearGradient('bg-title-sky', [
      [0, '#3b5b9a'],
      [0.45, '#b57ba6'],
      [0.8, '#f6a96b'],
      [1, '#ffd59a'],
    ]) +
    linearGradient('bg-title-sea', [
      [0, '#3f7fa6'],
      [1, '#1d4e6b'],
    ]);
  let body = rect('url(#bg-title-sky)', 0, 660);
  body += sun(960, 650, 130, '#ffe0a3');
  body +=
    cloud(260, 330, 1.4, '#ffd6c2', 0.55) +
    cloud(1640, 260, 1.6, '#ffd6c2', 0.5) +
    cloud(1300, 480, 0.9, '#ffe6cf', 0.5);
  body += rect('url(#bg-title-sea)', 650, H - 650);
  // A column of glints under the sun: the eye goes to the middle, where the title stands.
  for (let i = 0; i < 12; i++) {
    const y = 670 + i * 30;
    const w = 80 + i * 28;
    body += el('path', {
      d: `M${fmt(960 - w / 2)} ${y} h${fmt(w)}`,
      stroke: '#ffd59a',
      'stroke-opacity': fmt(0.55 - i * 0.035),
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-dasharray': `${fmt(w * 0.3)} ${fmt(w * 0.12)}`,
    });
  }
  body += ripples(51, 24, 700, 1040, '#bfe3f2', 0.25);
  body += wavyBand(1000, 14, 6, '#2c6a8c', 0.4);
  body += rock(52, 160, 1100, 320, 150, '#3a3450') + rock(53, 1800, 1110, 280, 130, '#3a3450');
  for (const [x, y] of [
    [240, 150],
    [300, 180],
    [1700, 120],
  ] as const)
    body += el('path', {
      d: `M${x} ${y} q16 -14 30 0 q14 -14 30 0`,
      fill: 'none',
      stroke: '#2b2d4a',
      'stroke-width': 5,
      'stroke-linecap': 'round',
    });
  return { defs, body };
}
