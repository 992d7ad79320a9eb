/**
 * The pieces of the puzzle board's card, as plain HTML: the ballot box as a table (searchable,
 * a few rows at a time: Burlington has hundreds of kinds of ballots), and the editor of the
 * picked row (ranks moved up and down, approvals ticked, grades chosen, how many ballots).
 * Every control carries `data-board` so that the card, redrawn after each edit, puts the
 * focus back where it was.
 */
import type { Lang } from '../../i18n/format.ts';
import { gradeLabelKey } from '../../scenario/schema.ts';
import type { StepParams } from '../../voting/result.ts';
import { h } from '../classroom/dom.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { BoardRow, PuzzleBoard } from '../../present/flow/puzzle-board.ts';
import { ofName, playText, type PlayKey } from './play-text.ts';

export const ROWS_AT_ONCE = 12;

export interface PartsContext {
  readonly board: PuzzleBoard;
  readonly texts: ScenarioWords;
  /** Runs an edit, then redraws the card with the focus on `focus` (or where it was). */
  readonly act: (edit: () => void, focus?: string) => void;
}

export function say(texts: ScenarioWords, key: PlayKey, params: StepParams = {}): string {
  return playText(key, params, texts.lang as Lang, texts.nouns);
}

export function voterName(c: PartsContext, voter: string): string {
  return c.texts.voterName(c.board.goal.election, voter);
}

function button(
  key: string,
  label: string,
  onClick: () => void,
  extra: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  return h('button', {
    type: 'button',
    className: 'cr-btn',
    'data-board': key,
    text: label,
    onclick: onClick,
    ...extra,
  });
}

/** The rows a search keeps (by the voters' name or the ballot's words, case and accents aside). */
function matching(c: PartsContext, query: string): BoardRow[] {
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const q = fold(query.trim());
  if (!q) return [...c.board.rows];
  return c.board.rows.filter((r) =>
    fold(`${voterName(c, r.voter)} ${c.texts.ballot(r.ballot, c.board.goal.election)}`).includes(q),
  );
}

/** The box as a table: who, how many, their ballot, and a button to edit them. */
export function boxTable(
  c: PartsContext,
  query: string,
  limit: number,
  setQuery: (q: string) => void,
  showMore: () => void,
): HTMLElement {
  const { board, texts } = c;
  const rows = matching(c, query);
  const shown = rows.slice(0, limit);
  const body = shown.map((r) => {
    const index = board.rows.indexOf(r);
    const name = voterName(c, r.voter);
    const open = board.available(r) > 0;
    return h(
      'tr',
      { 'data-row': r.voter, 'aria-current': board.selected === r ? 'true' : undefined },
      h('th', { scope: 'row', text: name }),
      h('td', { text: String(r.count) }),
      h('td', { text: texts.ballot(r.ballot, board.goal.election) }),
      h(
        'td',
        {},
        button(`pick:${r.voter}`, say(texts, 'board.pick'), () => c.act(() => board.select(index), 'editor'), {
          'aria-label': say(texts, 'board.pickLabel', { of: ofName(name, texts.lang as Lang) }),
          disabled: !open,
        }),
      ),
    );
  });
  const search =
    board.rows.length > ROWS_AT_ONCE
      ? h(
          'p',
          {},
          h('label', { for: 'board-search', text: say(texts, 'board.search') }),
          h('input', {
            id: 'board-search',
            type: 'text',
            'data-board': 'search',
            value: query,
            autocomplete: 'off',
            oninput: (e: Event) => setQuery((e.target as HTMLInputElement).value),
          }),
        )
      : null;
  const head = h(
    'tr',
    {},
    ...(['voters', 'count', 'ballot', 'action'] as const).map((k) =>
      h('th', { scope: 'col', text: say(texts, `board.col.${k}`) }),
    ),
  );
  return h(
    'section',
    { 'aria-label': say(texts, 'board.box') },
    h('h3', { text: say(texts, 'board.box') }),
    board.left === 0 ? h('p', { className: 'cr-muted', text: say(texts, 'board.noneLeft') }) : null,
    search,
    h('table', { className: 'cr-grid pz-box' }, h('thead', {}, head), h('tbody', {}, ...body)),
    rows.length > shown.length
      ? h('p', { className: 'cr-muted', text: say(texts, 'board.shown', { shown: shown.length, total: rows.length }) })
      : null,
    rows.length > shown.length
      ? button(
          'more',
          say(texts, 'board.more', { count: Math.min(ROWS_AT_ONCE, rows.length - shown.length) }),
          showMore,
        )
      : null,
  );
}

function rankedEditor(c: PartsContext): HTMLElement[] {
  const { board, texts } = c;
  const { ranked, unranked } = board.order();
  const items = ranked.map((o, i) => {
    const name = texts.option(o);
    return h(
      'li',
      { 'data-option': o },
      h('span', { className: 'pz-name', text: name }),
      button(`up:${o}`, '▲', () => c.act(() => board.move(o, -1)), {
        'aria-label': say(texts, 'board.up', { name }),
        disabled: i === 0,
      }),
      button(`down:${o}`, '▼', () => c.act(() => board.move(o, 1)), {
        'aria-label': say(texts, 'board.down', { name }),
        disabled: i === ranked.length - 1,
      }),
    );
  });
  const out: HTMLElement[] = [h('ol', { className: 'pz-ranking', 'data-board-list': 'ranking' }, ...items)];
  if (unranked.length > 0) {
    out.push(
      h(
        'p',
        { className: 'cr-row' },
        say(texts, 'board.unranked'),
        ...unranked.map((o) =>
          button(`rank:${o}`, say(texts, 'board.rankIt', { name: texts.option(o) }), () =>
            c.act(() => board.move(o, -1), `up:${o}`),
          ),
        ),
      ),
    );
  }
  return out;
}

function approvalEditor(c: PartsContext): HTMLElement[] {
  const { board, texts } = c;
  const b = board.draft;
  const approves = b?.kind === 'approval' ? b.approves : [];
  return board.candidates.map((o) =>
    h(
      'label',
      { className: 'cr-check' },
      h('input', {
        type: 'checkbox',
        'data-board': `approve:${o}`,
        'data-option': o,
        checked: approves.includes(o),
        onchange: () => c.act(() => board.toggle(o)),
      }),
      say(texts, 'board.approve', { name: texts.option(o) }),
    ),
  );
}

function gradedEditor(c: PartsContext): HTMLElement[] {
  const { board, texts } = c;
  const b = board.draft;
  const scale = board.grades;
  const grades: number[] = [];
  for (let g = board.scale.max; g >= board.scale.min; g--) grades.push(g);
  const gradeName = (g: number): string =>
    scale?.labels ? `${texts.text(gradeLabelKey(scale, g))} (${g})` : String(g);
  return board.candidates.map((o) => {
    const id = `board-grade-${o}`;
    const now = b?.kind === 'graded' ? (b.grades[o] ?? board.scale.min) : board.scale.min;
    const select = h(
      'select',
      {
        id,
        'data-board': `grade:${o}`,
        'data-option': o,
        onchange: (e: Event) => c.act(() => board.grade(o, Number((e.target as HTMLSelectElement).value))),
      },
      ...grades.map((g) => h('option', { value: String(g), text: gradeName(g) })),
    );
    select.value = String(now);
    return h(
      'p',
      { className: 'cr-row' },
      h('label', { for: id, text: say(texts, 'board.gradeOf', { name: texts.option(o) }) }),
      select,
    );
  });
}

/** The picked row's editor: before and after, the ballot's controls, how many, keep or cancel. */
export function rowEditor(c: PartsContext): HTMLElement | null {
  const { board, texts } = c;
  const row = board.selected;
  const draft = board.draft;
  if (!row || !draft) return null;
  const name = voterName(c, row.voter);
  const max = board.available(row);
  const controls =
    draft.kind === 'ranked' ? rankedEditor(c) : draft.kind === 'approval' ? approvalEditor(c) : gradedEditor(c);
  const countInput = h('input', {
    id: 'board-count',
    type: 'number',
    min: 1,
    max,
    value: board.count,
    'data-board': 'count',
    onchange: (e: Event) => c.act(() => board.setCount(Number((e.target as HTMLInputElement).value))),
  });
  return h(
    'section',
    {
      className: 'pz-editor',
      'data-board-editor': row.voter,
      'aria-label': say(texts, 'board.editing', { of: ofName(name, texts.lang as Lang), count: row.count }),
    },
    h('h3', {
      'data-board': 'editor',
      tabindex: '-1',
      text: say(texts, 'board.editing', { of: ofName(name, texts.lang as Lang), count: row.count }),
    }),
    h('p', { text: say(texts, 'board.before', { ballot: texts.ballot(row.ballot, board.goal.election) }) }),
    ...controls,
    h('p', {
      'data-board-after': '',
      text: say(texts, 'board.after', { ballot: texts.ballot(draft, board.goal.election) }),
    }),
    h(
      'p',
      { className: 'cr-row' },
      h('label', { for: 'board-count', text: say(texts, 'board.howMany', { max }) }),
      button('fewer', '−', () => c.act(() => board.setCount(board.count - 1)), {
        'aria-label': say(texts, 'board.fewer'),
        disabled: board.count <= 1,
      }),
      countInput,
      button('more1', '+', () => c.act(() => board.setCount(board.count + 1)), {
        'aria-label': say(texts, 'board.more1'),
        disabled: board.count >= max,
      }),
    ),
    h(
      'p',
      { className: 'cr-row' },
      button('keep', say(texts, 'board.keep'), () => c.act(() => board.keep(), 'submit'), {
        className: 'cr-btn cr-primary',
      }),
      button('cancel', say(texts, 'board.cancel'), () => c.act(() => board.cancel(), `pick:${row.voter}`)),
    ),
  );
}
