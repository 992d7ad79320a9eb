/**
 * The controls a voter marks the options with, one kind of ballot each: ranked (taps in order of
 * preference, then moved or taken out), approval (toggles), grades (one mention per option).
 * Real buttons and radio buttons, so that a screen reader and a keyboard work without more;
 * every control carries `data-option`, and each grade `data-mention`, for the checks outside.
 */
import type { LiveSetup } from '../live/protocol.ts';
import { moveRank, optionIdsOf, setGrade, tapRank, toggleApproval, ungraded } from './ballot.ts';
import { h, type Child } from './dom.ts';
import type { Voter } from './voter.ts';
import { ordinal } from './words.ts';

export function rankedControls(voter: Readonly<Voter>, setup: LiveSetup): Child[] {
  const ids = optionIdsOf(setup);
  const name = (id: string) => setup.options[ids.indexOf(id)];
  const options = ids.map((id, i) => {
    const place = voter.draft.order.indexOf(id) + 1;
    const option = setup.options[i];
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'option',
          'data-option': option,
          'data-key': `opt-${id}`,
          'aria-pressed': String(place > 0),
          'aria-label':
            place > 0
              ? voter.t('rankedAs', { name: option, rank: ordinal(voter.lang, place) })
              : voter.t('notRanked', { name: option }),
          onclick: () => voter.change(tapRank(voter.draft, id)),
        },
        h('span', { class: 'badge', 'aria-hidden': 'true' }, place > 0 ? String(place) : ''),
        h('span', { class: 'name' }, option),
      ),
    );
  });
  const last = voter.draft.order.length - 1;
  const ranking = voter.draft.order.map((id, place) =>
    h(
      'li',
      { class: 'rank' },
      h('span', { class: 'place' }, ordinal(voter.lang, place + 1)),
      h('span', { class: 'name' }, name(id)),
      h(
        'span',
        { class: 'tools' },
        tool('↑', `up-${id}`, voter.t('moveUp', { name: name(id) }), place === 0, () =>
          voter.change(moveRank(voter.draft, id, -1)),
        ),
        tool('↓', `down-${id}`, voter.t('moveDown', { name: name(id) }), place === last, () =>
          voter.change(moveRank(voter.draft, id, 1)),
        ),
        tool('✕', `remove-${id}`, voter.t('remove', { name: name(id) }), false, () => voter.unrank(id)),
      ),
    ),
  );
  return [
    h('ul', { class: 'options', 'aria-label': voter.t('optionsTitle') }, ...options),
    h('h2', { class: 'sub', id: 'ranking-title' }, voter.t('rankingTitle')),
    ranking.length > 0
      ? h('ol', { class: 'ranking', 'aria-labelledby': 'ranking-title' }, ...ranking)
      : h('p', { class: 'empty' }, voter.t('rankingEmpty')),
  ];
}

/** A small tool button: stays focusable at either end of the list (aria-disabled), so that the focus follows the option. */
function tool(symbol: string, key: string, label: string, off: boolean, act: () => void): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'tool',
      'data-key': key,
      'aria-label': label,
      'aria-disabled': off ? 'true' : undefined,
      onclick: () => !off && act(),
    },
    h('span', { 'aria-hidden': 'true' }, symbol),
  );
}

export function approvalControls(voter: Readonly<Voter>, setup: LiveSetup): Child[] {
  const ids = optionIdsOf(setup);
  const options = ids.map((id, i) => {
    const on = voter.draft.approves.includes(id);
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'option',
          'data-option': setup.options[i],
          'data-key': `opt-${id}`,
          'aria-pressed': String(on),
          onclick: () => voter.change(toggleApproval(setup, voter.draft, id)),
        },
        h('span', { class: 'badge check', 'aria-hidden': 'true' }, on ? '✓' : ''),
        h('span', { class: 'name' }, setup.options[i]),
        h('span', { class: 'sr-only' }, `, ${voter.t(on ? 'approved' : 'notApproved')}`),
      ),
    );
  });
  return [h('ul', { class: 'options', 'aria-label': voter.t('optionsTitle') }, ...options)];
}

export function gradeControls(voter: Readonly<Voter>, setup: LiveSetup): Child[] {
  const mentions = setup.mentions ?? [];
  const ids = optionIdsOf(setup);
  const graded = ids.length - ungraded(setup, voter.draft).length;
  // Best first, as on a paper ballot of majority judgment; the grade is the mention's rank, worst 0.
  const order = mentions.map((m, grade) => ({ m, grade })).reverse();
  const groups = ids.map((id, i) =>
    h(
      'fieldset',
      { class: 'grade', 'data-option': setup.options[i] },
      h('legend', { class: 'name' }, setup.options[i]),
      h(
        'div',
        { class: 'mentions' },
        ...order.map(({ m, grade }) =>
          h(
            'label',
            { class: 'mention', 'data-tone': String(Math.round((grade / Math.max(1, mentions.length - 1)) * 4)) },
            h('input', {
              type: 'radio',
              name: `g-${id}`,
              value: grade,
              'data-mention': m,
              'data-key': `g-${id}-${grade}`,
              checked: voter.draft.grades[id] === grade,
              onchange: () => voter.change(setGrade(voter.draft, id, grade)),
            }),
            h('span', {}, m),
          ),
        ),
      ),
    ),
  );
  return [h('p', { class: 'count' }, voter.t('gradedCount', { n: graded, total: ids.length })), ...groups];
}
