/**
 * The cards shown instead of a ballot: waiting for the room, the ballot in the box (with what
 * this phone sent, for the voter's own eyes only), the vote closed, and a stop — no vote with
 * this code, or a refusal the page cannot get past alone — with the one way on from it.
 */
import type { LiveSetup } from '../live/protocol.ts';
import { optionIdsOf, type Ballot } from './ballot.ts';
import { questionHeading } from './ballot-view.ts';
import { h, type Child } from './dom.ts';
import type { Voter } from './voter.ts';

export function waitView(voter: Readonly<Voter>): Child[] {
  return [
    h(
      'div',
      { class: 'card wait' },
      h('span', { class: 'dots', 'aria-hidden': 'true' }),
      h('p', {}, voter.t('connecting')),
    ),
  ];
}

export function doneView(voter: Readonly<Voter>): Child[] {
  const sent = voter.sent();
  const summary = voter.setup && sent && typeof sent === 'object' ? sentSummary(voter.setup, sent) : undefined;
  const refusedHere = voter.refused === 'already-voted';
  return [
    questionHeading(voter),
    h(
      'div',
      { class: 'card done', tabindex: -1, 'data-key': 'done' },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, '✓'),
      h('p', { class: 'big' }, voter.t('inBox')),
      h('p', {}, voter.t('anonymous')),
      summary,
      voter.retentionHours > 0 && h('p', { class: 'small' }, voter.t('retention', { hours: voter.retentionHours })),
    ),
    voter.allowChanges && voter.phase === 'open' && !refusedHere && h('p', { class: 'note' }, voter.t('canChange')),
    voter.allowChanges &&
      voter.phase === 'open' &&
      !refusedHere &&
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-action': 'change',
          'data-key': 'change',
          onclick: () => voter.changeBallot(),
        },
        voter.t('change'),
      ),
  ];
}

/** What this phone sent, as a short list (only on this phone, for the voter's own eyes). */
function sentSummary(setup: LiveSetup, ballot: Ballot): HTMLElement | undefined {
  const ids = optionIdsOf(setup);
  const name = (id: string) => setup.options[ids.indexOf(id)] ?? id;
  if (ballot.kind === 'ranked' && ballot.ranking.length > 0)
    return h('ol', { class: 'summary' }, ...ballot.ranking.map((tier) => h('li', {}, tier.map(name).join(', '))));
  if (ballot.kind === 'approval' && ballot.approves.length > 0)
    return h('ul', { class: 'summary' }, ...ballot.approves.map((id) => h('li', {}, `✓ ${name(id)}`)));
  if (ballot.kind === 'graded') {
    return h(
      'ul',
      { class: 'summary' },
      ...ids.map((id) => h('li', {}, `${name(id)}\u00a0: ${setup.mentions?.[ballot.grades[id]] ?? ''}`)),
    );
  }
  return undefined;
}

export function closedView(voter: Readonly<Voter>): Child[] {
  return [
    questionHeading(voter),
    h(
      'div',
      { class: 'card closed', tabindex: -1, 'data-key': 'done' },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, '■'),
      h('p', { class: 'big' }, voter.t(voter.inBox ? 'closedInBox' : 'closed')),
    ),
  ];
}

/** Stopped: the card says why (the status line's words); an unknown code leads back to the code form. */
export function stopView(voter: Readonly<Voter>): Child[] {
  const unknown = voter.stopReason === 'unknown-room';
  return [
    h(
      'div',
      { class: 'card stop' },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, '!'),
      h('p', { class: 'big' }, voter.status?.say(voter.lang) ?? ''),
      unknown
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-action': 'other-code',
              'data-key': 'other-code',
              onclick: () => voter.otherCode(),
            },
            voter.t('otherCode'),
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-action': 'retry',
              'data-key': 'retry',
              onclick: () => voter.retry(),
            },
            voter.t('retry'),
          ),
    ),
  ];
}
