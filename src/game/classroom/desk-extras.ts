/**
 * What the desk's home adds for the ballot box: the "offline ready" mark, a way to erase the
 * saved election from a shared computer, and the question asked before leaving an open vote.
 */
import { desk } from './desk.ts';
import { h } from './dom.ts';
import { ensureBoxStyles } from './box-styles.ts';
import { forgetElection, takeResumedNotice } from './keep.ts';
import { offlineMark } from './offline-mark.ts';
import { button } from './views.ts';
import { t } from '../../i18n/index.ts';

export function deskExtras(redraw: () => void): HTMLElement[] {
  ensureBoxStyles();
  const resumed = takeResumedNotice();
  return [
    ...(resumed === undefined
      ? []
      : [
          h('p', {
            className: 'cr-notice',
            role: 'status',
            'data-notice': 'resumed',
            text: t('box.resumed', { n: resumed }),
          }),
        ]),
    h(
      'div',
      { className: 'cr-row' },
      offlineMark(),
      desk().election && button(t('box.forget'), () => (forgetElection(), redraw()), { id: 'home.forget' }),
    ),
  ];
}

/** Leaving the classroom with ballots in an open box: asked first. */
export function leaveDeskQuestion(leave: () => void, stay: () => void): HTMLElement[] {
  const n = desk().vote?.cast ?? 0;
  const yes = button(t('box.leave.yes'), leave, { id: 'home.leaveYes' });
  const no = button(t('box.leave.no'), stay, { id: 'home.leaveNo', primary: true });
  yes.dataset.action = 'confirm-leave';
  no.dataset.action = 'stay';
  return [
    h('h1', { text: t('classroom.title') }),
    h(
      'div',
      { className: 'cr-confirm', 'data-asking': 'leave' },
      h('p', { className: 'cr-big', text: t('box.leave.ask', { n }) }),
      h('div', { className: 'cr-row' }, no, yes),
    ),
  ];
}
