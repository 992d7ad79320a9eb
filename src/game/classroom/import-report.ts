/**
 * What the import view shows once files are read, before anything is counted: the rows that
 * cannot be read (with their lines, and an offer to leave them out), and the summary of
 * several files merged, of a file not in UTF-8 or of a file the reader has a note about (each
 * file's count, the encoding read, how the file was read, the options' names to check before
 * they reach the projector).
 */
import { ENCODING_LABELS, type TextEncodingName } from '../../voting/io/index.ts';
import type { FileNote } from '../../voting/io/types.ts';
import type { BadRowsError } from '../../classroom/import-file.ts';
import type { MergedFiles } from '../../classroom/merge.ts';
import { MAX_BAD_ROWS } from '../../classroom/import-file.ts';
import { h } from './dom.ts';
import { button } from './views.ts';
import { t } from '../../i18n/index.ts';

const lineList = (lines: readonly number[]) => lines.join(', ');

/** The summary line of bad rows, for the problem line (read out at once). */
export function badRowsTitle(error: BadRowsError): string {
  if (error.more) return t('files.badRows.more', { file: error.file, max: MAX_BAD_ROWS });
  return t('files.badRows.title', {
    file: error.file,
    count: error.rows.length,
    lines: lineList(error.rows.map((r) => r.line)),
  });
}

/** Each bad row's own message (it names the file and the line), and the offer to leave them out. */
export function badRowsPanel(error: BadRowsError, leaveOut: () => void): HTMLElement {
  const list = h(
    'ul',
    { className: 'cr-bad-rows' },
    ...error.rows.map((r) => h('li', { 'data-line': r.line, text: t(r) })),
  );
  const panel = h('section', { 'data-bad-rows': error.rows.length }, list);
  if (!error.more)
    panel.append(
      h(
        'div',
        { className: 'cr-row' },
        button(t('files.badRows.leaveOut', { count: error.rows.length }), leaveOut, {
          id: 'import.leaveOut',
          primary: true,
        }),
      ),
    );
  return panel;
}

/** What the engine's reader decided or noticed (read as ranks, as grades…), one line each. */
export function readerNoteLines(notes: readonly FileNote[]): HTMLElement[] {
  return notes.map((n) => h('p', { 'data-reader-note': n.key }, h('strong', { text: t(n) })));
}

interface ReadFile {
  readonly name: string;
  readonly encoding: TextEncodingName;
}

/** Each file and its count, the encodings read, rows left out, the options; and "Count". */
export function summaryPanel(merged: MergedFiles, files: readonly ReadFile[], count: () => void): HTMLElement {
  const { reading } = merged;
  const items = merged.files.map((f) =>
    h('li', {
      'data-file': f.file,
      'data-ballots': f.ballots,
      text: t('files.summary.file', { file: f.file, ballots: f.ballots }),
    }),
  );
  const notes = files
    .filter((f) => f.encoding !== 'utf-8')
    .map((f) =>
      h(
        'p',
        { 'data-encoding': f.encoding },
        h('strong', { text: t('files.decode.readAs', { file: f.name, encoding: ENCODING_LABELS[f.encoding] }) }),
      ),
    );
  // How the reader read each file (ranks or grades…): said before anything is counted.
  const readerNotes = readerNoteLines(reading.notes);
  const left =
    reading.leftOut.length > 0
      ? h('p', {
          className: 'cr-muted',
          'data-left-out': reading.leftOut.length,
          text: t('files.summary.leftOut', {
            count: reading.leftOut.length,
            lines: lineList(reading.leftOut.map((r) => r.line)),
          }),
        })
      : null;
  return h(
    'section',
    { 'data-summary': reading.ballots },
    h('h2', { text: t('files.summary.title') }),
    h('ul', {}, ...items),
    ...notes,
    ...readerNotes,
    left,
    h('p', {
      'data-total': reading.ballots,
      text: t('files.summary.total', { ballots: reading.ballots, options: reading.election.options.join(', ') }),
    }),
    h(
      'div',
      { className: 'cr-row' },
      button(t('files.summary.count', { ballots: reading.ballots }), count, { id: 'import.count', primary: true }),
    ),
  );
}
