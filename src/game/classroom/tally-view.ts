/**
 * Typed-in counts: piles of identical paper ballots (one row per pile: a rank, a tick or a
 * grade per option, and how many ballots), saved as they are typed (tally-draft.ts). A show
 * of hands has its own form: hands-view.ts.
 */
import type { ClassElection } from '../../classroom/election.ts';
import { scaleOf } from '../../classroom/election.ts';
import { fromRows, readCell, type TallyRow } from '../../classroom/tally.ts';
import { h } from './dom.ts';
import { clearDraft, draftFor, restoredOnce, saveDraft } from './tally-draft.ts';
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
  const save = () => {
    const fields: Record<string, string> = { rows: String(rows.length) };
    for (const input of body.querySelectorAll('input')) {
      const typed = input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value;
      if (typed !== '') fields[input.id] = typed;
    }
    saveDraft('piles', fields);
  };
  body.addEventListener('input', save);
  body.addEventListener('change', save);
  const addRow = () => {
    const r = rows.length + 1;
    const cells = election.options.map((name, i) =>
      election.kind === 'approval'
        ? h('input', {
            type: 'checkbox',
            id: `cr-pile-${r}-${i + 1}`,
            'aria-label': t('classroom.piles.cell', { row: r, option: name }),
          })
        : h('input', {
            type: 'number',
            inputmode: 'numeric',
            step: 1,
            min: election.kind === 'ranked' ? 1 : min,
            max: election.kind === 'ranked' ? undefined : max,
            id: `cr-pile-${r}-${i + 1}`,
            'aria-label': t('classroom.piles.cell', { row: r, option: name }),
          }),
    );
    const count = h('input', {
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      step: 1,
      id: `cr-pile-${r}-count`,
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
  };
  const startRows = Math.min(100, Math.max(START_ROWS, Number(saved.rows) || 0));
  for (let i = 0; i < startRows; i++) addRow();
  const problem = problemLine(undefined);
  const value = (input: HTMLInputElement) =>
    input.type === 'checkbox' ? (input.checked ? 1 : null) : readCell(input.value);
  const done = () => {
    const typed: TallyRow[] = rows.map((row) => ({ cells: row.cells.map(value), count: readCell(row.count.value) }));
    const result = fromRows(election, typed);
    if (result.problem || !result.groups) setProblem(problem, result.problem);
    else {
      clearDraft();
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
          addRow();
          save();
        },
        { id: 'piles.add' },
      ),
      button(t('classroom.back'), () => ctx.go('ways'), { id: 'piles.back' }),
    ),
  ];
}
