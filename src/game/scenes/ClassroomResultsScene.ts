import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { anyTie, resultLines, resultsSummary, resultSentence, type ResultLine } from '../../classroom/results.ts';
import { stageText } from '../../classroom/figures.ts';
import { ballotsCsv, ballotsJson, resultsCsv } from '../../classroom/files.ts';
import { goTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { drawBoard, type BoardArea, type DrawnBoard } from '../classroom/board.ts';
import { boardImage } from '../classroom/board-image.ts';
import { desk, updateDesk } from '../classroom/desk.ts';
import { fileStem, saveFile } from '../classroom/dom.ts';
import { openPrint } from '../classroom/print.ts';
import { lang } from '../classroom/words.ts';
import { probe } from '../../probe.ts';
import { forgetCountedDraft } from '../classroom/tally-draft.ts';
import { countResumedNotice, keepBoardAddress } from '../classroom/keep.ts';
import { t } from '../../i18n/index.ts';

/**
 * The room's results: every method's winner on one board, then the game's own comparison and
 * counts (Results and Count scenes, which come back here), the exports and the results sheet.
 */
export class ClassroomResultsScene extends Phaser.Scene {
  private board!: BoardArea;
  private drawn: DrawnBoard | undefined;
  private page = 0;
  /** Instant runoff shows every round (on demand) instead of its final round. */
  private rounds = false;

  constructor() {
    super(SceneKey.ClassroomResults);
  }

  create(data: { resumed?: boolean } = {}): void {
    const binding = bindScene(this);
    binding.enterA11y({ arrows: true, onEscape: () => void goTo(this, SceneKey.Classroom, {}) });
    binding.onDisplay(() => this.scene.restart());
    const { election, counted, groups } = desk();
    if (!election || !counted || !groups) {
      void goTo(this, SceneKey.Classroom, {});
      return;
    }
    if (data.resumed) {
      // After a reload that brought the count back: said once (not again when the board is redrawn).
      delete data.resumed;
      const notice = countResumedNotice();
      binding.onShutdown(() => notice.remove());
      binding.listen(window, 'pointerdown', () => notice.remove());
    }
    const f = frame(this);
    this.cameras.main.setBackgroundColor('#0b2233');
    const lines = resultLines(election, counted, lang(), { rounds: this.rounds });
    const voters = counted.entry.counted.voters;
    const source = t(`classroom.source.${desk().source ?? 'pass'}`);
    const summary = resultsSummary(counted, lines, source, lang());
    // Above the buttons and their focus rings: the PNG is the board alone. Room for a third row
    // of buttons when a tie or instant runoff's rounds add theirs.
    const reserve = Math.max(140, Math.ceil((10 + this.extras(lines).length) / 5) * 56 + 20);
    this.board = { x: 0, y: 0, w: f.width, h: f.portrait ? f.height - 350 : f.height - reserve };
    this.drawn = drawBoard(this, this.board, election, voters, source, lines, { page: this.page, summary });
    const sentences = lines.map((l) => resultSentence(l, lang()));
    a11y().announce([
      election.question || t('classroom.election.untitled'),
      summary,
      ...sentences,
      ...lines.flatMap((l) => l.stages.map((st) => `${l.name} — ${stageText(st, lang())}`)),
    ]);
    probe.set('classResults', Object.fromEntries(lines.map((l) => [l.method, l.winners])));
    // For the tests: ties left, draws made (with their seed), each method's decisive figures.
    probe.set('classTies', Object.fromEntries(lines.filter((l) => l.tie).map((l) => [l.method, l.winners])));
    probe.set(
      'classDrawn',
      Object.fromEntries(
        lines.flatMap((l) =>
          l.drawn ? [[l.method, { winners: l.winners, tied: l.drawn.tied, seed: l.drawn.seed }]] : [],
        ),
      ),
    );
    probe.set(
      'classFigures',
      Object.fromEntries(lines.map((l) => [l.method, l.stages.map((st) => stageText(st, lang()))])),
    );
    probe.set('classSummary', summary);
    this.buttons(f.width, f.height, f.portrait);
    keepBoardAddress();
    probe.set(BodyData.ready, SceneKey.ClassroomResults);
  }

  private buttons(width: number, height: number, portrait: boolean): void {
    const { election, counted, groups } = desk();
    if (!election || !counted || !groups) return;
    const stem = fileStem(election.question, 'classe');
    const election_ = {
      entry: counted.entry,
      scenario: counted.scenario,
      lang: lang(),
      returnTo: SceneKey.ClassroomResults,
    };
    const drawn = this.drawn;
    const pages: [string, string, () => void][] =
      drawn && drawn.pages > 1
        ? [
            [
              'results.page',
              t('classroom.board.nextPage', { n: ((drawn.page + 1) % drawn.pages) + 1, total: drawn.pages }),
              () => this.nextPage(),
            ],
          ]
        : [];
    const lines = resultLines(election, counted, lang(), { rounds: this.rounds });
    // Hands are not ballots: the comparison would read Condorcet facts from first choices alone,
    // and a ballot file of hands would be counted later with methods that need rankings (or,
    // approval, say 66 voters for 30 people). The board itself compares what hands answer.
    const ballots = !counted.hands;
    const items: [string, string, () => void][] = [
      ...pages,
      ...this.extras(lines),
      ...(ballots
        ? ([
            ['results.compare', t('classroom.results.compare'), () => void goTo(this, SceneKey.Results, election_)],
            ['results.ballots', t('classroom.results.ballots'), () => void goTo(this, SceneKey.Election, election_)],
          ] as [string, string, () => void][])
        : []),
      ['results.png', t('classroom.results.png'), () => this.savePng(`${stem}.png`)],
      [
        'results.csv',
        t('classroom.results.csv'),
        () => saveFile(`${stem}-results.csv`, resultsCsv(election, counted, lang()), 'text/csv;charset=utf-8'),
      ],
      ['results.print', t('classroom.results.print'), () => openPrint('results')],
      ...(ballots
        ? ([
            [
              'results.ballotsCsv',
              t('classroom.results.ballotsCsv'),
              () => saveFile(`${stem}-ballots.csv`, ballotsCsv(election, groups, lang()), 'text/csv;charset=utf-8'),
            ],
            [
              'results.ballotsJson',
              t('classroom.results.ballotsJson'),
              () => saveFile(`${stem}-ballots.json`, ballotsJson(election, groups), 'application/json'),
            ],
          ] as [string, string, () => void][])
        : []),
      ['results.again', t('classroom.results.again'), () => this.again()],
      ['results.desk', t('classroom.results.desk'), () => void goTo(this, SceneKey.Classroom, {})],
    ];
    const perRow = portrait ? 3 : 5;
    const gap = 10;
    const w = (width - 40 - gap * (perRow - 1)) / perRow;
    const rows = Math.ceil(items.length / perRow);
    const top = height - rows * 56 - 10;
    items.forEach(([id, label, onActivate], i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      new Button(this, {
        x: 20 + col * (w + gap) + w / 2,
        y: top + row * 56 + 23,
        width: w,
        height: 46,
        fontSize: 18,
        label,
        id,
        onActivate,
      });
    });
  }

  /** The results' own actions: settle or leave a tie by lot; instant runoff's every round or its last. */
  private extras(lines: readonly ResultLine[]): [string, string, () => void][] {
    const out: [string, string, () => void][] = [];
    if (anyTie(lines) || lines.some((l) => l.drawn))
      out.push([
        'results.tie',
        t('classroom.results.breakTie'),
        () => void goTo(this, SceneKey.Classroom, { view: 'tie' }),
      ]);
    if (lines.some((l) => (l.rounds?.length ?? 0) > 1)) {
      out.push([
        'results.rounds',
        t(this.rounds ? 'classroom.results.finalOnly' : 'classroom.results.rounds'),
        () => {
          this.rounds = !this.rounds;
          this.scene.restart();
        },
      ]);
    }
    return out;
  }

  /** The next page of methods (when they do not all fit at a size the room can read). */
  private nextPage(): void {
    // From the page shown: after a resize or a text-size change the board may have fewer pages
    // than the one asked for before, and shows its last.
    const pages = this.drawn?.pages ?? 1;
    this.page = ((this.drawn?.page ?? this.page) + 1) % pages;
    this.scene.restart();
    // The page button keeps the focus, so that Enter goes on turning pages.
    this.events.once(Phaser.Scenes.Events.CREATE, () =>
      document.querySelector<HTMLElement>('[data-control="results.page"]')?.focus(),
    );
  }

  /** The board only (not the buttons), as a PNG file at the screen's resolution: for slides and the class's wall. */
  private savePng(name: string): void {
    const { election, counted } = desk();
    if (!election || !counted) return;
    const source = t(`classroom.source.${desk().source ?? 'pass'}`);
    const lines = resultLines(election, counted, lang(), { rounds: this.rounds });
    const summary = resultsSummary(counted, lines, source, lang());
    boardImage(
      this,
      (area, resolution) =>
        drawBoard(this, area, election, counted.entry.counted.voters, source, lines, {
          page: this.page,
          resolution,
          summary,
        }).objects,
      (blob) => {
        saveFile(name, blob);
        a11y().setStatus(t('classroom.results.saved', { name }));
      },
    );
  }

  /** The same election, a new vote: the counts are forgotten, the options kept. */
  private again(): void {
    forgetCountedDraft();
    updateDesk({ vote: undefined, groups: undefined, counted: undefined });
    void goTo(this, SceneKey.Classroom, { view: 'ways' });
  }
}
