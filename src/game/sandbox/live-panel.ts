/**
 * The live panel: each method's winner, updated while things move. A method that disagrees
 * with most others is marked three ways — a sand band, a "≠" in front, and "(≠ most)" in its
 * words for screen readers — never by colour alone. Each line is also a button that opens that
 * method's full count.
 */
import type Phaser from 'phaser';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { drawMarker, Ink } from '../count/draw/kit.ts';
import { addText, fitHeight } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import type { LiveResult, MethodLine } from '../../sandbox/live.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import type { MethodId } from '../../voting/method.ts';
import type { Rect } from '../../present/sandbox/layout.ts';
import { flagName, methodName } from '../../present/sandbox/words.ts';
import { t } from '../../i18n/index.ts';

interface Row {
  readonly method: MethodId;
  readonly text: Phaser.GameObjects.Text;
  readonly control: A11yControl;
  readonly zone: Phaser.GameObjects.Zone;
  label: string;
}

export class LivePanel {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly summary: Phaser.GameObjects.Text;
  private readonly footer: Phaser.GameObjects.Text;
  private rows: Row[] = [];
  private rowHeight = 24;
  private columns = 1;
  private count = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly rect: Rect,
    private readonly onOpen: (method: MethodId) => void,
  ) {
    this.back = scene.add.graphics();
    this.marks = scene.add.graphics();
    this.heading = addText(scene, rect.x + 16, rect.y + 10, t('sandbox.panel.title'), {
      size: 22,
      font: 'title',
      bold: true,
    });
    this.summary = addText(scene, rect.x + 16, rect.y + 40, '', { size: 15, color: Colours.textSoft });
    this.footer = addText(scene, rect.x + 16, rect.y + rect.h - 52, '', { size: 15, wrap: rect.w - 32 });
    this.back.fillStyle(0x000000, 0.25).fillRoundedRect(rect.x + 4, rect.y + 6, rect.w, rect.h, 16);
    this.back.fillStyle(Colours.panel, 1).fillRoundedRect(rect.x, rect.y, rect.w, rect.h, 16);
    this.back.lineStyle(3, Colours.panelEdge, 1).strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, 16);
  }

  /** The line as drawn, and as read aloud (where the "≠" becomes words). */
  private lineText(line: MethodLine, state: SandboxState): { shown: string; read: string } {
    const method = methodName(line.method);
    const winners = line.winners.map((w) => flagName(state, w));
    const text = line.error
      ? t('sandbox.panel.refused', { method })
      : t(line.tie ? 'sandbox.panel.tie' : 'sandbox.panel.line', { method, winners });
    return line.differs
      ? { shown: `≠ ${text}`, read: t('sandbox.panel.differs', { line: text }) }
      : { shown: text, read: text };
  }

  private build(lines: readonly MethodLine[]): void {
    for (const row of this.rows) {
      row.text.destroy();
      row.zone.destroy();
      row.control.remove();
    }
    const { h } = this.rect;
    const room = h - 66 - 60;
    this.count = lines.length;
    // Two columns when one would squeeze the lines below a readable height (portrait screens).
    this.columns = room / Math.max(1, lines.length) < 18 ? 2 : 1;
    this.rowHeight = Math.max(14, Math.min(26, room / Math.ceil(Math.max(1, lines.length) / this.columns)));
    this.rows = lines.map((line, i) => {
      const cell = this.cell(i);
      const text = addText(this.scene, cell.x + 52, cell.y + this.rowHeight / 2, '', {
        size: Math.min(16, this.rowHeight - 5),
        origin: [0, 0.5],
        wrap: cell.w - 56,
      });
      const zone = this.scene.add
        .zone(cell.x + cell.w / 2, cell.y + this.rowHeight / 2, cell.w, this.rowHeight)
        .setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => this.onOpen(line.method));
      const control = a11y().addControl({
        label: '',
        id: `sandbox.method.${line.method}`,
        scope: this.scene.scene.key,
        onActivate: () => this.onOpen(line.method),
      });
      return { method: line.method, text, control, zone, label: '' };
    });
  }

  /** Where line i goes: down the first column, then the second. */
  private cell(i: number): Rect {
    const { x, y, w } = this.rect;
    const perColumn = Math.ceil(this.count / this.columns);
    const column = this.columns === 1 ? 0 : Math.floor(i / Math.max(1, perColumn));
    const width = (w - 16) / this.columns;
    return {
      x: x + 8 + column * width,
      y: y + 66 + (i - column * perColumn) * this.rowHeight,
      w: width,
      h: this.rowHeight,
    };
  }

  update(result: LiveResult, state: SandboxState): void {
    const lines = result.lines;
    if (lines.length !== this.rows.length || lines.some((l, i) => l.method !== this.rows[i].method)) this.build(lines);
    const { x, w } = this.rect;
    const m = this.marks.clear();
    lines.forEach((line, i) => {
      const row = this.rows[i];
      const cell = this.cell(i);
      const ry = cell.y;
      if (line.differs) {
        m.fillStyle(Colours.sand, 1).fillRoundedRect(cell.x, ry + 1, cell.w - 4, this.rowHeight - 2, 6);
        m.lineStyle(2, Colours.panelEdge, 1).strokeRoundedRect(cell.x, ry + 1, cell.w - 4, this.rowHeight - 2, 6);
      }
      const r = Math.min(8, this.rowHeight / 2 - 3);
      line.winners.slice(0, 2).forEach((id, k) => {
        const index = state.flags.findIndex((f) => f.id === id);
        if (index >= 0) drawMarker(m, index, cell.x + 16 + k * 16, ry + this.rowHeight / 2, r);
      });
      const { shown, read } = this.lineText(line, state);
      if (read !== row.label) {
        row.label = read;
        row.control.setLabel(read);
        row.control.element.dataset.winners = JSON.stringify(line.winners);
        row.text.setText(shown);
        row.text.setFontStyle(line.differs ? 'bold' : 'normal');
        fitHeight(row.text, this.rowHeight);
      }
    });
    const differing = lines.filter((l) => l.differs).length;
    const common = result.common.map((w) => flagName(state, w));
    this.summary.setText(
      [
        t('sandbox.panel.voters', { count: result.voters, flags: state.flags.length }),
        state.strategies && state.crowds.some((c) => c.strategy) ? t('sandbox.panel.strategies') : '',
      ]
        .filter(Boolean)
        .join(' · '),
    );
    const agree =
      differing === 0
        ? t('sandbox.panel.allAgree', { winners: common })
        : `${t('sandbox.panel.common', { winners: common })} · ${t('sandbox.panel.disagree', { count: differing })}`;
    const duel = result.condorcetWinner
      ? t('sandbox.panel.condorcet', { winner: flagName(state, result.condorcetWinner) })
      : t('sandbox.panel.noCondorcet');
    this.footer.setText(`${agree}\n${duel}`);
    m.lineStyle(1, Ink.soft, 0.5).lineBetween(
      x + 12,
      this.rect.y + this.rect.h - 58,
      x + w - 12,
      this.rect.y + this.rect.h - 58,
    );
  }

  /** What the live region says after a move: the common answer and each disagreement. */
  summaryLines(result: LiveResult, state: SandboxState): string[] {
    const common = result.common.map((w) => flagName(state, w));
    const differing = result.lines.filter((l) => l.differs).map((l) => this.lineText(l, state).read);
    return [
      t(differing.length === 0 ? 'sandbox.panel.allAgree' : 'sandbox.panel.common', { winners: common }),
      ...differing,
    ];
  }

  destroy(): void {
    for (const row of this.rows) row.control.remove();
    this.rows = [];
  }
}
