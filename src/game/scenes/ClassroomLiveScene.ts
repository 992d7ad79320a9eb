import { gameKey } from '../../present/keys.ts';
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { groupBallots } from '../../classroom/ballots.ts';
import { countClass, type BallotGroup, type CountedClass } from '../../classroom/election.ts';
import { ballotsCsv, ballotsJson } from '../../classroom/files.ts';
import { classElectionOf } from '../../live/election.ts';
import type { HostState } from '../../live/host.ts';
import { hostScreen, type HostAction } from '../../live/host-screen.ts';
import { HostSession, type ExportPurpose, type HostStart } from '../../live/host-session.ts';
import { readLiveLink } from '../../live/link.ts';
import type { ExportedBallots, LiveSetup } from '../../live/protocol.ts';
import type { SetupProblem } from '../../classroom/election.ts';
import { goTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { ArtKey } from '../art/index.ts';
import { backdropArt, loadCountArt } from '../count/stage.ts';
import { frame } from '../ui/layout.ts';
import { Colours } from '../ui/theme.ts';
import { newElection, updateDesk } from '../classroom/desk.ts';
import { fileStem, h, saveFile } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import { hostEnvironment, storedHost } from '../classroom/live-env.ts';
import { LiveHostView, say } from '../classroom/live-view.ts';
import { toggleFullscreen } from '../classroom/presenter.ts';
import { button } from '../classroom/views.ts';
import { lang } from '../classroom/words.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

export interface LiveSceneData {
  /** A new room set up this way (the desk's form, a lesson's vote). */
  readonly setup?: LiveSetup;
  /** `#live/new?…`: the link's query, read in the player's language. */
  readonly query?: string;
  /** A `#live/…` link that opens nothing. */
  readonly unknown?: string;
}

/** The hash while a room is on screen: a reload (or the same link later) takes the room back. */
const RESUME_HASH = '#live';

/**
 * The host's screen of a vote from phones, for the projector: the join code, the QR code, the
 * number of ballots in (never what they say), and the host's buttons. Closing counts the
 * room's ballots like any class election's and shows the Results. The logic is headless
 * (src/live/host.ts, host-screen.ts, host-session.ts); this scene draws the backdrop and
 * forwards the buttons.
 */
export class ClassroomLiveScene extends Phaser.Scene {
  private layer!: ClassroomLayer;
  private session: HostSession | undefined;
  private view: LiveHostView | undefined;
  /** What was asked for: a setup (for "vote another way" and "try again"). */
  private setup: LiveSetup | undefined;

  constructor() {
    super(SceneKey.ClassroomLive);
  }

  create(data: LiveSceneData = {}): void {
    this.session = undefined;
    this.view = undefined;
    this.setup = undefined;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.toDesk() });
    binding.onDisplay(() => this.redraw());
    binding.listen(window, 'keydown', (event) => {
      // F: full screen, as on the lesson's slides (never while typing).
      const key = gameKey(event.key);
      if (
        (key === 'f' || key === 'F') &&
        !(event.target instanceof HTMLInputElement) &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      )
        toggleFullscreen();
    });
    binding.onShutdown(() => {
      this.session?.dispose();
      this.session = undefined;
      for (const key of ['roomCode', 'ballotsReceived', 'liveStatus'] as const) probe.clear(key);
      if (location.hash.toLowerCase() === RESUME_HASH)
        history.replaceState(null, '', location.pathname + location.search);
    });
    this.layer = new ClassroomLayer(this, { label: t('live.title'), shape: 'live' });
    probe.set(BodyData.ready, SceneKey.ClassroomLive);

    if (data.unknown !== undefined) return this.badLink([{ key: 'live.link.unknown', params: { link: data.unknown } }]);
    let setup = data.setup;
    if (data.query !== undefined) {
      const read = readLiveLink(data.query, lang());
      if (!read.setup) return this.badLink(read.problems);
      setup = read.setup;
    }
    if (setup) return this.start({ setup });
    const stored = storedHost();
    if (stored) return this.start({ resume: stored });
    // Nothing to resume: the desk's form for a vote from phones.
    void goTo(this, SceneKey.Classroom, { view: 'live' });
  }

  /** The reef behind the card (not when the scene hands over at once: two loads of one texture would clash). */
  private backdrop(): void {
    void loadCountArt(this, [backdropArt()]).then(() => {
      if (!this.sys.isActive()) return;
      const f = frame(this);
      const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
      bg.setScale(Math.max(f.width / bg.width, f.height / bg.height)).setDepth(-2);
      this.add.rectangle(0, 0, f.width, f.height, Colours.seaDeep, 0.6).setOrigin(0).setDepth(-1);
    });
  }

  private start(start: HostStart): void {
    this.backdrop();
    if ('setup' in start) this.setup = start.setup;
    this.view = new LiveHostView((action) => this.act(action));
    const session = new HostSession(hostEnvironment(), {
      change: (state, previous) => this.changed(state, previous),
      ballots: (exported, purpose) => this.ballots(exported, purpose),
    });
    this.session = session;
    this.view.update(hostScreen(session.state, this.context()));
    this.layer.show(this.view.element);
    void session.start(start);
  }

  private context() {
    return { lang: lang(), origin: location.origin };
  }

  private changed(state: HostState, previous: HostState): void {
    if (!this.sys.isActive() || !this.view) return;
    this.view.update(hostScreen(state, this.context()));
    const room = state.status === 'gone' || state.status === 'refused' ? undefined : state.room;
    if (!room) for (const key of ['roomCode', 'ballotsReceived'] as const) probe.clear(key);
    else {
      probe.set('roomCode', room.code);
      probe.set('ballotsReceived', room.received);
      // From now on a reload comes back to this room.
      if (location.hash !== RESUME_HASH)
        history.replaceState(null, '', `${location.pathname}${location.search}${RESUME_HASH}`);
    }
    probe.set('liveStatus', state.status);
    if (state.status !== previous.status || state.room?.phase !== previous.room?.phase)
      a11y().announce(say(hostScreen(state, this.context()).state));
  }

  private redraw(): void {
    const session = this.session;
    if (session && this.view) this.view.update(hostScreen(session.state, this.context()));
  }

  private act(action: HostAction): void {
    switch (action) {
      case 'back':
        return this.toDesk();
      case 'other-ways':
        return this.otherWays();
      case 'new-vote':
        return this.newVote();
      default:
        this.session?.act(action);
    }
  }

  /** The room's ballots came back: counted (the Results, as any class election's) or saved as a file. */
  private ballots(exported: ExportedBallots, purpose: ExportPurpose): void {
    const session = this.session;
    if (!session || !this.sys.isActive()) return;
    const election = classElectionOf(exported.setup);
    let groups: BallotGroup[];
    try {
      // The classroom's own checks, and groups in content order.
      groups = groupBallots(election, exported.groups);
    } catch (error) {
      if (purpose === 'count') session.counted([]);
      session.notice({
        key: 'live.host.countFailed',
        params: { error: error instanceof Error ? error.message : String(error) },
      });
      return;
    }
    if (groups.length === 0) {
      if (purpose === 'count') session.counted([]);
      else session.notice({ key: 'live.host.noneYet', params: {} });
      return;
    }
    const stem = fileStem(election.question, 'vote');
    if (purpose === 'csv' || purpose === 'json') {
      const name = `${stem}-ballots.${purpose}`;
      if (purpose === 'csv') saveFile(name, ballotsCsv(election, groups, lang()), 'text/csv;charset=utf-8');
      else saveFile(name, ballotsJson(election, groups), 'application/json');
      session.notice({ key: 'live.host.saved', params: { name } });
      return;
    }
    let counted: CountedClass;
    try {
      counted = countClass(election, groups);
    } catch (error) {
      session.counted([]);
      session.notice({
        key: 'live.host.countFailed',
        params: { error: error instanceof Error ? error.message : String(error) },
      });
      return;
    }
    newElection(election);
    updateDesk({ groups, source: 'phones', counted });
    session.counted(groups);
    const results = {
      entry: counted.entry,
      scenario: counted.scenario,
      lang: lang(),
      returnTo: SceneKey.ClassroomResults,
    };
    // The game's comparison of the room's ballots, then the class's results board (exports, PNG).
    void goTo(this, SceneKey.Results, results);
  }

  /** A link the game cannot follow: what is wrong, and the ways on. */
  private badLink(problems: readonly SetupProblem[]): void {
    this.backdrop();
    probe.set('liveStatus', 'bad-link');
    a11y().announce([t('live.host.badLinkTitle'), ...problems.map((p) => t(p))]);
    this.layer.show(
      h('h1', { text: t('live.host.badLinkTitle') }),
      ...problems.map((p) => h('p', { className: 'cr-problem', role: 'alert', 'data-problem': p.key, text: t(p) })),
      h('p', { className: 'cr-muted', text: t('live.host.badLinkHelp') }),
      h(
        'div',
        { className: 'cr-row' },
        button(t('live.host.setUpByHand'), () => void goTo(this, SceneKey.Classroom, { view: 'live' }), {
          id: 'live.setUpByHand',
          primary: true,
        }),
        button(t('classroom.results.desk'), () => this.toDesk(), { id: 'live.back' }),
      ),
    );
  }

  private knownSetup(): LiveSetup | undefined {
    return this.session?.state.room?.setup ?? this.setup;
  }

  private otherWays(): void {
    const setup = this.knownSetup();
    if (setup) newElection(classElectionOf(setup));
    void goTo(this, SceneKey.Classroom, { view: setup ? 'ways' : 'setup' });
  }

  private newVote(): void {
    const setup = this.knownSetup();
    if (setup) newElection(classElectionOf(setup));
    void goTo(this, SceneKey.Classroom, { view: 'live' });
  }

  /** Back to the desk: the room stays open on the server, and the desk offers to come back. */
  private toDesk(): void {
    void goTo(this, SceneKey.Classroom, {});
  }
}
