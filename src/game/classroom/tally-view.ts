/**
 * Typed-in counts: a show of hands (one number per option) or piles of identical paper
 * ballots (one row per pile: a rank, a tick or a grade per option, and how many ballots).
 */
import type { ClassElection } from '../../classroom/election.ts';
import { scaleOf } from '../../classroom/election.ts';
import { fromOptionCounts, fromRows, perOptionAllowed, readCell, type TallyRow } from '../../classroom/tally.ts';
import { h } from './dom.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { ct } from './words.ts';

function numberField(id: string, label: string, min = 0): HTMLInputElement {
  return h('input', { type: 'number', inputmode: 'numeric', min, step: 1, id, 'aria-label': label });
}

export function handsView(ctx: ViewContext, election: ClassElection): HTMLElement[] {
  const fields = election.options.map((name, i) => numberField(`cr-hands-${i + 1}`, ct('classroom.hands.for', { option: name })));
  const problem = problemLine(perOptionAllowed(election) ? undefined : { key: 'classroom.tally.perOptionGrades', params: {} });
  const done = () => {
    const result = fromOptionCounts(election, fields.map((f) => readCell(f.value)));
    if (result.problem || !result.groups) setProblem(problem, result.problem);
    else ctx.counted(result.groups, 'hands');
  };
  const table = h(
    'table',
    { className: 'cr-grid' },
    h('thead', {}, h('tr', {}, h('th', { text: ct('classroom.option') }), h('th', { text: ct(election.kind === 'approval' ? 'classroom.hands.approvals' : 'classroom.hands.firsts') }))),
    h('tbody', {}, ...election.options.map((name, i) => h('tr', {}, h('th', { scope: 'row', text: name }), h('td', {}, fields[i])))),
  );
  return [
    h('h1', { text: ct('classroom.hands.title') }),
    h('p', { text: ct(election.kind === 'approval' ? 'classroom.hands.helpApproval' : 'classroom.hands.helpRanked') }),
    table,
    problem,
    h('div', { className: 'cr-row' }, button(ct('classroom.count'), done, { id: 'hands.count', primary: true }), button(ct('classroom.back'), () => ctx.go('ways'), { id: 'hands.back' })),
  ];
}

const START_ROWS = 4;

export function pilesView(ctx: ViewContext, election: ClassElection): HTMLElement[] {
  const { min, max } = scaleOf(election);
  const help = election.kind === 'ranked' ? 'classroom.piles.helpRanked' : election.kind === 'approval' ? 'classroom.piles.helpApproval' : 'classroom.piles.helpGrades';
  const rows: { cells: HTMLInputElement[]; count: HTMLInputElement }[] = [];
  const body = h('tbody');
  const addRow = () => {
    const r = rows.length + 1;
    const cells = election.options.map((name, i) =>
      election.kind === 'approval'
        ? h('input', { type: 'checkbox', id: `cr-pile-${r}-${i + 1}`, 'aria-label': ct('classroom.piles.cell', { row: r, option: name }) })
        : h('input', { type: 'number', inputmode: 'numeric', step: 1, min: election.kind === 'ranked' ? 1 : min, max: election.kind === 'ranked' ? undefined : max, id: `cr-pile-${r}-${i + 1}`, 'aria-label': ct('classroom.piles.cell', { row: r, option: name }) }),
    );
    const count = numberField(`cr-pile-${r}-count`, ct('classroom.piles.countOf', { row: r }));
    rows.push({ cells, count });
    body.append(h('tr', {}, h('th', { scope: 'row', text: String(r) }), ...cells.map((c) => h('td', {}, c)), h('td', {}, count)));
  };
  for (let i = 0; i < START_ROWS; i++) addRow();
  const problem = problemLine(undefined);
  const value = (input: HTMLInputElement) => (input.type === 'checkbox' ? (input.checked ? 1 : null) : readCell(input.value));
  const done = () => {
    const typed: TallyRow[] = rows.map((row) => ({ cells: row.cells.map(value), count: readCell(row.count.value) }));
    const result = fromRows(election, typed);
    if (result.problem || !result.groups) setProblem(problem, result.problem);
    else ctx.counted(result.groups, 'piles');
  };
  const table = h(
    'table',
    { className: 'cr-grid' },
    h('thead', {}, h('tr', {}, h('th', { text: '#' }), ...election.options.map((name) => h('th', { scope: 'col', text: name })), h('th', { text: ct('classroom.piles.count') }))),
    body,
  );
  return [
    h('h1', { text: ct('classroom.piles.title') }),
    h('p', { text: ct(help, { min, max }) }),
    table,
    problem,
    h(
      'div',
      { className: 'cr-row' },
      button(ct('classroom.count'), done, { id: 'piles.count', primary: true }),
      button(ct('classroom.piles.addRow'), addRow, { id: 'piles.add' }),
      button(ct('classroom.back'), () => ctx.go('ways'), { id: 'piles.back' }),
    ),
  ];
}
