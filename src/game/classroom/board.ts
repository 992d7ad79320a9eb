/**
 * The results board on the projector: the question, how many ballots, and for each method
 * its winner (marker shape + colour + name) and its figures. Drawn on the canvas so that it can
 * be saved as an image; every line is also said in the live region.
 */
import type Phaser from 'phaser';
import type { ClassElection } from '../../classroom/election.ts';
import { agreements, type ResultLine } from '../../classroom/results.ts';
import { formatNumber } from '../../i18n/format.ts';
import { drawMarker, Ink, panel, write, type Pen } from '../count/draw/kit.ts';
import { display } from '../ui/display.ts';
import { Colours } from '../ui/theme.ts';
import { ct, lang } from './words.ts';

export interface BoardArea {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Draws the board in `area` (header included). */
export function drawBoard(scene: Phaser.Scene, area: BoardArea, election: ClassElection, voters: number, source: string, lines: readonly ResultLine[]): void {
  const pen: Pen = { scene, textSize: display().textSize };
  const { x, y, w, h } = area;
  scene.add.rectangle(x, y, w, h, Colours.seaDeep, 0.92).setOrigin(0);
  const title = write(pen, x + 28, y + 14, election.question || ct('classroom.election.untitled'), { size: 36, bold: true, title: true, colour: Colours.titleText, width: w - 56 });
  const groups = agreements(lines);
  const sub = ct('classroom.results.sub', { n: voters, source, winners: groups.length, methods: lines.length });
  const subText = write(pen, x + 28, title.y + title.height + 4, sub, { size: 22, colour: Colours.textOnDark, width: w - 56 });
  const top = subText.y + subText.height + 12;
  const g = scene.add.graphics();
  const boardH = y + h - top - 12;
  panel(g, x + 16, top, w - 32, boardH);
  const rowH = Math.min(64, (boardH - 20) / Math.max(1, lines.length));
  const nameW = Math.min(380, w * 0.3);
  const winnerX = x + 40 + nameW;
  const figuresX = x + w * 0.66;
  lines.forEach((line, i) => {
    const cy = top + 10 + i * rowH + rowH / 2;
    if (i % 2 === 1) g.fillStyle(Ink.shade, 0.6).fillRect(x + 24, cy - rowH / 2, w - 48, rowH);
    const size = Math.max(16, Math.min(26, rowH * 0.42));
    write(pen, x + 40, cy, line.name, { size, bold: true, width: nameW - 10 }).setOrigin(0, 0.5);
    if (line.error) {
      write(pen, winnerX, cy, line.error, { size: size * 0.75, colour: '#8f1d16', width: figuresX - winnerX - 10 }).setOrigin(0, 0.5);
      return;
    }
    let at = winnerX;
    line.indexes.forEach((index) => {
      drawMarker(g, index, at + 12, cy, Math.min(13, rowH * 0.22));
      at += 30;
    });
    const names = line.tie ? ct('classroom.results.tieShort', { names: line.winners }) : line.winners.join(', ');
    write(pen, at + 4, cy, names, { size, bold: true, width: figuresX - at - 14 }).setOrigin(0, 0.5);
    const figures = line.figures.map((f) => `${f.option} ${formatNumber(f.value, lang())}`).join(' · ');
    if (figures) write(pen, figuresX, cy, figures, { size: Math.max(14, size * 0.68), colour: '#4a3d4d', width: x + w - figuresX - 36 }).setOrigin(0, 0.5);
  });
}
