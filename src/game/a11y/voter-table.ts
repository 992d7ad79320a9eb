/**
 * The vote's large electorate in the DOM layer, as a real table (caption, column headers, one
 * row per group, the largest first): a screen reader moves through it by rows and columns
 * instead of hearing hundreds of identical "open the ballot" buttons. The first rows are drawn,
 * a "show more" button adds the next ones (and takes the focus to the first of them). Each row's
 * header is a button that opens the group's ballot, as touching the group on the canvas does.
 */
import type { VoterRow, VoterTable } from '../../present/count/voter-table.ts';

interface VoterTableOptions {
  readonly table: VoterTable;
  /** Rows drawn at first and added by each press of "show more". */
  readonly page: number;
  readonly moreLabel: (shown: number) => string;
  readonly onOpen: (row: VoterRow, button: HTMLButtonElement) => void;
  readonly onFocus: (row: VoterRow) => void;
  readonly onBlur: () => void;
  /** The rows' buttons' `data-control` prefix (the screen-reader table's: `election.ballot.`). */
  readonly controlPrefix?: string;
  /** The table's class (the visible touch list's look: `cr-grid`). */
  readonly className?: string;
}

function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text; // text, never HTML
  return element;
}

/** The table and its "show more" button, in a wrapper to put in the scene's a11y scope. */
export function voterTableElement(options: VoterTableOptions): HTMLElement {
  const { table } = options;
  const wrapper = document.createElement('div');
  const element = document.createElement('table');
  element.dataset.voterTable = String(table.rows.length);
  if (options.className) element.className = options.className;
  element.createCaption().textContent = table.caption;
  const headRow = element.createTHead().insertRow();
  for (const header of table.headers) {
    const th = cell('th', header);
    th.scope = 'col';
    headRow.appendChild(th);
  }
  const body = element.createTBody();
  const more = document.createElement('button');
  more.type = 'button';
  more.dataset.voterTableMore = '';
  let shown = 0;
  const showNext = (): HTMLButtonElement | undefined => {
    let first: HTMLButtonElement | undefined;
    for (const row of table.rows.slice(shown, shown + options.page)) {
      const tr = body.insertRow();
      tr.dataset.count = String(row.count);
      const th = document.createElement('th');
      th.scope = 'row';
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = row.name;
      open.dataset.control = `${options.controlPrefix ?? 'election.ballot.'}${row.token.voter}`;
      open.addEventListener('click', () => options.onOpen(row, open));
      open.addEventListener('focus', () => options.onFocus(row));
      open.addEventListener('blur', options.onBlur);
      th.appendChild(open);
      tr.append(th, cell('td', String(row.count)), cell('td', row.ballot));
      first ??= open;
    }
    shown = Math.min(table.rows.length, shown + options.page);
    more.textContent = options.moreLabel(shown);
    more.hidden = shown >= table.rows.length;
    return first;
  };
  more.addEventListener('click', () => showNext()?.focus({ preventScroll: true }));
  showNext();
  wrapper.append(element, more);
  return wrapper;
}
