import { digitOf, gameKey } from '../../present/keys.ts';
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
import { ensureBoxStyles } from '../classroom/box-styles.ts';
import { desk, deskChanged, updateDesk } from '../classroom/desk.ts';
import { h, typing } from '../classroom/dom.ts';
import { gatePad, type GatePad } from '../classroom/gate-view.ts';
import { keepScreen, leaveScreen, voteInProgress } from '../classroom/keep.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import { button, problemLine } from '../classroom/views.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

export interface VoteSceneData {
  /** The vote came back after a reload with this many ballots: said once on the privacy screen. */
  readonly resumed?: number;
}

/**
 * Pass-and-play: one student at a time fills in a ballot on the shared device; between two
 * voters a privacy screen shows only how many ballots are in the box — never a running tally.
 * Each ballot is saved as it goes in (classroom/keep.ts); a blank ballot is asked about first;
 * the teacher's code, when set, is asked for before the next voter; leaving asks first.
 */
export class ClassroomVoteScene extends Phaser.Scene {
  private layer!: ClassroomLayer;
  private vote!: PassAndPlay;
  private counter: Phaser.GameObjects.Text | undefined;
  private confirming = false;
  /** A question on screen: cast a blank ballot? leave the vote? */
  private asking: 'blank' | 'leave' | undefined;
  private resumed: number | undefined;
  private pad: GatePad | undefined;

  constructor() {
    super(SceneKey.ClassroomVote);
  }

  create(data: VoteSceneData = {}): void {
    const { election, vote } = desk();
    if (!election) {
      void goTo(this, SceneKey.Classroom, { view: 'setup' });
      return;
    }
    // A vote still open (the teacher went back to the desk) goes on; a closed one starts anew.
    if (!vote || vote.phase === 'closed' || vote.election !== election) {
      this.vote = new PassAndPlay(election);
      updateDesk({ vote: this.vote }, 'vote');
    } else this.vote = vote;
    this.confirming = false;
    this.asking = undefined;
    this.resumed = data.resumed;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.escape() });
    binding.onDisplay(() => this.draw());
    binding.listen(window, 'keydown', (event) => this.key(event));
    binding.onShutdown(() => leaveScreen());
    keepScreen('vote');
    this.layer = new ClassroomLayer(this, { label: t('classroom.vote.title'), shape: 'narrow' });
    ensureBoxStyles();
    this.counter = undefined;
    void loadCountArt(this, [backdropArt(), ...BOX_ART]).then(() => {
      if (!this.sys.isActive()) return;
      const f = frame(this);
      const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
      bg.setScale(Math.max(f.width / bg.width, f.height / bg.height)).setDepth(-2);
      this.add.rectangle(0, 0, f.width, f.height, Colours.seaDeep, 0.55).setOrigin(0).setDepth(-1);
      this.add.image(f.portrait ? f.cx : 150, f.portrait ? 140 : f.cy, ArtKey.ui.ballotBox).setDisplaySize(200, 200);
      this.counter = addText(this, f.portrait ? f.cx : 150, f.portrait ? 260 : f.cy + 130, '', {
        size: 30,
        bold: true,
        color: Colours.textOnDark,
        origin: [0.5, 0],
        align: 'center',
        wrap: 260,
        shadow: true,
      });
      this.showCount();
    });
    this.draw();
    if (this.resumed !== undefined) a11y().announce(t('box.resumed', { n: this.resumed }));
    probe.set(BodyData.ready, SceneKey.ClassroomVote);
  }

  private showCount(): void {
    this.counter?.setText(t('classroom.vote.inBox', { n: this.vote.cast }));
    probe.set('ballotsCast', this.vote.cast);
  }

  private draw(): void {
    this.showCount();
    if (this.vote.phase === 'voting') return this.drawBallot();
    const few = this.vote.cast > 0 && this.vote.cast < FEW_VOTERS;
    this.pad = gatePad();
    this.layer.show(
      h('h1', { text: t('classroom.vote.privacyTitle') }),
      this.resumed !== undefined &&
        h('p', {
          className: 'cr-notice',
          role: 'status',
          'data-notice': 'resumed',
          text: t('box.resumed', { n: this.resumed }),
        }),
      h('p', {
        className: 'cr-big',
        'data-cast': String(this.vote.cast),
        text: t('classroom.vote.inBox', { n: this.vote.cast }),
      }),
      h('p', { text: t('classroom.vote.privacy') }),
      this.pad.element,
      h('div', { className: 'cr-row' }, this.nextButton()),
      this.confirming &&
        h('p', {
          className: 'cr-problem',
          role: 'alert',
          text: t(few ? 'classroom.vote.fewVoters' : 'classroom.vote.confirmClose', { n: this.vote.cast }),
        }),
      this.asking === 'leave' && this.question('leave'),
      h(
        'div',
        { className: 'cr-row' },
        button(t(this.confirming ? 'classroom.vote.closeYes' : 'classroom.vote.close'), () => this.close(), {
          id: 'vote.close',
        }),
        this.confirming &&
          button(t('classroom.vote.closeNo'), () => ((this.confirming = false), this.draw()), { id: 'vote.closeNo' }),
        button(t('classroom.back'), () => this.leave(), { id: 'vote.back' }),
      ),
      h('p', { className: 'cr-muted', text: t('box.saved') }),
    );
  }

  private nextButton(): HTMLButtonElement {
    const next = button(t(this.vote.cast > 0 ? 'box.next' : 'classroom.vote.begin'), () => this.begin(), {
      id: 'vote.begin',
      primary: true,
    });
    next.dataset.action = 'next-voter';
    return next;
  }

  private drawBallot(): void {
    const election = this.vote.election;
    const focused = (document.activeElement as HTMLElement | null)?.dataset ?? {};
    const send = button(t('box.send'), () => this.cast(), { id: 'vote.cast', primary: true });
    send.dataset.action = 'send';
    this.layer.show(
      h('h1', { text: election.question || t('classroom.election.untitled') }),
      ballotForm(this.vote, () => this.draw()),
      problemLine(undefined),
      this.asking === 'blank' || this.asking === 'leave'
        ? this.question(this.asking)
        : h(
            'div',
            { className: 'cr-row' },
            send,
            button(t('classroom.vote.clear'), () => (this.vote.clear(), this.draw()), { id: 'vote.clear' }),
            button(t('classroom.vote.cancel'), () => (this.vote.cancel(), this.draw()), { id: 'vote.cancel' }),
          ),
    );
    // Redrawn after each click: the focus stays on the control that was pressed.
    const again = focused.grade
      ? `[data-grade="${CSS.escape(focused.grade)}"]`
      : focused.option
        ? `[data-option="${CSS.escape(focused.option)}"]`
        : focused.action
          ? `[data-action="${CSS.escape(focused.action)}"]`
          : undefined;
    if (again) this.layer.card.querySelector<HTMLElement>(again)?.focus({ preventScroll: true });
  }

  /** A question in the card, with yes and no (the phone page's names for the blank ballot's). */
  private question(what: 'blank' | 'leave'): HTMLElement {
    const blank = what === 'blank';
    const text = blank
      ? t('box.blank.ask')
      : t(this.vote.phase === 'voting' ? 'box.leave.askVoting' : 'box.leave.ask', { n: this.vote.cast });
    const yes = button(t(blank ? 'box.blank.yes' : 'box.leave.yes'), () => (blank ? this.put() : this.leave(true)), {
      id: blank ? 'vote.blankYes' : 'vote.leaveYes',
      primary: true,
    });
    const no = button(t(blank ? 'box.blank.no' : 'box.leave.no'), () => ((this.asking = undefined), this.draw()), {
      id: blank ? 'vote.blankNo' : 'vote.leaveNo',
    });
    yes.dataset.action = blank ? 'confirm-send' : 'confirm-leave';
    no.dataset.action = blank ? 'confirm-back' : 'stay';
    const card = h(
      'div',
      { className: 'cr-confirm', role: 'group', 'data-asking': what, 'aria-labelledby': 'cr-ask' },
      h('p', { id: 'cr-ask', className: 'cr-big', text }),
      h('div', { className: 'cr-row' }, yes, no),
    );
    queueMicrotask(() => yes.focus({ preventScroll: true }));
    return card;
  }

  private begin(): void {
    if (this.pad && !this.pad.open()) return;
    this.confirming = false;
    this.asking = undefined;
    this.resumed = undefined;
    this.vote.begin();
    a11y().announce(t('classroom.vote.yourTurn'));
    this.draw();
  }

  private cast(): void {
    const problem = this.vote.problem();
    if (problem) {
      const line = this.layer.card.querySelector<HTMLElement>('[data-problem]');
      if (line) {
        line.textContent = t(problem);
        line.hidden = false;
      }
      return;
    }
    if (this.vote.blank) {
      this.asking = 'blank';
      this.draw();
      return;
    }
    this.put();
  }

  /** The ballot goes in the box, and is saved at once. */
  private put(): void {
    if (this.vote.problem()) return;
    this.asking = undefined;
    this.vote.submit();
    deskChanged('vote');
    a11y().announce(t('classroom.vote.thanks', { n: this.vote.cast }));
    this.draw();
  }

  private close(): void {
    if (this.vote.cast === 0) {
      a11y().announce(t('classroom.vote.noneYet'));
      return;
    }
    // The code is asked once, before the question "close the vote?" (the redrawn field is empty).
    if (!this.confirming && this.pad && !this.pad.open()) return;
    if (!this.confirming) {
      this.confirming = true;
      this.draw();
      return;
    }
    const groups = this.vote.close();
    deskChanged('vote');
    updateDesk({ groups, source: 'pass', counted: countClass(this.vote.election, groups) });
    void goTo(this, SceneKey.ClassroomResults, {});
  }

  /** Back to the desk: asked first while ballots are in the box or one is being filled in. */
  private leave(sure = false): void {
    if (!sure && voteInProgress()) {
      this.asking = 'leave';
      this.draw();
      return;
    }
    if (this.vote.phase === 'voting') this.vote.cancel();
    void goTo(this, SceneKey.Classroom, { view: 'ways' });
  }

  /** Number keys pick options (ranked and approval ballots); Enter is left to the buttons. */
  private key(event: KeyboardEvent): void {
    if (typing(event) || this.vote.phase !== 'voting' || this.asking) return;
    const n = digitOf(gameKey(event.key));
    if (n === undefined || n > this.vote.election.options.length) return;
    event.preventDefault();
    const id = `o${n}`;
    if (this.vote.election.kind === 'ranked') this.vote.toggleRank(id);
    else if (this.vote.election.kind === 'approval') this.vote.toggleApproval(id);
    else return;
    this.draw();
  }

  private escape(): void {
    if (this.asking) {
      this.asking = undefined;
      this.draw();
    } else if (this.vote.phase === 'voting') {
      this.vote.cancel();
      this.draw();
    } else this.leave();
  }
}
