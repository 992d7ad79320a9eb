/**
 * The ballot as the voter fills it: the question, how to mark it, the options (one kind of
 * control per kind of ballot, src/phone/option-controls.ts), whether it may be changed later,
 * and the send button — or, instead of it, the question asked before sending a blank ballot
 * or one that leaves options without a grade.
 */
import { ungraded } from './ballot.ts';
import { h, type Child } from './dom.ts';
import { approvalControls, gradeControls, rankedControls } from './option-controls.ts';
import type { Voter } from './voter.ts';
import type { WordKey } from './words.ts';

/** The vote's question, on the ballot and on the cards after it. */
export function questionHeading(voter: Readonly<Voter>): HTMLElement {
  // No line break before a French question mark (a space typed before it).
  const question = (voter.setup?.question ?? '').replace(/ ([?!:;»])/g, '\u00a0$1');
  return h('h1', { class: 'question', tabindex: -1, 'data-key': 'question' }, question);
}

export function ballotView(voter: Readonly<Voter>): Child[] {
  const setup = voter.setup;
  if (!setup) return [];
  const locked = !voter.sendable;
  const how: WordKey = setup.kind === 'ranked' ? 'howRanked' : setup.kind === 'approval' ? 'howApproval' : 'howGrades';
  const body =
    setup.kind === 'ranked'
      ? rankedControls(voter, setup)
      : setup.kind === 'approval'
        ? approvalControls(voter, setup)
        : gradeControls(voter, setup);
  const note = voter.t(voter.allowChanges ? 'canChange' : 'isFinal');
  return [
    questionHeading(voter),
    h('p', { class: 'how', id: 'how' }, voter.t(how)),
    h(
      'fieldset',
      { class: 'ballot', disabled: locked, 'aria-describedby': 'how' },
      h('legend', { class: 'sr-only' }, setup.question),
      ...body,
    ),
    h('p', { class: voter.allowChanges ? 'note' : 'note final' }, note),
    voter.confirm ? confirmQuestion(voter, voter.confirm) : sendButton(voter, locked),
  ];
}

function sendButton(voter: Readonly<Voter>, locked: boolean): HTMLElement {
  const label = voter.sending
    ? voter.t(voter.connection === 'online' ? 'sending' : 'waitingToSend')
    : voter.t(voter.inBox ? 'sendNew' : 'send');
  return h(
    'button',
    {
      type: 'button',
      class: 'primary send',
      'data-action': 'send',
      'data-key': 'send',
      disabled: locked,
      onclick: () => voter.askToSend(),
    },
    label,
  );
}

function confirmQuestion(voter: Readonly<Voter>, question: WordKey): HTMLElement {
  const worst = voter.setup?.mentions?.[0] ?? '';
  const missing = voter.setup ? ungraded(voter.setup, voter.draft).length : 0;
  return h(
    'div',
    { class: 'card confirm', role: 'group', 'aria-labelledby': 'confirm-q' },
    h('p', { id: 'confirm-q', class: 'big' }, voter.t(question, { n: missing, worst })),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-action': 'confirm-send',
          'data-key': 'confirm-yes',
          'aria-describedby': 'confirm-q',
          onclick: () => voter.send(),
        },
        voter.t('confirmYes'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-action': 'confirm-back',
          'data-key': 'confirm-no',
          onclick: () => voter.cancelConfirm(),
        },
        voter.t('confirmNo'),
      ),
    ),
  );
}
