/**
 * The count screen's layout: the method's icon and title, the step counter and the tie mark, the
 * chart's panel and the side panel of words (below the chart on an upright screen) with the
 * keys' hint at its foot, and the previous / next / last-step buttons. The scene fills them in.
 */
import type Phaser from 'phaser';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { MethodId } from '../../voting/method.ts';
import { ArtKey } from '../art/index.ts';
import { sizeImage } from '../ui/art-loader.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { touchDevice } from '../ui/touch.ts';
import type { Area } from './draw/index.ts';
import { Ink, panel, write, type Pen } from './draw/kit.ts';

interface CountParts {
  readonly counter: Phaser.GameObjects.Text;
  readonly tieMark: Phaser.GameObjects.Text;
  readonly chart: Phaser.GameObjects.Container;
  readonly chartArea: Area;
  /** Over the chart and the step's words: where a card of details opens (count/rank-detail.ts). */
  readonly cardArea: Area;
  readonly explanation: Phaser.GameObjects.Text;
  /** The keys' hint at the side panel's foot: the explanation stops above it. */
  readonly hint: Phaser.GameObjects.Text;
  readonly previousButton: Button;
  readonly nextButton: Button;
}

export function layOutCount(
  scene: Phaser.Scene,
  pen: Pen,
  words: ScenarioWords,
  method: MethodId,
  iconKey: string,
  on: { readonly previous: () => void; readonly next: () => void; readonly end: () => void },
): CountParts {
  const f = frame(scene);
  const bg = scene.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
  bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
  scene.add.rectangle(0, 0, f.width, f.height, 0x0b2233, 0.45).setOrigin(0);
  sizeImage(scene.add.image(50, 44, iconKey), 64);
  const title = words.msg('count.count.title', { method: words.method(method) });
  const heading = write(pen, 96, 22, title, {
    size: 30,
    bold: true,
    title: true,
    colour: '#fff6e6',
    // Upright, the step counter goes under the title (at the larger text settings the two do not fit side by side).
    width: f.width - (f.portrait ? 126 : 300),
  });
  const k = pen.scale ?? 1;
  for (let size = 30; heading.height > 48 * k && size > 18; size -= 2) heading.setFontSize(Math.round(size * k));
  const counterY = f.portrait ? Math.max(80, heading.y + heading.height + 4) : 26;
  // Measured on a figure (an empty text has no height), so that the lines below clear it.
  const counter = write(pen, f.width - 30, counterY, '0', {
    size: 20,
    colour: '#fff6e6',
    align: 'right',
  }).setOrigin(1, 0);
  const counterH = counter.height;
  counter.setText('');
  const tieY = counterY + (f.portrait ? counterH + 2 : 30);
  const tieMark = write(pen, f.width - 30, tieY, '', {
    size: 20,
    bold: true,
    colour: '#ffd23f',
    align: 'right',
  }).setOrigin(1, 0);

  const g = scene.add.graphics();
  // Portrait: the chart above, the step's words below, over the whole height the phone gives
  // (the frame is 1280 to 1600 tall) down to the buttons.
  const top = Math.max(96, heading.y + heading.height + 14, tieY + counterH + 8);
  const room = f.height - 100 - top;
  const chartBox = f.portrait
    ? // At the larger text settings a chart's rows need a little more of the height (names above their bars).
      { x: 16, y: top, w: f.width - 32, h: Math.round(room * (pen.textSize === 'normal' ? 0.6 : 0.64)) }
    : { x: 16, y: 92, w: 850, h: 530 };
  const textBox = f.portrait
    ? { x: 16, y: chartBox.y + chartBox.h + 14, w: f.width - 32, h: room - chartBox.h - 14 }
    : { x: 882, y: 92, w: f.width - 898, h: 530 };
  panel(g, chartBox.x, chartBox.y, chartBox.w, chartBox.h);
  panel(g, textBox.x, textBox.y, textBox.w, textBox.h, Ink.shade);
  const chartArea = { x: chartBox.x + 24, y: chartBox.y + 20, w: chartBox.w - 48, h: chartBox.h - 40 };
  const chart = scene.add.container(0, 0);
  // Both texts keep to the side panel (the browser tests check it through `within`).
  const explanation = write(pen, textBox.x + 22, textBox.y + 22, '', { size: 22, width: textBox.w - 44 }).setData(
    'within',
    textBox,
  );
  // Keys on a keyboard, the buttons' names on a touch screen; two or three lines, from the panel's foot.
  const hint = write(
    pen,
    textBox.x + 22,
    textBox.y + textBox.h - 14,
    words.msg(touchDevice() ? 'keys.count.touch' : 'keys.count.hint'),
    { size: 16, colour: '#5b4a5e', width: textBox.w - 44 },
  )
    .setOrigin(0, 1)
    .setData('within', textBox);

  const y = f.height - 50;
  const bw = f.portrait ? 210 : 250;
  // Upright, a raised text size puts a caption on two lines: the buttons grow to hold them (a
  // finger's hit area is this tall already), instead of shrinking the words below 12 CSS px.
  const bh = f.portrait && pen.textSize !== 'normal' ? 76 : 58;
  const previousButton = new Button(scene, {
    x: f.cx - bw - 20,
    y,
    width: bw,
    height: bh,
    fontSize: 22,
    label: `← ${words.msg('count.count.previous')}`,
    ariaLabel: words.msg('count.count.previous'),
    onActivate: on.previous,
    id: 'count.previous',
  });
  const nextButton = new Button(scene, {
    x: f.cx,
    y,
    width: bw,
    height: bh,
    fontSize: 22,
    label: `${words.msg('count.count.next')} →`,
    ariaLabel: words.msg('count.count.next'),
    onActivate: on.next,
    id: 'count.next',
  });
  new Button(scene, {
    x: f.cx + bw + 20,
    y,
    width: bw,
    height: bh,
    fontSize: 22,
    label: words.msg('count.count.end'),
    onActivate: on.end,
    id: 'count.end',
  });
  const cardArea = {
    x: Math.min(chartBox.x, textBox.x),
    y: Math.min(chartBox.y, textBox.y),
    w: Math.max(chartBox.x + chartBox.w, textBox.x + textBox.w) - Math.min(chartBox.x, textBox.x),
    h: Math.max(chartBox.y + chartBox.h, textBox.y + textBox.h) - Math.min(chartBox.y, textBox.y),
  };
  return { counter, tieMark, chart, chartArea, cardArea, explanation, hint, previousButton, nextButton };
}
