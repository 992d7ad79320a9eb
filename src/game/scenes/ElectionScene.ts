import { gameKey } from '../../present/keys.ts';
import Phaser from 'phaser';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { sizeImage } from '../ui/art-loader.ts';
import { electionPart, type ElectionData } from '../count/data.ts';
import { openBallotPanel } from '../count/draw/ballot-panel.ts';
import { voteLook, type VoteLook } from '../count/ballot-look.ts';
import { drawElectionTop } from '../count/election-top.ts';
import { write, type Pen } from '../count/draw/kit.ts';
import { crowdByList, dropInPlace, flyToBox, placeVoters } from '../count/crowd.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import {
  animated,
  backdropArt,
  BOX_ART,
  CountBody,
  loadCountArt,
  penFor,
  voterArt,
  voterTextureSize,
} from '../count/stage.ts';
import { gradeScale, voterTokens, type VoterToken } from '../../present/count/voters.ts';
import { afterElection } from '../../present/flow/journey.ts';
import { probe } from '../../probe.ts';
import { playEffect } from '../sound/player.ts';
import { countPause } from '../count/pause.ts';
import { savedPlace } from '../count/place.ts';
import { touchDevice } from '../ui/touch.ts';
import { boxCaption, boxLines, boxOpening, type BoxOpening } from '../../present/count/ballot-box.ts';

/**
 * The vote itself: every voter (a cast member, a lone voter or a group with its count) drops a
 * ballot that travels to the box; with reduced motion the ballots simply appear. Any voter's
 * ballot can be opened (click, or its button in the DOM layer). Nothing is counted here: the
 * ballots come from the runner's election entry. A recount of ballots already cast in the
 * chapter (another rule, a duel of two options) is not staged as a new vote: the box stands
 * full with a line saying so (present/count/ballot-box.ts).
 */
export class ElectionScene extends Phaser.Scene {
  private data_!: ElectionData;
  private words!: ScenarioWords;
  private pen!: Pen;
  private tokens: VoterToken[] = [];
  private opening: BoxOpening = { kind: 'cast', changed: false };
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
      probe.clear(CountBody.box);
      probe.clear(CountBody.ready);
    });
    this.words = new ScenarioWords(data.scenario, data.lang, data.entry);
    this.pen = penFor(this);
    this.tokens = voterTokens(data.entry);
    this.opening = boxOpening(data.entry);
    const px = voterTextureSize(this.tokens.length);
    const crowd = this.opening.kind === 'cast' ? this.tokens : [];
    this.look = voteLook(data);
    const art = [
      backdropArt(),
      ...BOX_ART,
      ...this.look.art,
      ...crowd.map((t) => voterArt(this.words.voter(t.voter), t.count, px)),
    ];
    void loadCountArt(this, art).then(() => {
      if (this.alive) this.build();
    });
  }

  private build(): void {
    const f = frame(this);
    const words = this.words;
    const { prompt, top, legendH } = drawElectionTop(this, this.pen, words, this.look, this.data_.entry);
    const shift = top - 66; // the layout below was made for a one-line title and the legend at y = 66
    probe.set(CountBody.box, this.opening.kind);
    if (this.opening.kind === 'recount') return this.recount(prompt, top + legendH, this.opening.ballots);
    if (this.opening.kind === 'draw') return this.recount(prompt, top + legendH, 0);

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
    // No key hints on a touch screen; there a crowd too large for a finger per voter opens its list.
    const hint = !touchDevice()
      ? `${words.msg('count.election.hint')} · ${words.msg('keys.election.hint')}`
      : crowdByList(this, area, this.tokens.length)
        ? words.msg('count.voterPanel.hint', { groups: this.tokens.length })
        : words.msg('count.election.hint');
    // A vote after the ballots changed says so before the hint (present/count/ballot-box.ts).
    const changed = boxLines(words, this.opening, this.look.ballots);
    write(this.pen, area.x, area.y + area.h + 8, [...changed, hint].join(' '), {
      size: 18,
      colour: '#fff6e6',
      width: area.w,
    });

    const spots = placeVoters(
      { scene: this, pen: this.pen, words, tokens: this.tokens, open: (t, c) => this.open(t, c) },
      area,
    );
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
      ...changed,
      words.msg('count.election.cast', { done: 0, total }),
    ]);
    probe.set(CountBody.ready, SceneKey.Election);
    probe.set(BodyData.ready, SceneKey.Election);
    if (!animated()) {
      spots.forEach((s) => dropInPlace(this, s, this.look.ballot));
      this.finish();
      return;
    }
    // Ballots leave one after another, faster for a big crowd: the whole vote takes a few seconds.
    const gap = Math.max(16, Math.min(420, 6000 / Math.max(1, spots.length)));
    spots.forEach((s, i) =>
      this.timers.push(
        this.time.delayedCall(300 + i * gap, () =>
          flyToBox(this, s, this.box, this.look.ballot, () => this.received(s.token.count)),
        ),
      ),
    );
  }

  /**
   * A recount: the same ballots, already in the box, counted again (another rule, a duel of two
   * options), or a lottery's box of names. No voter casts anything; the box stands full in the
   * middle with a line saying so.
   */
  private recount(prompt: string, top: number, ballots: number): void {
    const f = frame(this);
    const words = this.words;
    const boxY = Math.max(top + 150, f.cy - 20);
    this.box = sizeImage(this.add.image(f.cx, boxY, this.look.boxFull), 230);
    write(this.pen, f.cx, boxY + 130, boxCaption(words, this.opening, this.look.ballots), {
      size: 22,
      bold: true,
      colour: '#fff6e6',
      align: 'center',
      width: f.width - 80,
    }).setOrigin(0.5, 0);
    const line = boxLines(words, this.opening, this.look.ballots).join(' ');
    write(this.pen, f.cx, boxY + 170, line, {
      size: 19,
      colour: '#fff6e6',
      align: 'center',
      width: Math.min(f.width - 80, 760),
    }).setOrigin(0.5, 0);
    probe.set(CountBody.ready, SceneKey.Election);
    probe.set(BodyData.ready, SceneKey.Election);
    a11y().announce([
      words.msg('count.election.start', { prompt, names: words.candidates.map((c) => words.option(c)) }),
      line,
    ]);
    this.cast = ballots;
    this.done(f.cx);
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

  /** Every ballot is in: the way on to the count (under the box, or at `x` for a recount). */
  private done(x?: number): void {
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
      x: x ?? (f.portrait ? f.cx : f.width - 190),
      y: f.height - 60,
      width: 320,
      height: 60,
      label,
      onActivate: () => this.next(),
      id: 'election.next',
    });
    probe.set(CountBody.cast, 'done');
    if (this.opening.kind === 'cast')
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
