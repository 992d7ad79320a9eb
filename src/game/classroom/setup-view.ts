/**
 * The class election in under a minute: the question, the options (one a line), the kind of
 * ballot, and the methods (those the engine can count on that ballot, the usual ones ticked).
 * The same form sets up a vote from phones (`live`): graded ballots then name their grades
 * (the mentions, worst first), and the form opens the host screen.
 */
import {
  availableMethods,
  BALLOT_KINDS,
  setupElection,
  usualMethods,
  type BallotKind,
} from '../../classroom/election.ts';
import { MAX_SEATS, readSeats, seatsOf } from '../../classroom/seats.ts';
import { classElectionOf, cleanSetup, setupProblems } from '../../live/election.ts';
import { defaultMentions } from '../../live/link.ts';
import type { LiveSetup } from '../../live/protocol.ts';
import type { MethodId } from '../../voting/method.ts';
import { methods as registry } from '../../voting/methods/index.ts';
import { desk, newElection } from './desk.ts';
import { h } from './dom.ts';
import { liveServer } from './live-env.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { ballotsCast, voteInProgress } from './keep.ts';
import { ensureBoxStyles } from './box-styles.ts';
import { lang } from './words.ts';
import { t } from '../../i18n/index.ts';

export function setupView(ctx: ViewContext, mode: 'class' | 'live' = 'class', editing = false): HTMLElement[] {
  ensureBoxStyles();
  const live = mode === 'live';
  // Only a change of the current election starts from it: a new one starts blank (ranked), so
  // that the previous ballot kind never carries over unseen.
  const before = editing ? desk().election : undefined;
  const question = h('input', {
    type: 'text',
    id: 'cr-question',
    maxlength: 120,
    value: before?.question ?? '',
    placeholder: t('classroom.setup.questionExample'),
  });
  const options = h('textarea', { id: 'cr-options', rows: 5, placeholder: t('classroom.setup.optionsExample') });
  options.value = before?.options.join('\n') ?? '';
  let kind: BallotKind = before?.kind ?? 'ranked';
  // Seats to fill (a class vote only: a live vote elects one). More than one offers the several-seat methods only.
  const seatsInput = h('input', {
    type: 'number',
    inputmode: 'numeric',
    id: 'cr-seats',
    min: 1,
    max: MAX_SEATS,
    step: 1,
    value: String(before ? seatsOf(before) : 1),
    'data-seats': '',
  });
  const seats = () => (live ? 1 : (readSeats(seatsInput.value).seats ?? 1));
  let seatsShown = seats();
  let chosen = new Set<MethodId>(before?.methods ?? usualMethods(kind, seatsShown));
  const methodBox = h('fieldset', { className: 'cr-methods' }, h('legend', { text: t('classroom.setup.methods') }));
  const problem = problemLine(undefined);
  // Live grades have names: the election's own, else the default six.
  const mentions = h('textarea', { id: 'cr-mentions', rows: 6 });
  mentions.value = (before?.kind === 'grades' && before.mentions ? before.mentions : defaultMentions(lang())).join(
    '\n',
  );
  const mentionBox = h(
    'div',
    { 'data-mentions': '' },
    h('label', { for: 'cr-mentions', text: t('live.form.mentions') }),
    mentions,
  );
  const mentionList = () =>
    mentions.value
      .split(/\r?\n/)
      .map((m) => m.trim())
      .filter((m) => m !== '');
  const liveScale = () =>
    live && kind === 'grades' ? { min: 0, max: Math.max(1, mentionList().length - 1) } : undefined;
  // Class grades: an option left without a grade counts as the lowest only when the teacher ticks this.
  const lowest = h('input', {
    type: 'checkbox',
    id: 'cr-ungraded',
    checked: before?.ungradedAsLowest === true,
    'data-ungraded': '',
  });
  const lowestBox = h('label', { className: 'cr-check' }, lowest, t('box.ungraded.choice'));
  const showMentions = () => {
    mentionBox.hidden = !live || kind !== 'grades';
    lowestBox.hidden = live || kind !== 'grades';
  };

  const optionCount = () => Math.max(2, options.value.split(/\r?\n|[,;]/).filter((s) => s.trim() !== '').length);
  const drawMethods = () => {
    // Crossing between one seat and several changes the whole list: its usual methods are ticked.
    if (seats() > 1 !== seatsShown > 1) chosen = new Set(usualMethods(kind, seats()));
    seatsShown = seats();
    const available = availableMethods(kind, optionCount(), liveScale(), seats());
    methodBox.replaceChildren(
      h('legend', { text: t('classroom.setup.methods') }),
      ...available.map((id) => {
        const box = h('input', { type: 'checkbox', value: id, checked: chosen.has(id), 'data-method': id });
        box.addEventListener('change', () => (box.checked ? chosen.add(id) : chosen.delete(id)));
        return h(
          'label',
          { className: 'cr-check', title: registry[id].info.description[lang()] },
          box,
          registry[id].info.name[lang()],
        );
      }),
    );
  };
  const kinds = h(
    'fieldset',
    {},
    h('legend', { text: t('classroom.setup.kind') }),
    ...BALLOT_KINDS.map((k) => {
      const radio = h('input', { type: 'radio', name: 'cr-kind', value: k, checked: k === kind, 'data-kind': k });
      radio.addEventListener('change', () => {
        kind = k;
        chosen = new Set(usualMethods(k, seats()));
        showMentions();
        drawMethods();
      });
      return h('label', { className: 'cr-check' }, radio, t(`classroom.kind.${k}`));
    }),
    h('p', { className: 'cr-muted', text: t(live ? 'live.form.kindHelp' : 'classroom.setup.kindHelp') }),
  );
  drawMethods();
  showMentions();
  // Some methods refuse many options (or grades other than 0 to 5): the list follows what is typed.
  options.addEventListener('change', drawMethods);
  mentions.addEventListener('change', drawMethods);
  seatsInput.addEventListener('input', drawMethods);
  // One short line: the form must fit a 1080p projector unscrolled.
  seatsInput.style.width = '3em';
  // What the number changes is told on hover and to screen readers: the methods' list shows it too.
  seatsInput.setAttribute('aria-description', t('classroom.seats.help'));
  const seatsBox = h(
    'div',
    { className: 'cr-seats' },
    h(
      'label',
      { className: 'cr-check', title: t('classroom.seats.help') },
      t('classroom.seats.label'),
      ' ',
      seatsInput,
    ),
  );
  seatsBox.hidden = live;

  /** Live votes need the room server: without one, this form leads to the other ways to vote. */
  let noServer = false;
  const serverLine = h('p', { className: 'lv-message', role: 'alert', 'data-no-server': '' });
  serverLine.hidden = true;
  const nextButton = button(t(live ? 'live.form.open' : 'classroom.setup.next'), () => next(), {
    id: live ? 'live.open' : 'setup.next',
    primary: true,
  });
  if (live) {
    void liveServer().then((info) => {
      if (info || !nextButton.isConnected) return;
      noServer = true;
      serverLine.textContent = t('live.host.noServer');
      serverLine.hidden = false;
      nextButton.textContent = t('live.host.otherWays');
    });
  }

  let discarding = false;
  const next = () => {
    const typedSeats = live ? { seats: 1 } : readSeats(seatsInput.value);
    if (typedSeats.problem) {
      setProblem(problem, typedSeats.problem);
      return;
    }
    const available = availableMethods(kind, optionCount(), liveScale(), seats());
    const { election, problems } = setupElection({
      question: question.value,
      optionsText: options.value,
      kind,
      methods: [...chosen].filter((m) => available.includes(m)),
      seats: seats(),
    });
    if (!election) {
      setProblem(problem, problems[0]);
      return;
    }
    // A new election empties the box: asked first while a vote is in progress.
    if (voteInProgress() && !discarding) {
      discarding = true;
      setProblem(problem, t('box.discard.ask', { n: ballotsCast() }));
      nextButton.textContent = t('box.discard.yes');
      return;
    }
    if (!live || noServer) {
      const made = kind === 'grades' && lowest.checked ? { ...election, ungradedAsLowest: true } : election;
      newElection(made);
      ctx.go('ways');
      return;
    }
    const setup: LiveSetup = {
      question: election.question,
      options: election.options,
      kind: election.kind,
      methods: election.methods,
      ...(kind === 'grades' ? { mentions: mentionList() } : {}),
    };
    const wrong = setupProblems(setup);
    if (wrong.length > 0) {
      setProblem(problem, wrong[0]);
      return;
    }
    newElection(classElectionOf(setup));
    ctx.startLive(cleanSetup(setup));
  };
  const form = h(
    'form',
    {
      onsubmit: (event: Event) => {
        event.preventDefault();
        next();
      },
      className: 'cr-setup',
    },
    // Two columns on a wide screen (box-styles.ts), so that the form fits a 1080p projector unscrolled.
    h(
      'div',
      { className: 'cr-setup-main' },
      h('label', { for: 'cr-question', text: t('classroom.setup.question') }),
      question,
      // The seats on the options' heading line: one more line would push the form past a 1080p screen.
      h(
        'div',
        { className: 'cr-options-head' },
        h('label', { for: 'cr-options', text: t('classroom.setup.options') }),
        seatsBox,
      ),
      options,
    ),
    h('div', { className: 'cr-setup-side' }, kinds, lowestBox, mentionBox),
    methodBox,
    problem,
    h(
      'div',
      { className: 'cr-row' },
      nextButton,
      button(t('classroom.back'), () => ctx.go('home'), { id: 'setup.back' }),
    ),
  );
  return [
    h('h1', { text: t(live ? 'live.form.title' : 'classroom.setup.title') }),
    h('p', {
      className: live ? 'cr-muted' : 'cr-muted cr-setup-intro',
      text: t(live ? 'live.form.intro' : 'classroom.setup.intro'),
    }),
    serverLine,
    form,
  ];
}
