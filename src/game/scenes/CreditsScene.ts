import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { switchTo } from '../flow/navigate.ts';
import { SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { addPanel } from '../ui/panel.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { t, type FirstScreenKey } from '../../i18n/first-screen.ts';

/** Credits: our team and licences, the fonts and their licences, and the real-election data's sources. */
export class CreditsScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Credits);
  }

  create(): void {
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.back() });
    binding.onDisplay(() => this.scene.restart());
    const f = frame(this);
    this.cameras.main.setBackgroundColor(Colours.sea);
    const width = Math.min(f.width - 40, 1180);
    addPanel(this, f.cx, f.cy, width, f.height - 40);
    const heading = t('credits.heading');
    addText(this, f.cx, 40, heading, { size: 40, font: 'title', bold: true, origin: [0.5, 0] });
    const sections: [FirstScreenKey, FirstScreenKey[]][] = [
      ['credits.team.heading', ['credits.team.body', 'credits.licence']],
      [
        'credits.fonts.heading',
        ['credits.fonts.atkinson', 'credits.fonts.fredoka', 'credits.engine', 'credits.colours'],
      ],
      ['credits.data.heading', ['credits.data.intro', 'credits.data.preflib', 'credits.data.openstv']],
    ];
    const columns = f.portrait ? 1 : 2;
    const colWidth = (width - 100 - (columns - 1) * 40) / columns;
    const lefts = [f.cx - width / 2 + 50, f.cx - width / 2 + 50 + colWidth + 40];
    const tops = [120, 120];
    const spoken = [heading];
    sections.forEach(([head, lines], i) => {
      const column = columns === 1 ? 0 : i === 0 ? 0 : 1;
      const x = lefts[column];
      let y = tops[column];
      const h = addText(this, x, y, t(head), { size: 28, bold: true, wrap: colWidth });
      y += h.height + 10;
      spoken.push(t(head));
      for (const key of lines) {
        const text = addText(this, x, y, t(key), { size: 21, wrap: colWidth, lineSpacing: 4 });
        y += text.height + 10;
        spoken.push(t(key));
      }
      tops[column] = y + 24;
    });
    new Button(this, {
      x: f.cx,
      y: f.height - 70,
      width: 260,
      height: 56,
      label: t('common.back'),
      id: 'credits.back',
      onActivate: () => this.back(),
    });
    a11y().announce(spoken);
    a11y().focusFirst(SceneKey.Credits);
  }

  private back(): void {
    void switchTo(this.game, SceneKey.Title, {});
  }
}
