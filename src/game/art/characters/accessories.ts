/**
 * Accessories: what makes a named character recognisable among a crowd of the same species.
 * They attach to the anchors each species gives (top of the head, neck, body), and are scaled
 * from the head width, so one drawing fits a wide crab and a slim shrimp. Their colours are fixed
 * and saturated: an accessory should stand out from any shell colour a scenario picks.
 */
import { el, fmt } from '../svg.ts';
import { gloss } from './kit.ts';
import type { Accessory, Anchors, Face, Paint } from './types.ts';

const STRAW = '#f2d27a';
const RED = '#d7263d';
const TEAL = '#2a9d8f';
const CREAM = '#fff3d6';
const GOLD = '#f5c542';
const PINK = '#ff6b9a';
const LEATHER = '#a0613a';
const SKY = '#bfe6ff';

interface AccessoryLayers {
  /** Behind the body (the backpack's bag). */
  back: string;
  /** On the body but under the eyes: headwear sits behind stalked eyes, as it would in 3-D. */
  mid: string;
  /** Over everything (glasses, scarves, straps). */
  front: string;
}

function ol(p: Paint, k = 0.85): Record<string, string | number> {
  return { stroke: p.outline, 'stroke-width': p.sw * k, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
}

function flowerAt(p: Paint, x: number, y: number, s: number): string {
  let out = '';
  for (let k = 0; k < 5; k++) {
    const a = (-90 + k * 72) * (Math.PI / 180);
    out += el('circle', {
      cx: x + Math.cos(a) * 9 * s,
      cy: y + Math.sin(a) * 9 * s,
      r: 7.5 * s,
      fill: PINK,
      ...ol(p, 0.6),
    });
  }
  return out + el('circle', { cx: x, cy: y, r: 5.5 * s, fill: GOLD, ...ol(p, 0.6) });
}

function band(p: Paint, x: number, y: number, w: number, h: number, fill: string): string {
  const l = x - w / 2;
  const r = x + w / 2;
  const dd = `M${fmt(l)} ${fmt(y - h / 2)} Q${fmt(x)} ${fmt(y - h / 2 + h * 0.9)} ${fmt(r)} ${fmt(y - h / 2)} L${fmt(r)} ${fmt(y + h / 2)} Q${fmt(x)} ${fmt(y + h / 2 + h * 0.9)} ${fmt(l)} ${fmt(y + h / 2)} Z`;
  return el('path', { d: dd, fill, ...ol(p) });
}

export function accessoryLayers(name: Accessory, a: Anchors, face: Face, p: Paint): AccessoryLayers {
  const layers = drawAccessory(name, a, face, p);
  const tilt = a.top.tilt ?? 0;
  if (tilt === 0 || layers.mid === '') return layers;
  return { ...layers, mid: el('g', { transform: `rotate(${fmt(tilt)} ${fmt(a.top.x)} ${fmt(a.top.y)})` }, layers.mid) };
}

function drawAccessory(name: Accessory, a: Anchors, face: Face, p: Paint): AccessoryLayers {
  const { x, y, w } = a.top;
  const s = w / 60;
  const none = { back: '', mid: '', front: '' };
  switch (name) {
    case 'none':
      return none;
    case 'hat': {
      // A straw boater with a red ribbon: coastal, cheerful, and a clear silhouette on any head.
      const s = (w / 60) * 1.2;
      const crown = `M${fmt(x - 24 * s)} ${fmt(y - 2 * s)} L${fmt(x - 22 * s)} ${fmt(y - 26 * s)} Q${fmt(x)} ${fmt(y - 32 * s)} ${fmt(x + 22 * s)} ${fmt(y - 26 * s)} L${fmt(x + 24 * s)} ${fmt(y - 2 * s)} Z`;
      const front =
        el('ellipse', { cx: x, cy: y, rx: 42 * s, ry: 10 * s, fill: STRAW, ...ol(p) }) +
        el('path', { d: crown, fill: STRAW, ...ol(p) }) +
        el('path', {
          d: `M${fmt(x - 23.5 * s)} ${fmt(y - 9 * s)} Q${fmt(x)} ${fmt(y - 13 * s)} ${fmt(x + 23.5 * s)} ${fmt(y - 9 * s)}`,
          fill: 'none',
          stroke: RED,
          'stroke-width': 7 * s,
        }) +
        gloss(x - 10 * s, y - 22 * s, 8 * s, 3 * s, -10, 0.5);
      return { back: '', mid: front, front: '' };
    }
    case 'crown': {
      const pts = [
        [-24, 0],
        [-26, -30],
        [-13, -16],
        [0, -36],
        [13, -16],
        [26, -30],
        [24, 0],
      ]
        .map(([px, py]) => `${fmt(x + px * s)},${fmt(y + py * s - 4 * s)}`)
        .join(' ');
      const front =
        el('polygon', { points: pts, fill: GOLD, ...ol(p) }) +
        el('circle', { cx: x, cy: y - 12 * s, r: 4.5 * s, fill: RED, ...ol(p, 0.5) }) +
        el('circle', { cx: x - 15 * s, cy: y - 10 * s, r: 3.5 * s, fill: TEAL, ...ol(p, 0.5) }) +
        el('circle', { cx: x + 15 * s, cy: y - 10 * s, r: 3.5 * s, fill: TEAL, ...ol(p, 0.5) });
      return { back: '', mid: front, front: '' };
    }
    case 'bow': {
      const bx = x + w * 0.34;
      const by = y - 6 * s;
      const loop = (dir: number) =>
        `M${fmt(bx)} ${fmt(by)} C${fmt(bx + dir * 10 * s)} ${fmt(by - 18 * s)} ${fmt(bx + dir * 26 * s)} ${fmt(by - 12 * s)} ${fmt(bx + dir * 24 * s)} ${fmt(by)} C${fmt(bx + dir * 26 * s)} ${fmt(by + 12 * s)} ${fmt(bx + dir * 10 * s)} ${fmt(by + 18 * s)} ${fmt(bx)} ${fmt(by)} Z`;
      return {
        back: '',
        front: '',
        mid:
          el('path', { d: loop(-1), fill: PINK, ...ol(p) }) +
          el('path', { d: loop(1), fill: PINK, ...ol(p) }) +
          el('circle', { cx: bx, cy: by, r: 6 * s, fill: PINK, ...ol(p) }),
      };
    }
    case 'flower':
      return { back: '', front: '', mid: flowerAt(p, x - w * 0.38, y - 4 * s, s * 1.05) };
    case 'headband': {
      const l = x - w * 0.55;
      const r = x + w * 0.55;
      const dd = `M${fmt(l)} ${fmt(y + 6 * s)} Q${fmt(x)} ${fmt(y - 16 * s)} ${fmt(r)} ${fmt(y + 6 * s)}`;
      return {
        back: '',
        front: '',
        mid:
          el('path', {
            d: dd,
            fill: 'none',
            stroke: p.outline,
            'stroke-width': 12 * s + p.sw * 1.6,
            'stroke-linecap': 'round',
          }) +
          el('path', { d: dd, fill: 'none', stroke: RED, 'stroke-width': 12 * s, 'stroke-linecap': 'round' }) +
          el('path', { d: dd, fill: 'none', stroke: CREAM, 'stroke-width': 3 * s, 'stroke-linecap': 'round' }),
      };
    }
    case 'shell-helmet': {
      // Half a scallop shell worn as a helmet: ridges fan out from the hinge.
      const r = w * 0.58;
      const dome = `M${fmt(x - r)} ${fmt(y + 2 * s)} A${fmt(r)} ${fmt(r * 0.8)} 0 0 1 ${fmt(x + r)} ${fmt(y + 2 * s)} Z`;
      let ridges = '';
      for (let k = 1; k < 6; k++) {
        const ang = Math.PI + (k * Math.PI) / 6;
        ridges += el('path', {
          d: `M${fmt(x)} ${fmt(y + 2 * s)} L${fmt(x + Math.cos(ang) * r * 0.95)} ${fmt(y + 2 * s + Math.sin(ang) * r * 0.76)}`,
          stroke: p.outline,
          'stroke-width': p.sw * 0.5,
          'stroke-opacity': 0.6,
        });
      }
      return {
        back: '',
        front: '',
        mid:
          el('path', { d: dome, fill: '#f7c59f', ...ol(p) }) +
          ridges +
          el('rect', {
            x: x - 8 * s,
            y: y - 2 * s,
            width: 16 * s,
            height: 8 * s,
            rx: 3 * s,
            fill: '#f7c59f',
            ...ol(p, 0.6),
          }),
      };
    }
    case 'glasses':
    case 'monocle': {
      const eyes = name === 'monocle' ? [face.eyes.reduce((m, e) => (e.x > m.x ? e : m))] : face.eyes;
      let front = '';
      for (const e of eyes) {
        front += el('circle', {
          cx: e.x,
          cy: e.y,
          r: e.r * 1.3,
          fill: SKY,
          'fill-opacity': 0.28,
          stroke: name === 'monocle' ? GOLD : p.outline,
          'stroke-width': Math.max(3.5, e.r * 0.24),
        });
      }
      if (name === 'glasses' && face.eyes.length === 2) {
        const [e1, e2] = [...face.eyes].sort((u, v) => u.x - v.x);
        const x1 = e1.x + e1.r * 1.3;
        const x2 = e2.x - e2.r * 1.3;
        const yb = (e1.y + e2.y) / 2 - e1.r * 0.2;
        front += el('path', {
          d: `M${fmt(x1)} ${fmt(yb)} Q${fmt((x1 + x2) / 2)} ${fmt(yb - e1.r * 0.5)} ${fmt(x2)} ${fmt(yb)}`,
          fill: 'none',
          stroke: p.outline,
          'stroke-width': Math.max(3.5, e1.r * 0.24),
          'stroke-linecap': 'round',
        });
      }
      if (name === 'monocle') {
        const e = eyes[0];
        front += el('path', {
          d: `M${fmt(e.x + e.r * 0.9)} ${fmt(e.y + e.r * 0.95)} Q${fmt(e.x + e.r * 1.6)} ${fmt(e.y + e.r * 3)} ${fmt(a.neck.x + a.neck.w * 0.2)} ${fmt(a.neck.y)}`,
          fill: 'none',
          stroke: GOLD,
          'stroke-width': 2.5,
          'stroke-dasharray': '4 3',
        });
      }
      return { back: '', mid: '', front };
    }
    case 'scarf': {
      const n = a.neck;
      const h = Math.max(16, n.w * 0.16);
      let front = band(p, n.x, n.y, n.w, h, TEAL);
      for (let k = -2; k <= 2; k++) {
        const sx = n.x + (k * n.w) / 6;
        front += el('path', {
          d: `M${fmt(sx)} ${fmt(n.y - h / 2 + h * 0.3)} l0 ${fmt(h * 0.9)}`,
          stroke: CREAM,
          'stroke-width': Math.max(3, h * 0.22),
        });
      }
      const tx = n.x + n.w * 0.28;
      const ty = n.y + h * 0.4;
      front += el('path', {
        d: `M${fmt(tx)} ${fmt(ty)} l${fmt(h * 0.2)} ${fmt(h * 2.2)} l${fmt(h * 0.9)} ${fmt(-h * 0.2)} l${fmt(-h * 0.2)} ${fmt(-h * 2)} Z`,
        fill: TEAL,
        ...ol(p),
      });
      front += el('path', {
        d: `M${fmt(tx + h * 0.3)} ${fmt(ty + h * 1.6)} l${fmt(h * 0.75)} ${fmt(-h * 0.15)}`,
        stroke: CREAM,
        'stroke-width': Math.max(3, h * 0.22),
      });
      return { back: '', mid: '', front };
    }
    case 'necklace': {
      const n = a.neck;
      let front = '';
      const count = 9;
      for (let k = 0; k < count; k++) {
        const t = k / (count - 1);
        const px = n.x - n.w * 0.36 + t * n.w * 0.72;
        const py = n.y - 6 + Math.sin(t * Math.PI) * 14;
        front += el('circle', { cx: px, cy: py, r: 4.8, fill: CREAM, ...ol(p, 0.5) });
      }
      front += flowerAt(p, n.x, n.y + 14, 0.55);
      return { back: '', mid: '', front };
    }
    case 'whistle': {
      const n = a.neck;
      const cord = `M${fmt(n.x - n.w * 0.3)} ${fmt(n.y - 10)} L${fmt(n.x)} ${fmt(n.y + 12)} L${fmt(n.x + n.w * 0.3)} ${fmt(n.y - 10)}`;
      const front =
        el('path', { d: cord, fill: 'none', stroke: RED, 'stroke-width': 3.5, 'stroke-linejoin': 'round' }) +
        el('rect', { x: n.x - 4, y: n.y + 10, width: 22, height: 11, rx: 4, fill: '#ffb000', ...ol(p, 0.6) }) +
        el('circle', { cx: n.x + 2, cy: n.y + 22, r: 7, fill: '#ffb000', ...ol(p, 0.6) });
      return { back: '', mid: '', front };
    }
    case 'backpack': {
      const b = a.body;
      const bw = Math.max(40, b.rx * 0.8);
      const bh = Math.max(48, b.ry * 1.1);
      const bx = b.x + b.rx * 0.5;
      const by = b.y - b.ry * 0.85;
      const back =
        el('rect', { x: bx, y: by, width: bw, height: bh, rx: bw * 0.3, fill: '#e9a23b', ...ol(p) }) +
        el('rect', {
          x: bx + bw * 0.3,
          y: by + bh * 0.45,
          width: bw * 0.55,
          height: bh * 0.38,
          rx: 6,
          fill: '#f4c15d',
          ...ol(p, 0.6),
        });
      // One shoulder strap over the top edge: enough to say "backpack" from the front.
      const strap = `M${fmt(b.x + b.rx * 0.7)} ${fmt(b.y - b.ry * 0.72)} Q${fmt(b.x + b.rx * 0.56)} ${fmt(b.y - b.ry * 0.3)} ${fmt(b.x + b.rx * 0.66)} ${fmt(b.y + b.ry * 0.12)}`;
      const front =
        el('path', {
          d: strap,
          fill: 'none',
          stroke: p.outline,
          'stroke-width': 10 + p.sw * 1.4,
          'stroke-linecap': 'round',
        }) +
        el('path', { d: strap, fill: 'none', stroke: '#e9a23b', 'stroke-width': 10, 'stroke-linecap': 'round' }) +
        el('rect', {
          x: b.x + b.rx * 0.6 - 7,
          y: b.y - b.ry * 0.42,
          width: 14,
          height: 10,
          rx: 3,
          fill: GOLD,
          ...ol(p, 0.5),
        });
      return { back, mid: '', front };
    }
    case 'satchel': {
      const b = a.body;
      const strap = `M${fmt(b.x - b.rx * 0.7)} ${fmt(b.y - b.ry * 0.75)} Q${fmt(b.x)} ${fmt(b.y)} ${fmt(b.x + b.rx * 0.62)} ${fmt(b.y + b.ry * 0.35)}`;
      const sx = b.x + b.rx * 0.62;
      const sy = b.y + b.ry * 0.35;
      const front =
        el('path', { d: strap, fill: 'none', stroke: p.outline, 'stroke-width': 9 + p.sw, 'stroke-linecap': 'round' }) +
        el('path', { d: strap, fill: 'none', stroke: LEATHER, 'stroke-width': 9, 'stroke-linecap': 'round' }) +
        el('rect', { x: sx - 22, y: sy - 8, width: 44, height: 34, rx: 7, fill: LEATHER, ...ol(p) }) +
        el('path', {
          d: `M${fmt(sx - 22)} ${fmt(sy - 2)} Q${fmt(sx)} ${fmt(sy + 16)} ${fmt(sx + 22)} ${fmt(sy - 2)} L${fmt(sx + 22)} ${fmt(sy - 8)} L${fmt(sx - 22)} ${fmt(sy - 8)} Z`,
          fill: '#c27c4e',
          ...ol(p, 0.7),
        }) +
        el('circle', { cx: sx, cy: sy + 7, r: 3.5, fill: GOLD, ...ol(p, 0.4) });
      return { back: '', mid: '', front };
    }
  }
}
