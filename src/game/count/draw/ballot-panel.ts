/**
 * An opened ballot: what one voter (or group) wrote, for every kind of ballot the election
 * asked for. A declared strategy shows the sincere ballot beside the cast one, with the
 * strategy named. Drawn over the Election scene; its own a11y scope takes Escape to close.
 */
import Phaser from 'phaser';
import { UI } from '../../art/index.ts';
import type { Ballot, Flavour } from '../../../scenario/preferences.ts';
import { a11y } from '../../a11y/layer.ts';
import { Button } from '../../ui/button.ts';
import type { ScenarioWords } from '../../../scenario/words.ts';
import { ballotLines, ballotSummary, FLAVOURS, gradesHeading, type VoterToken } from '../../../present/count/voters.ts';
import { drawMarker, Ink, panel, write, type Pen } from './kit.ts';
import type { MessageKey } from '../../../i18n/index.ts';

const SECTION_TITLE: Record<Exclude<Flavour, 'graded'>, MessageKey> = {
  ranked: 'count.ballot.ranking',
  approval: 'count.ballot.approvals',
};

function sectionTitle(words: ScenarioWords, flavour: Flavour, scale: { min: number; max: number }): string {
  return flavour === 'graded' ? gradesHeading(words, scale) : words.msg(SECTION_TITLE[flavour]);
}

const BALLOT_SCOPE = 'election-ballot';

function column(
  pen: Pen,
  words: ScenarioWords,
  layer: Phaser.GameObjects.Container,
  g: Phaser.GameObjects.Graphics,
  ballot: Ballot,
  x: number,
  y: number,
  w: number,
  scale: { min: number; max: number },
): number {
  const lines = ballotLines(words, ballot, scale);
  const lineH = lines.length > 6 ? 30 : 36;
  // Each line takes the room its words need (a long name wraps): the next one starts below.
  let ly = y;
  for (const line of lines) {
    const gauge = line.gauge !== undefined;
    let tx = x + 30;
    if (line.approved !== undefined) tx += 26;
    const text = write(pen, tx, ly, line.text, { size: 18, width: w - (tx - x) - (gauge ? 70 : 4) });
    const h = Math.max(lineH, text.height + 8);
    text.setY(ly + (h - text.height) / 2);
    layer.add(text);
    const cy = ly + h / 2;
    if (line.option !== undefined) drawMarker(g, words.styleIndex(line.option), x + 12, cy, 11);
    if (line.approved !== undefined) {
      // A tick or a cross, drawn: yes and no are told by shape, not colour.
      const ax = x + 30;
      g.lineStyle(4, line.approved ? Ink.kelp : Ink.coral, 1);
      if (line.approved) g.lineBetween(ax, cy, ax + 6, cy + 7).lineBetween(ax + 6, cy + 7, ax + 17, cy - 8);
      else g.lineBetween(ax + 2, cy - 7, ax + 15, cy + 7).lineBetween(ax + 2, cy + 7, ax + 15, cy - 7);
    }
    if (gauge) {
      g.fillStyle(Ink.shade, 1).fillRoundedRect(x + w - 62, cy - 7, 56, 14, 6);
      g.fillStyle(Ink.sea, 1).fillRoundedRect(x + w - 62, cy - 7, Math.max(6, 56 * line.gauge!), 14, 6);
    }
    ly += h;
  }
  return ly - y;
}

interface BallotPanelOptions {
  readonly pen: Pen;
  readonly words: ScenarioWords;
  readonly token: VoterToken;
  readonly scale: { min: number; max: number };
  readonly onClose: () => void;
}

/** Opens the panel; returns the function that closes it. */
export function openBallotPanel(o: BallotPanelOptions): () => void {
  const { pen, words, token } = o;
  const scene = pen.scene;
  const { width, height } = scene.scale;
  const layer = scene.add.container(0, 0).setDepth(1000);
  const veil = scene.add.rectangle(0, 0, width, height, 0x000000, 0.5).setOrigin(0).setInteractive();
  const g = scene.add.graphics();
  layer.add([veil, g]);
  const flavours = FLAVOURS.filter((f) => token.ballots[f]);
  const strategic = flavours.some((f) => token.ballots[f]?.strategy);
  const w = Math.min(width - 40, strategic ? 900 : flavours.length > 1 ? 860 : 560);
  const x = (width - w) / 2;
  const y = 50;
  const h = height - 100;
  panel(g, x, y, w, h);
  const look = words.voter(token.voter);
  const title =
    token.count > 1
      ? words.msg('count.ballot.groupTitle', { voter: look.name, count: token.count })
      : words.msg('count.ballot.title', { voter: look.name });
  layer.add(write(pen, x + 28, y + 22, title, { size: 28, bold: true, title: true, width: w - 56 }));

  let top = y + 80;
  const colW = (w - 56) / Math.max(1, strategic ? 2 : flavours.length);
  flavours.forEach((flavour, k) => {
    const b = token.ballots[flavour]!;
    const cx = strategic ? x + 28 : x + 28 + k * colW;
    const sy = strategic ? top : y + 80;
    layer.add(write(pen, cx, sy, sectionTitle(words, flavour, o.scale), { size: 20, bold: true, colour: UI.deepSea }));
    if (b.strategy) {
      layer.add(write(pen, cx, sy + 30, words.msg('count.ballot.sincere'), { size: 18, colour: UI.inkSoft }));
      layer.add(write(pen, cx + colW, sy + 30, words.msg('count.ballot.cast'), { size: 18, colour: UI.inkSoft }));
      const used = Math.max(
        column(pen, words, layer, g, b.sincere, cx, sy + 58, colW - 20, o.scale),
        column(pen, words, layer, g, b.cast, cx + colW, sy + 58, colW - 20, o.scale),
      );
      const note = words.msg('count.ballot.strategy', { strategy: words.msg(`scenario.strategy.${b.strategy}`) });
      g.lineStyle(3, Ink.gold, 1).lineBetween(cx + colW - 12, sy + 58, cx + colW - 12, sy + 58 + used);
      layer.add(write(pen, cx, sy + 66 + used, `★ ${note}`, { size: 18, bold: true, width: w - 56 }));
      top = sy + 110 + used;
    } else if (strategic) {
      top = sy + 40 + column(pen, words, layer, g, b.cast, cx, sy + 36, w - 56, o.scale) + 16;
    } else {
      column(pen, words, layer, g, b.cast, cx, sy + 36, colW - 20, o.scale);
    }
  });

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    a11y().clear(BALLOT_SCOPE);
    layer.destroy();
    o.onClose();
  };
  a11y().enter(BALLOT_SCOPE, { onEscape: close });
  const button = new Button(scene, {
    x: x + w - 170,
    y: y + h - 46,
    width: 300,
    height: 60,
    label: words.msg('count.ballot.close'),
    onActivate: close,
    scope: BALLOT_SCOPE,
    id: 'election.closeBallot',
  });
  layer.add(button);
  veil.on('pointerup', close);
  a11y().announce([
    title,
    ...flavours.map((f) => `${sectionTitle(words, f, o.scale)} — ${ballotSummary(words, token, f)}`),
  ]);
  button.focus();
  return close;
}
