/**
 * The ballot a student fills in on the shared device: ranked (options clicked in order, or
 * their number typed), approval (ticks) or grades (a grade for every option). It shows only
 * the ballot in hand, read from the pass-and-play session.
 */
import type { PassAndPlay } from '../../classroom/pass-and-play.ts';
import { optionIds, scaleOf } from '../../classroom/election.ts';
import { h } from './dom.ts';
import { ct } from './words.ts';

/** Draws the ballot; `redraw` is called after every change so the form shows the session's draft. */
export function ballotForm(vote: PassAndPlay, redraw: () => void): HTMLElement {
  const election = vote.election;
  const ids = optionIds(election);
  const draft = vote.draft;
  if (draft.kind === 'ranked') {
    const place = (id: string) => draft.ranking.findIndex((tier) => tier.includes(id)) + 1;
    const order = draft.ranking.flat();
    return h(
      'div',
      {},
      h('p', { text: ct('classroom.vote.helpRanked') }),
      h(
        'div',
        { className: 'cr-options', role: 'group', 'aria-label': ct('classroom.vote.options') },
        ...ids.map((id, i) => {
          const p = place(id);
          const label = p > 0 ? ct('classroom.vote.placed', { n: i + 1, option: election.options[i], place: p }) : ct('classroom.vote.option', { n: i + 1, option: election.options[i] });
          return h('button', { type: 'button', className: 'cr-option', 'aria-pressed': String(p > 0), 'data-option': id, 'aria-label': label, onclick: () => (vote.toggleRank(id), redraw()) }, h('span', { className: 'cr-place', text: p > 0 ? `${p}.` : `(${i + 1})` }), election.options[i]);
        }),
      ),
      h('p', { 'aria-live': 'polite', 'data-ranking': '', text: order.length === 0 ? ct('classroom.vote.nothingYet') : ct('classroom.vote.ranking', { names: order.map((id) => election.options[ids.indexOf(id)]).join(' › ') }) }),
    );
  }
  if (draft.kind === 'approval') {
    return h(
      'div',
      {},
      h('p', { text: ct('classroom.vote.helpApproval') }),
      h(
        'div',
        { className: 'cr-options', role: 'group', 'aria-label': ct('classroom.vote.options') },
        ...ids.map((id, i) => {
          const on = draft.approves.includes(id);
          return h('button', { type: 'button', className: 'cr-option', 'aria-pressed': String(on), 'data-option': id, onclick: () => (vote.toggleApproval(id), redraw()) }, h('span', { className: 'cr-place', text: on ? '✔' : '○' }), election.options[i]);
        }),
      ),
    );
  }
  const { min, max } = scaleOf(election);
  const grades = Array.from({ length: max - min + 1 }, (_, k) => min + k);
  return h(
    'div',
    {},
    h('p', { text: ct('classroom.vote.helpGrades', { min, max }) }),
    h(
      'table',
      { className: 'cr-grid' },
      h('tbody', {}, ...ids.map((id, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', text: election.options[i] }),
          h('td', {}, h('div', { className: 'cr-grade', role: 'group', 'aria-label': election.options[i] }, ...grades.map((g) =>
            h('button', { type: 'button', className: 'cr-btn', 'aria-pressed': String(draft.grades[id] === g), 'data-grade': `${id}:${g}`, 'aria-label': ct('classroom.vote.gradeLabel', { option: election.options[i], grade: g }), text: String(g), onclick: () => (vote.setGrade(id, g), redraw()) }),
          ))),
        ),
      )),
    ),
    h('p', { className: 'cr-muted', text: ct('classroom.vote.gradeScale', { min, max }) }),
  );
}
