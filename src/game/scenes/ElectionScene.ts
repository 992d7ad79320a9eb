import { gameKey } from '../../present/keys.ts';
import Phaser from 'phaser';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { ArtKey } from '../art/index.ts';
import { bindScene } from '../bind.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { sizeImage } from '../ui/art-loader.ts';
import { electionPart, type ElectionData } from '../count/data.ts';
import { openBallotPanel } from '../count/draw/ballot-panel.ts';
import { drawVoteScene, voteLook, type VoteLook } from '../count/ballot-look.ts';
import { Ink, write, type Pen } from '../count/draw/kit.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import {
  animated,
  backdropArt,
  BOX_ART,
  CountBody,
  drawLegend,
  loadCountArt,
  largestCell,
  penFor,
  VOTER_SHARE,
  voterArt,
  voterTextureSize,
} from '../count/stage.ts';
import { gradeScale, voterTokens, type VoterToken } from '../../present/count/voters.ts';
import { afterElection } from '../../present/flow/journey.ts';
import { probe } from '../../probe.ts';
import { playEffect } from '../sound/player.ts';
import { countPause } from '../count/pause.ts';
import { savedPlace } from '../count/place.ts';
import { electionHeading } from '../../present/count/election-heading.ts';
import { touchDevice, touchHitSize } from '../ui/touch.ts';
import { voterTableElement } from '../a11y/voter-table.ts';
import { LARGE_ELECTORATE, moreRowsLabel, VOTER_TABLE_PAGE, voterTable } from '../../present/count/voter-table.ts';

/**
 * The vote itself: every voter (a cast member, a lone voter or a group with its count) drops a
 * ballot that travels to the box; with reduced motion the ballots simply appear. Any voter's
 * ballot can be opened (click, or its button in the DOM layer). Nothing is counted here: the
 * ballots come from the runner's election entry.
 */
export class ElectionScene extends Phaser.Scene {
  private data_!: ElectionData;
  private words!: ScenarioWords;
  private pen!: Pen;
  private tokens: VoterToken[] = [];
  private cast = 0;
  private castCount!: Phaser.GameObjects.Text;
  private box!: Phaser.GameObjects.Image;
  private look!: VoteLook;
  private action: Button | undefined;
  private timers: Phaser.Time.TimerEvent[] = [];
  private alive = false;
  private panelOpen = false;
  /** Every ballot is in the box (the probe's `data-cast="done"` mirrors it). */
  private allCast = false;

  constructor() {
    super(SceneKey.Election);
  }

  create(data: ElectionData): void {
    // Back after a reload: this vote was cast already; the player returns to the count step
    // (or the results) they were on.
    const place = savedPlace(data);
    const counted =
      place?.method === undefined || data.entry.counted.counts.some((k) => k.method === place.method && k.result);
    if (place && counted) {
      if (place.method === undefined) this.scene.start(SceneKey.Results, electionPart(data));
      else this.scene.start(SceneKey.Count, { ...electionPart(data), method: place.method, step: place.step });
      return;
    }
    this.data_ = data;
    this.alive = true;
    this.cast = 0;
    this.timers = [];
    this.panelOpen = false;
    this.allCast = false;
    const binding = bindScene(this);
    // Escape is the pause menu, as everywhere; End (or the button) puts every ballot in at once.
    const pause = countPause(this, data.lang, data.returnTo === SceneKey.Coast, (lang) =>
      this.scene.restart({ ...data, lang }),
    );
    binding.enterA11y({ onEscape: () => pause.open() });
    binding.listen(window, 'keydown', (event) => {
      if (gameKey(event.key) !== 'End' || pause.covered || this.panelOpen) return;
      event.preventDefault();
      if (!this.allCast) this.finish();
    });
    binding.onShutdown(() => {
      this.alive = false;
      probe.clear(CountBody.cast);
      probe.clear(CountBody.ready);
    });
    this.words = new ScenarioWords(data.scenario, data.lang, data.entry);
    this.pen = penFor(this);
    this.tokens = voterTokens(data.entry);
    const px = voterTextureSize(this.tokens.length);
    this.look = voteLook(data);
    const art = [
      backdropArt(),
      ...BOX_ART,
      ...this.look.art,
      ...this.tokens.map((t) => voterArt(this.words.voter(t.voter), t.count, px)),
    ];
    void loadCountArt(this, art).then(() => {
      if (this.alive) this.build();
    });
  }

  private build(): void {
    const f = frame(this);
    const words = this.words;
    const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
    bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
    drawVoteScene(this, this.look);
    this.add.rectangle(0, 0, f.width, f.height, 0x0b2233, 0.35).setOrigin(0);
    const prompt = this.data_.entry.prompt ? words.text(this.data_.entry.prompt) : words.msg('count.election.title');
    // A name as the title (one line, smaller if need be), the prompt's words below it, then the
    // legend under whatever height they took: nothing overlaps, whatever the language or screen.
    const heading = electionHeading(prompt, words.msg('count.election.title'));
    const title = write(this.pen, 30, 14, heading.title, {
      size: 30,
      bold: true,
      title: true,
      colour: '#fff6e6',
      width: f.width - 60,
    });
    for (let size = 30; title.height > 44 && size > 20; size -= 2) title.setFontSize(size);
    let top = title.y + title.height + 4;
    if (heading.detail) {
      const detail = write(this.pen, 30, top, heading.detail, { size: 19, colour: '#fff6e6', width: f.width - 60 });
      top = detail.y + detail.height + 6;
    }
    const legendH = drawLegend(this.pen, words, 30, top, f.width - 60, '#fff6e6');
    const shift = top - 66; // the layout below was made for a one-line title and the legend at y = 66

    // Voters on the left (top in portrait), the ballot box on the right (bottom).
    const boxX = f.portrait ? f.cx : f.width - 190;
    const boxY = f.portrait ? f.height - 330 : f.cy + 10;
    const area = f.portrait
      ? { x: 30, y: 80 + shift + legendH, w: f.width - 60, h: f.height - 560 - shift - legendH }
      : { x: 30, y: 86 + shift + legendH, w: f.width - 420, h: f.height - 200 - shift - legendH };
    this.box = sizeImage(this.add.image(boxX, boxY, this.look.box), 230);
    const total = this.tokens.reduce((s, t) => s + t.count, 0);
    this.castCount = write(this.pen, boxX, boxY + 130, words.msg('count.election.cast', { done: 0, total }), {
      size: 20,
      bold: true,
      colour: '#fff6e6',
      align: 'center',
      width: 340,
    }).setOrigin(0.5, 0);
    const hint = touchDevice()
      ? words.msg('count.election.hint')
      : `${words.msg('count.election.hint')} · ${words.msg('keys.election.hint')}`;
    write(this.pen, area.x, area.y + area.h + 8, hint, { size: 18, colour: '#fff6e6', width: area.w });

    const spots = this.placeVoters(area);
    this.action = new Button(this, {
      x: boxX,
      y: f.height - 60,
      width: 320,
      height: 60,
      label: words.msg('count.election.skip'),
      onActivate: () => this.finish(),
      id: 'election.skip',
    });
    a11y().announce([
      words.msg('count.election.start', { prompt, names: words.candidates.map((c) => words.option(c)) }),
      words.msg('count.election.cast', { done: 0, total }),
    ]);
    probe.set(CountBody.ready, SceneKey.Election);
    probe.set(BodyData.ready, SceneKey.Election);
    if (!animated()) {
      spots.forEach((s) => this.dropInPlace(s));
      this.finish();
      return;
    }
    // Ballots leave one after another, faster for a big crowd: the whole vote takes a few seconds.
    const gap = Math.max(16, Math.min(420, 6000 / Math.max(1, spots.length)));
    spots.forEach((s, i) => this.timers.push(this.time.delayedCall(300 + i * gap, () => this.fly(s))));
  }

  /** Tokens in a grid that fills the area; returns where each stands. */
  private placeVoters(area: {
    x: number;
    y: number;
    w: number;
    h: number;
  }): { token: VoterToken; x: number; y: number; size: number }[] {
    const n = Math.max(1, this.tokens.length);
    let cell = largestCell(area.w, area.h, n);
    while (cell > 20 && Math.floor(area.w / cell) * Math.floor(area.h / cell) < n) cell -= 2;
    // On a touch screen a voter's cell (its hit area) is a finger's size whenever the crowd fits so.
    const reach = touchHitSize(this.scale);
    if (cell < reach && Math.floor(area.w / reach) * Math.floor(area.h / reach) >= n) cell = reach;
    const cols = Math.max(1, Math.floor(area.w / cell));
    // The crowd stands in the middle of its area, not squeezed at the top.
    const usedH = Math.ceil(n / cols) * cell;
    area = { ...area, y: area.y + Math.max(0, (area.h - usedH) / 2) };
    const size = cell * VOTER_SHARE;
    const px = voterTextureSize(this.tokens.length);
    const ring = this.add.graphics().setDepth(10);
    const motion = animated();
    const large = this.tokens.length > LARGE_ELECTORATE;
    const focusRings = new Map<VoterToken, () => void>();
    const spots = this.tokens.map((token, i) => {
      const x = area.x + (i % cols) * cell + cell / 2;
      const y = area.y + Math.floor(i / cols) * cell + cell / 2;
      const look = this.words.voter(token.voter);
      const image = sizeImage(this.add.image(x, y, voterArt(look, token.count, px).key), size);
      // The whole cell answers a press, not only the drawn voter (cells never overlap); the hit
      // area is in the texture's pixels, from its top-left corner.
      const kx = image.scaleX || 1;
      const ky = image.scaleY || 1;
      image.setInteractive({
        useHandCursor: true,
        hitArea: new Phaser.Geom.Rectangle(
          image.width / 2 - cell / (2 * kx),
          image.height / 2 - cell / (2 * ky),
          cell / kx,
          cell / ky,
        ),
        hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      });
      if (motion)
        this.tweens.add({
          targets: image,
          y: y - Math.max(2, size * 0.05),
          duration: 700 + ((i * 137) % 600),
          yoyo: true,
          repeat: -1,
          ease: 'Sine.easeInOut',
        });
      if (token.count > 1) {
        const badge = write(this.pen, x + size / 2 - 4, y + size / 2 - 4, `×${token.count}`, {
          size: Math.max(14, Math.min(20, size / 4)),
          bold: true,
          colour: '#fff6e6',
        }).setOrigin(1, 1);
        badge.setBackgroundColor('#1d4e6b').setPadding(4, 1, 4, 1);
      }
      const showFocus = (): void =>
        void ring
          .clear()
          .lineStyle(5, Ink.focus, 1)
          .strokeRoundedRect(x - cell / 2 + 2, y - cell / 2 + 2, cell - 4, cell - 4, 12);
      focusRings.set(token, showFocus);
      if (large) {
        // A touch or a click on the group opens its ballot; the keyboard opens it from the table's row.
        image.on('pointerup', () => this.open(token, { focus: () => undefined }));
        return { token, x, y, size };
      }
      const label =
        token.count > 1
          ? this.words.msg('count.election.openGroup', { voter: look.name, count: token.count })
          : this.words.msg('count.election.open', { voter: look.name });
      const control: A11yControl = a11y().addControl({
        label,
        id: `election.ballot.${token.voter}`,
        scope: SceneKey.Election,
        onActivate: () => this.open(token, control),
        onFocus: showFocus,
        onBlur: () => ring.clear(),
      });
      image.on('pointerup', () => this.open(token, control));
      return { token, x, y, size };
    });
    if (large) this.voterTable(focusRings, () => ring.clear());
    return spots;
  }

  /**
   * A large electorate in the DOM layer: a table of its groups, largest first, instead of one
   * button per group (present/count/voter-table.ts).
   */
  private voterTable(focusRings: Map<VoterToken, () => void>, clearRing: () => void): void {
    const table = voterTable(this.words, this.tokens);
    const element = voterTableElement({
      table,
      page: VOTER_TABLE_PAGE,
      moreLabel: (shown) => moreRowsLabel(this.words, shown, table.rows.length),
      onOpen: (row, button) => this.open(row.token, { focus: () => button.focus({ preventScroll: true }) }),
      onFocus: (row) => focusRings.get(row.token)?.(),
      onBlur: clearRing,
    });
    a11y().addElement(element, SceneKey.Election);
  }

  private fly(s: { token: VoterToken; x: number; y: number; size: number }): void {
    const ballot = sizeImage(
      this.add.image(s.x, s.y - s.size * 0.3, this.look.ballot),
      Math.max(18, s.size * 0.36),
    ).setDepth(5);
    this.tweens.add({
      targets: ballot,
      x: this.box.x,
      y: this.box.y - 60,
      angle: 200,
      duration: 750,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        ballot.destroy();
        this.received(s.token.count);
      },
    });
  }

  private dropInPlace(s: { token: VoterToken; x: number; y: number; size: number }): void {
    sizeImage(
      this.add.image(s.x + s.size * 0.36, s.y + s.size * 0.3, this.look.ballot),
      Math.max(16, s.size * 0.3),
    ).setDepth(5);
  }

  private received(count: number): void {
    this.cast += count;
    playEffect('ballot');
    const total = this.tokens.reduce((sum, t) => sum + t.count, 0);
    this.castCount.setText(this.words.msg('count.election.cast', { done: this.cast, total }));
    if (this.cast >= total) this.done();
  }

  /** Skips what is left of the vote (End, or the button), or goes on once it is over. */
  private finish(): void {
    if (this.panelOpen) return;
    if (this.allCast) {
      this.next();
      return;
    }
    for (const t of this.timers) t.remove(false);
    this.timers = [];
    const total = this.tokens.reduce((sum, t) => sum + t.count, 0);
    this.cast = total;
    this.castCount?.setText(this.words.msg('count.election.cast', { done: total, total }));
    this.done();
  }

  private done(): void {
    if (this.allCast) return;
    this.allCast = true;
    const words = this.words;
    const total = this.tokens.reduce((sum, t) => sum + t.count, 0);
    this.box.setTexture(this.look.boxFull);
    sizeImage(this.box, 230);
    const compare = this.data_.entry.mode === 'compare' && this.data_.entry.counted.counts.length > 1;
    const label = words.msg(compare ? 'count.election.toResults' : 'count.election.toCount');
    this.action?.destroy();
    const f = frame(this);
    this.action = new Button(this, {
      x: f.portrait ? f.cx : f.width - 190,
      y: f.height - 60,
      width: 320,
      height: 60,
      label,
      onActivate: () => this.next(),
      id: 'election.next',
    });
    probe.set(CountBody.cast, 'done');
    a11y().announce([words.msg('count.election.allCast', { total }), words.msg('count.election.hint')]);
    this.action.focus();
  }

  private open(token: VoterToken, control: Pick<A11yControl, 'focus'>): void {
    if (this.panelOpen) return;
    this.panelOpen = true;
    openBallotPanel({
      pen: this.pen,
      words: this.words,
      token,
      scale: gradeScale(this.tokens),
      onClose: () => {
        this.panelOpen = false;
        control.focus();
      },
    });
  }

  private next(): void {
    if (this.panelOpen) return;
    const to = afterElection(this.data_.entry);
    if (to.kind === 'results') this.scene.start(SceneKey.Results, electionPart(this.data_));
    else this.scene.start(SceneKey.Count, { ...electionPart(this.data_), method: to.method });
  }
}
