import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { resultLines, resultSentence } from '../../classroom/results.ts';
import { ballotsCsv, ballotsJson, resultsCsv } from '../../classroom/files.ts';
import { goTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { drawBoard, type BoardArea } from '../classroom/board.ts';
import { desk } from '../classroom/desk.ts';
import { fileStem, saveFile } from '../classroom/dom.ts';
import { openPrint } from '../classroom/print.ts';
import { ct, lang } from '../classroom/words.ts';

/**
 * The room's results: every method's winner on one board, then the game's own comparison and
 * counts (Results and Count scenes, which come back here), the exports and the results sheet.
 */
export class ClassroomResultsScene extends Phaser.Scene {
  private board!: BoardArea;

  constructor() {
    super(SceneKey.ClassroomResults);
  }

  create(): void {
    const binding = bindScene(this);
    binding.enterA11y({ arrows: true, onEscape: () => void goTo(this, SceneKey.Classroom, {}) });
    binding.onDisplay(() => this.scene.restart());
    const { election, counted, groups } = desk;
    if (!election || !counted || !groups) {
      void goTo(this, SceneKey.Classroom, {});
      return;
    }
    const f = frame(this);
    this.cameras.main.setBackgroundColor('#0b2233');
    const lines = resultLines(election, counted, lang());
    const voters = counted.entry.counted.voters;
    const source = ct(`classroom.source.${desk.source ?? 'pass'}`);
    // Above the buttons and their focus rings: the PNG is the board alone.
    this.board = { x: 0, y: 0, w: f.width, h: f.portrait ? f.height - 350 : f.height - 140 };
    drawBoard(this, this.board, election, voters, source, lines);
    const sentences = lines.map((l) => resultSentence(l, lang()));
    a11y().announce([election.question || ct('classroom.election.untitled'), ct('classroom.results.sub', { n: voters, source, winners: new Set(lines.map((l) => l.winners.join())).size, methods: lines.length }), ...sentences]);
    document.body.dataset.classResults = JSON.stringify(Object.fromEntries(lines.map((l) => [l.method, l.winners])));
    this.buttons(f.width, f.height, f.portrait);
    document.body.dataset[BodyData.ready] = SceneKey.ClassroomResults;
  }

  private buttons(width: number, height: number, portrait: boolean): void {
    const { election, counted, groups } = desk;
    if (!election || !counted || !groups) return;
    const stem = fileStem(election.question, 'classe');
    const election_ = { entry: counted.entry, scenario: counted.scenario, lang: lang(), returnTo: SceneKey.ClassroomResults };
    const items: [string, string, () => void][] = [
      ['results.compare', ct('classroom.results.compare'), () => void goTo(this, SceneKey.Results, election_)],
      ['results.ballots', ct('classroom.results.ballots'), () => void goTo(this, SceneKey.Election, election_)],
      ['results.png', ct('classroom.results.png'), () => this.savePng(`${stem}.png`)],
      ['results.csv', ct('classroom.results.csv'), () => saveFile(`${stem}-results.csv`, resultsCsv(election, counted, lang()), 'text/csv;charset=utf-8')],
      ['results.print', ct('classroom.results.print'), () => openPrint('results')],
      ['results.ballotsCsv', ct('classroom.results.ballotsCsv'), () => saveFile(`${stem}-ballots.csv`, ballotsCsv(election, groups, lang()), 'text/csv;charset=utf-8')],
      ['results.ballotsJson', ct('classroom.results.ballotsJson'), () => saveFile(`${stem}-ballots.json`, ballotsJson(election, groups), 'application/json')],
      ['results.again', ct('classroom.results.again'), () => this.again()],
      ['results.desk', ct('classroom.results.desk'), () => void goTo(this, SceneKey.Classroom, {})],
    ];
    const perRow = portrait ? 3 : 5;
    const gap = 10;
    const w = (width - 40 - gap * (perRow - 1)) / perRow;
    const rows = Math.ceil(items.length / perRow);
    const top = height - rows * 56 - 10;
    items.forEach(([id, label, onActivate], i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      new Button(this, { x: 20 + col * (w + gap) + w / 2, y: top + row * 56 + 23, width: w, height: 46, fontSize: 18, label, id, onActivate });
    });
  }

  /** The board only (not the buttons), as a PNG file: for slides and the class's wall. */
  private savePng(name: string): void {
    const { x, y, w, h } = this.board;
    this.game.renderer.snapshotArea(x, y, w, h, (image) => {
      if (!(image instanceof HTMLImageElement)) return;
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        if (blob) saveFile(name, blob);
        a11y().setStatus(ct('classroom.results.saved', { name }));
      }, 'image/png');
    });
  }

  /** The same election, a new vote: the counts are forgotten, the options kept. */
  private again(): void {
    delete desk.vote;
    delete desk.groups;
    delete desk.counted;
    void goTo(this, SceneKey.Classroom, { view: 'ways' });
  }
}
