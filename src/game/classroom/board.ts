/**
 * The results board on the projector: the question, how many ballots, and for each method
 * its winner (marker shape + colour + name) and its figures. Drawn on the canvas so that it can
 * be saved as an image; every line is also said in the live region. How it fits any size:
 * board-layout.ts.
 */
import type Phaser from 'phaser';
import type { ClassElection } from '../../classroom/election.ts';
import { stageText } from '../../classroom/figures.ts';
import { agreements, winnersText, type ResultLine } from '../../classroom/results.ts';
import { write, type Pen } from '../count/draw/kit.ts';
import { display } from '../ui/display.ts';
import { Colours, TextScale } from '../ui/theme.ts';
import { drawRows, fitRows, PUPIL_MIN, type BoardRow } from './board-layout.ts';
import { lang } from './words.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

export interface BoardArea {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface BoardOptions {
  /** Which page, when the methods need more than one (0 first). */
  readonly page?: number;
  /** The texts' pixel density (an image saved larger than the screen). */
  readonly resolution?: number;
  /** The line under the question (results.ts resultsSummary: ballots or hands, ties named). */
  readonly summary?: string;
}

export interface DrawnBoard {
  readonly objects: Phaser.GameObjects.GameObject[];
  readonly pages: number;
  readonly page: number;
}

/** What each method's row says (the words and figures come from results.ts). */
function boardRows(lines: readonly ResultLine[]): BoardRow[] {
  return lines.map((line) => ({
    name: line.name,
    markers: line.indexes,
    winners: winnersText(line, lang()),
    // Each method's own decisive figures, a line per stage with its unit (figures.ts). A list
    // share's seats are already its winners' words (« Liste 1 : 4 sièges »): not said twice,
    // which at the larger text sizes made a row of ten lists taller than the board's page.
    figures: line.stages
      .filter((s) => s.figures !== line.seats)
      .map((s) => stageText(s, lang()))
      .join('\n'),
    ...(line.error ? { error: line.error } : {}),
  }));
}

/** Draws the board in `area` (header included). */
export function drawBoard(
  scene: Phaser.Scene,
  area: BoardArea,
  election: ClassElection,
  voters: number,
  source: string,
  lines: readonly ResultLine[],
  options: BoardOptions = {},
): DrawnBoard {
  const pen: Pen = { scene, textSize: display().textSize };
  const { x, y, w, h } = area;
  const objects: Phaser.GameObjects.GameObject[] = [];
  const keep = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
    objects.push(o);
    return o;
  };
  const header = { x: x + 28, y, w: w - 56, h };
  const pupil = (t: Phaser.GameObjects.Text) => {
    if (options.resolution) t.setResolution(options.resolution);
    return keep(t.setName('pupil').setData('within', header));
  };
  // Projector mode (high contrast): white on black above the table, black on white in it.
  const contrast = display().highContrast === true;
  keep(scene.add.rectangle(x, y, w, h, contrast ? 0x000000 : Colours.seaDeep, contrast ? 1 : 0.92).setOrigin(0));
  const title = pupil(
    write(pen, x + 28, y + 14, election.question || t('classroom.election.untitled'), {
      size: 36,
      bold: true,
      title: true,
      colour: contrast ? '#ffffff' : Colours.titleText,
      width: w - 56,
    }),
  );
  // A long question gives way to the rows, down to a headline still larger than the rows.
  for (let size = 34; title.height > h * 0.24 && size >= PUPIL_MIN + 6; size -= 2)
    title.setFontSize(`${Math.round(size * TextScale[pen.textSize])}px`);
  const groups = agreements(lines);
  const sub =
    options.summary ?? t('classroom.results.sub', { n: voters, source, winners: groups.length, methods: lines.length });
  const subText = pupil(
    write(pen, x + 28, title.y + title.height + 4, sub, {
      size: 22,
      colour: contrast ? '#ffffff' : Colours.textOnDark,
      width: w - 56,
    }),
  );
  const rows = boardRows(lines);
  const tableAt = () => {
    const top = subText.y + subText.height + 12;
    return { x: x + 16, y: top, w: w - 32, h: y + h - top - 12 };
  };
  let table = tableAt();
  let fit = fitRows(pen, rows, table.w - 48, table.h - 20);
  const page = Math.max(0, options.page ?? 0);
  // The page is said in the header line (which may wrap), then the rows are fitted again, until
  // the number of pages said is the number there are (a wrapped header can add a page).
  for (let said = 1, tries = 0; fit.pages.length > 1 && fit.pages.length !== said && tries < 4; tries++) {
    said = fit.pages.length;
    const n = Math.min(page, said - 1) + 1;
    subText.setText(`${sub} — ${t('classroom.board.page', { n, total: said })}`);
    table = tableAt();
    fit = fitRows(pen, rows, table.w - 48, table.h - 20);
  }
  const shown = Math.min(page, fit.pages.length - 1);
  // For the tests and the bench: which page of how many the board shows.
  if (!options.resolution) probe.set('boardPage', `${shown + 1}/${fit.pages.length}`);
  // A page with room to spare (the last one, often) has larger type than the smallest that fits all.
  const size =
    fit.pages.length > 1
      ? fitRows(
          pen,
          fit.pages[shown].rows.map((i) => rows[i]),
          table.w - 48,
          table.h - 20,
        ).size
      : fit.size;
  objects.push(...drawRows(pen, rows, fit.pages[shown], size, table, options.resolution));
  return { objects, pages: fit.pages.length, page: shown };
}
