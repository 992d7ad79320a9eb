/**
 * The ballot a student fills in on the shared device: ranked (options clicked in order, or
 * their number typed), approval (ticks) or grades (a grade for every option, by name when the
 * election names its grades). It shows only the ballot in hand, read from the pass-and-play
 * session. The controls are the live phone page's (src/phone/option-controls.ts): each carries
 * `data-option` with the option's name, and each grade `data-mention`, so that the same checks
 * drive both.
 */
import type { PassAndPlay } from '../../classroom/pass-and-play.ts';
import { optionIds, scaleOf } from '../../classroom/election.ts';
import { h } from './dom.ts';
import { ensureBoxStyles } from './box-styles.ts';
import { t } from '../../i18n/index.ts';

/** The name of each grade of the election's scale, worst first (numbers when it names none). */
function gradeNames(vote: PassAndPlay): string[] {
  const { min, max } = scaleOf(vote.election);
  const named = vote.election.mentions;
  return Array.from({ length: max - min + 1 }, (_, k) =>
    named && named.length === max - min + 1 ? named[k] : String(min + k),
  );
}

/** Draws the ballot; `redraw` is called after every change so the form shows the session's draft. */
export function ballotForm(vote: PassAndPlay, redraw: () => void): HTMLElement {
  ensureBoxStyles();
  const election = vote.election;
  const ids = optionIds(election);
  const draft = vote.draft;
  if (draft.kind === 'ranked') {
    const place = (id: string) => draft.ranking.findIndex((tier) => tier.includes(id)) + 1;
    const order = draft.ranking.flat();
    return h(
      'div',
      {},
      h('p', { text: t('classroom.vote.helpRanked') }),
      h(
        'div',
        { className: 'cr-options', role: 'group', 'aria-label': t('classroom.vote.options') },
        ...ids.map((id, i) => {
          const p = place(id);
          const label =
            p > 0
              ? t('classroom.vote.placed', { n: i + 1, option: election.options[i], place: p })
              : t('classroom.vote.option', { n: i + 1, option: election.options[i] });
          return h(
            'button',
            {
              type: 'button',
              className: 'cr-option',
              'aria-pressed': String(p > 0),
              'data-option': election.options[i],
              'aria-label': label,
              onclick: () => (vote.toggleRank(id), redraw()),
            },
            h('span', { className: 'cr-place', text: p > 0 ? `${p}.` : `(${i + 1})` }),
            election.options[i],
          );
        }),
      ),
      h('p', {
        'aria-live': 'polite',
        'data-ranking': '',
        text:
          order.length === 0
            ? t('classroom.vote.nothingYet')
            : t('classroom.vote.ranking', { names: order.map((id) => election.options[ids.indexOf(id)]).join(' › ') }),
      }),
    );
  }
  if (draft.kind === 'approval') {
    return h(
      'div',
      {},
      h('p', { text: t('classroom.vote.helpApproval') }),
      h(
        'div',
        { className: 'cr-options', role: 'group', 'aria-label': t('classroom.vote.options') },
        ...ids.map((id, i) => {
          const on = draft.approves.includes(id);
          return h(
            'button',
            {
              type: 'button',
              className: 'cr-option',
              'aria-pressed': String(on),
              'data-option': election.options[i],
              onclick: () => (vote.toggleApproval(id), redraw()),
            },
            h('span', { className: 'cr-place', text: on ? '✔' : '○' }),
            election.options[i],
          );
        }),
      ),
    );
  }
  const { min, max } = scaleOf(election);
  const names = gradeNames(vote);
  const missing = vote.ungraded().length;
  // Best first, as on a paper ballot of majority judgment.
  const grades = Array.from({ length: max - min + 1 }, (_, k) => max - k);
  return h(
    'div',
    {},
    h('p', { text: election.mentions ? t('box.ungraded.ask') : t('classroom.vote.helpGrades', { min, max }) }),
    h('p', {
      className: 'cr-muted',
      'data-graded': String(ids.length - missing),
      text: t('box.ungraded.count', { n: ids.length - missing, total: ids.length }),
    }),
    ...ids.map((id, i) =>
      h(
        'fieldset',
        { className: 'cr-grade-row', 'data-option': election.options[i] },
        h('legend', { text: election.options[i] }),
        h(
          'div',
          { className: 'cr-grade', role: 'radiogroup', 'aria-label': election.options[i] },
          ...grades.map((g) => {
            const input = h('input', {
              type: 'radio',
              name: `cr-g-${id}`,
              value: g,
              checked: draft.grades[id] === g,
              'data-mention': names[g - min],
              'data-grade': `${id}:${g}`,
            });
            input.addEventListener('change', () => (vote.setGrade(id, g), redraw()));
            return h('label', { className: 'cr-check' }, input, names[g - min]);
          }),
        ),
      ),
    ),
    election.ungradedAsLowest &&
      h('p', {
        className: 'cr-box-note',
        'data-ungraded-note': '',
        text: t('box.ungraded.note', { lowest: names[0] }),
      }),
    !election.mentions && h('p', { className: 'cr-muted', text: t('classroom.vote.gradeScale', { min, max }) }),
  );
}
