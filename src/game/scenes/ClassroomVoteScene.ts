import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { countClass } from '../../classroom/election.ts';
import { FEW_VOTERS, PassAndPlay } from '../../classroom/pass-and-play.ts';
import { goTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { ArtKey } from '../art/index.ts';
import { backdropArt, BOX_ART, loadCountArt } from '../count/stage.ts';
import { frame } from '../ui/layout.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { ballotForm } from '../classroom/ballot-form.ts';
import { desk } from '../classroom/desk.ts';
import { h, typing } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import { button, problemLine } from '../classroom/views.ts';
import { ct } from '../classroom/words.ts';

/**
 * Pass-and-play: one student at a time fills in a ballot on the shared device; between two
 * voters a privacy screen shows only how many ballots are in the box — never a running tally.
 */
export class ClassroomVoteScene extends Phaser.Scene {
  private layer!: ClassroomLayer;
  private vote!: PassAndPlay;
  private counter: Phaser.GameObjects.Text | undefined;
  private confirming = false;

  constructor() {
    super(SceneKey.ClassroomVote);
  }

  create(): void {
    const election = desk.election;
    if (!election) {
      void goTo(this, SceneKey.Classroom, { view: 'setup' });
      return;
    }
    // A vote still open (the teacher went back to the desk) goes on; a closed one starts anew.
    if (!desk.vote || desk.vote.phase === 'closed' || desk.vote.election !== election) desk.vote = new PassAndPlay(election);
    this.vote = desk.vote;
    this.confirming = false;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.escape() });
    binding.onDisplay(() => this.draw());
    binding.listen(window, 'keydown', (event) => this.key(event));
    this.layer = new ClassroomLayer(this, { label: ct('classroom.vote.title'), shape: 'narrow' });
    this.counter = undefined;
    void loadCountArt(this, [backdropArt(), ...BOX_ART]).then(() => {
      if (!this.sys.isActive()) return;
      const f = frame(this);
      const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
      bg.setScale(Math.max(f.width / bg.width, f.height / bg.height)).setDepth(-2);
      this.add.rectangle(0, 0, f.width, f.height, Colours.seaDeep, 0.55).setOrigin(0).setDepth(-1);
      this.add.image(f.portrait ? f.cx : 150, f.portrait ? 140 : f.cy, ArtKey.ui.ballotBox).setDisplaySize(200, 200);
      this.counter = addText(this, f.portrait ? f.cx : 150, f.portrait ? 260 : f.cy + 130, '', { size: 30, bold: true, color: Colours.textOnDark, origin: [0.5, 0], align: 'center', wrap: 260, shadow: true });
      this.showCount();
    });
    this.draw();
    document.body.dataset[BodyData.ready] = SceneKey.ClassroomVote;
  }

  private showCount(): void {
    this.counter?.setText(ct('classroom.vote.inBox', { n: this.vote.cast }));
    document.body.dataset.ballotsCast = String(this.vote.cast);
  }

  private draw(): void {
    this.showCount();
    const election = this.vote.election;
    if (this.vote.phase === 'voting') {
      const focused = (document.activeElement as HTMLElement | null)?.dataset ?? {};
      const problem = problemLine(undefined);
      this.layer.show(
        h('h1', { text: election.question || ct('classroom.election.untitled') }),
        ballotForm(this.vote, () => this.draw()),
        problem,
        h(
          'div',
          { className: 'cr-row' },
          button(ct('classroom.vote.cast'), () => this.cast(), { id: 'vote.cast', primary: true }),
          button(ct('classroom.vote.clear'), () => (this.vote.clear(), this.draw()), { id: 'vote.clear' }),
          button(ct('classroom.vote.cancel'), () => (this.vote.cancel(), this.draw()), { id: 'vote.cancel' }),
        ),
      );
      // Redrawn after each click: the focus stays on the control that was pressed.
      const again = focused.option ? `[data-option="${focused.option}"]` : focused.grade ? `[data-grade="${focused.grade}"]` : undefined;
      if (again) this.layer.card.querySelector<HTMLElement>(again)?.focus({ preventScroll: true });
      return;
    }
    const few = this.vote.cast > 0 && this.vote.cast < FEW_VOTERS;
    this.layer.show(
      h('h1', { text: ct('classroom.vote.privacyTitle') }),
      h('p', { className: 'cr-big', 'data-cast': String(this.vote.cast), text: ct('classroom.vote.inBox', { n: this.vote.cast }) }),
      h('p', { text: ct('classroom.vote.privacy') }),
      h('div', { className: 'cr-row' }, button(ct('classroom.vote.begin'), () => this.begin(), { id: 'vote.begin', primary: true })),
      this.confirming && h('p', { className: 'cr-problem', role: 'alert', text: ct(few ? 'classroom.vote.fewVoters' : 'classroom.vote.confirmClose', { n: this.vote.cast }) }),
      h(
        'div',
        { className: 'cr-row' },
        button(ct(this.confirming ? 'classroom.vote.closeYes' : 'classroom.vote.close'), () => this.close(), { id: 'vote.close' }),
        this.confirming && button(ct('classroom.vote.closeNo'), () => ((this.confirming = false), this.draw()), { id: 'vote.closeNo' }),
        button(ct('classroom.back'), () => void goTo(this, SceneKey.Classroom, { view: 'ways' }), { id: 'vote.back' }),
      ),
    );
  }

  private begin(): void {
    this.confirming = false;
    this.vote.begin();
    a11y().announce(ct('classroom.vote.yourTurn'));
    this.draw();
  }

  private cast(): void {
    const problem = this.vote.problem();
    if (problem) return;
    this.vote.submit();
    a11y().announce(ct('classroom.vote.thanks', { n: this.vote.cast }));
    this.draw();
  }

  private close(): void {
    if (this.vote.cast === 0) {
      a11y().announce(ct('classroom.vote.noneYet'));
      return;
    }
    if (!this.confirming) {
      this.confirming = true;
      this.draw();
      return;
    }
    const groups = this.vote.close();
    desk.groups = groups;
    desk.source = 'pass';
    desk.counted = countClass(this.vote.election, groups);
    void goTo(this, SceneKey.ClassroomResults, {});
  }

  /** Number keys pick options (ranked and approval ballots); Enter is left to the buttons. */
  private key(event: KeyboardEvent): void {
    if (typing(event) || this.vote.phase !== 'voting') return;
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > this.vote.election.options.length) return;
    event.preventDefault();
    const id = `o${n}`;
    if (this.vote.election.kind === 'ranked') this.vote.toggleRank(id);
    else if (this.vote.election.kind === 'approval') this.vote.toggleApproval(id);
    else return;
    this.draw();
  }

  private escape(): void {
    if (this.vote.phase === 'voting') {
      this.vote.cancel();
      this.draw();
    } else void goTo(this, SceneKey.Classroom, { view: 'ways' });
  }
}
