/**
 * Typed-in counts: piles of identical paper ballots (one row per pile: a rank, a tick or a
 * grade per option, and how many ballots), saved as they are typed (tally-draft.ts). A show
 * of hands has its own form: hands-view.ts.
 */
import type { ClassElection } from '../../classroom/election.ts';
import { scaleOf } from '../../classroom/election.ts';
import { h } from './dom.ts';
import { COUNTED_MARK } from './hands-kept.ts';
import { MAX_PILES, pileCellId, pileCountId, pileRows, pilesFromFields } from './piles-kept.ts';
import { draftFor, restoredOnce, saveDraft } from './tally-draft.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { t } from '../../i18n/index.ts';

const START_ROWS = 4;

export function pilesView(ctx: ViewContext, election: ClassElection): HTMLElement[] {
  const { min, max } = scaleOf(election);
  const help =
    election.kind === 'ranked'
      ? 'classroom.piles.helpRanked'
      : election.kind === 'approval'
        ? 'classroom.piles.helpApproval'
        : 'classroom.piles.helpGrades';
  const rows: { cells: HTMLInputElement[]; count: HTMLInputElement }[] = [];
  const body = h('tbody');
  const restored = restoredOnce('piles');
  const saved = draftFor('piles') ?? {};
  /** Every field as typed, by its input's id (a tick is `1`). */
  const typed = () => {
    const fields: Record<string, string> = { rows: String(rows.length) };
    for (const input of body.querySelectorAll('input')) {
      const value = input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value;
      if (value !== '') fields[input.id] = value;
    }
    return fields;
  };
  const problem = problemLine(undefined);
  // A field is named as the screen reader names it (« Ligne 3, La mer »).
  const fieldName = (id: string) => body.querySelector(`#${CSS.escape(id)}`)?.getAttribute('aria-label') ?? id;
  /** Saved whole, or the problem line says what could not be kept and where. */
  const save = () => setProblem(problem, saveDraft('piles', typed(), fieldName));
  body.addEventListener('input', save);
  body.addEventListener('change', save);
  const addRow = () => {
    const r = rows.length + 1;
    if (r > MAX_PILES) return false;
    const cells = election.options.map((name, i) =>
      election.kind === 'approval'
        ? h('input', {
            type: 'checkbox',
            id: pileCellId(r, i),
            'aria-label': t('classroom.piles.cell', { row: r, option: name }),
          })
        : h('input', {
            type: 'number',
            inputmode: 'numeric',
            step: 1,
            min: election.kind === 'ranked' ? 1 : min,
            max: election.kind === 'ranked' ? undefined : max,
            id: pileCellId(r, i),
            'aria-label': t('classroom.piles.cell', { row: r, option: name }),
          }),
    );
    const count = h('input', {
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      step: 1,
      id: pileCountId(r),
      'aria-label': t('classroom.piles.countOf', { row: r }),
    });
    for (const input of [...cells, count]) {
      const typed = saved[input.id];
      if (typed === undefined) continue;
      if (input.type === 'checkbox') input.checked = typed === '1';
      else input.value = typed;
    }
    rows.push({ cells, count });
    body.append(
      h('tr', {}, h('th', { scope: 'row', text: String(r) }), ...cells.map((c) => h('td', {}, c)), h('td', {}, count)),
    );
    return true;
  };
  const startRows = pileRows(saved, START_ROWS);
  for (let i = 0; i < startRows; i++) addRow();
  const done = () => {
    const fields = typed();
    const result = pilesFromFields(election, fields);
    if (result.problem || !result.groups) setProblem(problem, result.problem);
    else {
      // The counted piles stay saved, marked counted: a reload on the board counts them again
      // (keep.ts keeps their ballots too, so a draft refused here loses nothing once counted).
      saveDraft('piles', { ...fields, [COUNTED_MARK]: '1' }, fieldName);
      ctx.counted(result.groups, 'piles');
    }
  };
  const table = h(
    'table',
    { className: 'cr-grid' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { text: '#' }),
        ...election.options.map((name) => h('th', { scope: 'col', text: name })),
        h('th', { text: t('classroom.piles.count') }),
      ),
    ),
    body,
  );
  return [
    h('h1', { text: t('classroom.piles.title') }),
    ...(restored ? [h('p', { className: 'cr-muted', 'data-restored': '', text: t('classroom.hands.restored') })] : []),
    h('p', { text: t(help, { min, max }) }),
    table,
    problem,
    h(
      'div',
      { className: 'cr-row' },
      button(t('classroom.count'), done, { id: 'piles.count', primary: true }),
      button(
        t('classroom.piles.addRow'),
        () => {
          // The form's most: identical ballots share a row, so 100 rows hold any class's piles.
          if (addRow()) save();
          else setProblem(problem, t('classroom.piles.full', { max: MAX_PILES }));
        },
        { id: 'piles.add' },
      ),
      button(t('classroom.back'), () => ctx.go('ways'), { id: 'piles.back' }),
    ),
  ];
}
