/**
 * Ballot files, as teachers have them: a spreadsheet or an online form (CSV, in any shape
 * form-shapes.ts knows), or any ballot file the engine reads (our JSON, PrefLib, BLT); one or
 * several files of the same vote. A file is refused by its size before it is read, then
 * decoded (UTF-8, UTF-16, Windows-1252 or refused). A form's extra columns get a box each;
 * rows that cannot be read are listed with their lines and left out only if the teacher
 * says so; several files, or a file not in UTF-8, are summed up before they are counted. How
 * the reader reads a file (as ranks or as grades…) is said as soon as it is picked, under the
 * kind of ballot, so that the teacher can correct the kind before reading.
 */
import { describeError, t } from '../../i18n/index.ts';
import { ClassFileError, type KindChoice } from '../../classroom/files.ts';
import { hasExtraColumns, type CsvColumn } from '../../classroom/form-columns.ts';
import { inspectForm } from '../../classroom/form-shapes.ts';
import { BadRowsError, readClassFile, type ClassFileReading } from '../../classroom/import-file.ts';
import { mergeReadings } from '../../classroom/merge.ts';
import { MAX_SEATS, readSeats } from '../../classroom/seats.ts';
import { VotingError } from '../../voting/errors.ts';
import {
  decodeFileBytes,
  formatFromName,
  MAX_FILE_BYTES,
  sniffFormat,
  type TextEncodingName,
} from '../../voting/io/index.ts';
import { newElection } from './desk.ts';
import { h } from './dom.ts';
import { badRowsPanel, badRowsTitle, readerNoteLines, summaryPanel } from './import-report.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { lang } from './words.ts';

const KINDS: readonly KindChoice[] = ['auto', 'ranked', 'approval', 'grades'];
const megabytes = (bytes: number) => Math.round(bytes / 100_000) / 10;

interface PickedFile {
  readonly name: string;
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** A file's text, refused by its size before a byte is read, then decoded; or a problem. */
async function readPicked(file: File): Promise<PickedFile | string> {
  if (file.size > MAX_FILE_BYTES)
    return t('files.tooLarge', { file: file.name, size: megabytes(file.size), limit: megabytes(MAX_FILE_BYTES) });
  try {
    const { text, encoding } = decodeFileBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    return { name: file.name, text, encoding };
  } catch (error) {
    if (error instanceof VotingError) return describeError(error, lang());
    throw error;
  }
}

export function importView(ctx: ViewContext): HTMLElement[] {
  const picker = h('input', {
    type: 'file',
    id: 'cr-file',
    multiple: true,
    accept: '.csv,.tsv,.txt,.json,.soc,.soi,.toc,.toi,.blt',
  });
  const kind = h(
    'select',
    { id: 'cr-file-kind' },
    ...KINDS.map((k) => h('option', { value: k, text: t(`classroom.import.kind.${k}`) })),
  );
  // Seats, as in the setup: empty is what the file says (a BLT file states its seats), else one.
  const seatsInput = h('input', {
    type: 'number',
    inputmode: 'numeric',
    id: 'cr-import-seats',
    min: 1,
    max: MAX_SEATS,
    step: 1,
    placeholder: '1',
    'data-seats': '',
  });
  seatsInput.setAttribute('aria-describedby', 'cr-import-seats-help');
  const columnsBox = h('fieldset', { 'data-columns': '' });
  columnsBox.hidden = true;
  const shapeLine = h('p', { className: 'cr-muted', 'data-shape': '' });
  shapeLine.hidden = true;
  const notesLine = h('div', { 'data-reader-notes': '' });
  const problem = problemLine(undefined);
  const report = h('div', { 'data-import-report': '' });
  let files: PickedFile[] = [];
  let columns: CsvColumn[] | undefined;

  const showColumns = (list: CsvColumn[]) => {
    columnsBox.replaceChildren(
      h('legend', { text: t('classroom.import.columns') }),
      h('p', { className: 'cr-muted', text: t('classroom.import.columnsHelp') }),
      ...list.map((c) => {
        const box = h('input', { type: 'checkbox', checked: c.option, 'data-column': c.index });
        box.addEventListener('change', () => {
          if (columns) columns = columns.map((x) => (x.index === c.index ? { ...x, option: box.checked } : x));
          showNotes();
        });
        return h('label', { className: 'cr-check' }, box, c.header || `#${c.index + 1}`);
      }),
    );
    columnsBox.hidden = false;
  };

  /**
   * The reader's notes for the files picked, with the kind chosen: a trial read whose refusals
   * are left to "Read", which reports them in full.
   */
  const showNotes = () => {
    const keep = files.length === 1 ? columns?.filter((c) => c.option).map((c) => c.index) : undefined;
    const notes = files.flatMap((f) => {
      try {
        return readClassFile(f.name, f.text, { kind: kind.value as KindChoice, columns: keep, leaveOut: true }).notes;
      } catch {
        return [];
      }
    });
    notesLine.replaceChildren(...readerNoteLines(notes));
  };
  kind.addEventListener('change', showNotes);

  /** A single CSV file shows its shape, and its columns when some are not options. */
  const inspect = (file: PickedFile) => {
    if ((formatFromName(file.name) ?? sniffFormat(file.text)) !== 'csv') return;
    const layout = inspectForm(file.text);
    if (layout.shape !== 'options') {
      shapeLine.textContent = t(`files.shape.${layout.shape}`);
      shapeLine.dataset.shape = layout.shape;
      shapeLine.hidden = false;
    } else if (hasExtraColumns(layout.columns)) {
      columns = layout.columns;
      showColumns(layout.columns);
    }
  };

  // The files are read in the background: "Read" waits for them, so that a quick click never
  // finds no file, or the files picked before.
  let reading: Promise<void> = Promise.resolve();
  picker.addEventListener('change', () => {
    const chosen = [...(picker.files ?? [])];
    setProblem(problem, undefined);
    report.replaceChildren();
    columnsBox.hidden = true;
    shapeLine.hidden = true;
    columns = undefined;
    files = [];
    notesLine.replaceChildren();
    reading = Promise.all(chosen.map(readPicked)).then((read) => {
      const refused = read.filter((r): r is string => typeof r === 'string');
      if (refused.length > 0) {
        setProblem(problem, refused.join(' '));
        return;
      }
      files = read as PickedFile[];
      if (files.length === 1) inspect(files[0]);
      showNotes();
    });
  });

  const count = (merged: ReturnType<typeof mergeReadings>) => {
    newElection(merged.reading.election);
    ctx.counted(merged.reading.groups, 'file');
  };

  const read = async (leaveOut = false) => {
    await reading.catch(() => undefined);
    report.replaceChildren();
    if (files.length === 0) {
      if (problem.hidden) setProblem(problem, t('classroom.import.noFile'));
      return;
    }
    // The seats are checked as the setup checks them, before any file is read.
    const asked = seatsInput.value.trim() === '' ? {} : readSeats(seatsInput.value);
    if (asked.problem) {
      setProblem(problem, asked.problem);
      seatsInput.focus();
      return;
    }
    setProblem(problem, undefined);
    try {
      const keep = files.length === 1 ? columns?.filter((c) => c.option).map((c) => c.index) : undefined;
      const readings: ClassFileReading[] = files.map((f) =>
        readClassFile(f.name, f.text, { kind: kind.value as KindChoice, columns: keep, leaveOut, seats: asked.seats }),
      );
      const merged = mergeReadings(readings);
      // One UTF-8 file is counted at once (its reader's notes are shown under the kind as soon
      // as it is picked); several files, or another encoding, are summed up first.
      if (files.length === 1 && files[0].encoding === 'utf-8') count(merged);
      else {
        report.replaceChildren(summaryPanel(merged, files, () => count(merged)));
        report.scrollIntoView({ block: 'nearest' });
      }
    } catch (error) {
      if (error instanceof BadRowsError) {
        setProblem(problem, badRowsTitle(error));
        report.replaceChildren(badRowsPanel(error, () => void read(true)));
        report.scrollIntoView({ block: 'nearest' });
      } else if (error instanceof ClassFileError) setProblem(problem, t(error));
      else if (error instanceof VotingError) setProblem(problem, describeError(error, lang()));
      else throw error;
    }
  };

  return [
    h('h1', { text: t('classroom.import.title') }),
    h(
      'details',
      { className: 'cr-muted' },
      h('summary', { text: t('files.import.helpTitle') }),
      h('p', { text: t('files.import.help') }),
    ),
    h('label', { for: 'cr-file', text: t('classroom.import.file') }),
    picker,
    h('label', { for: 'cr-file-kind', text: t('classroom.import.kind') }),
    kind,
    h('label', { for: 'cr-import-seats', text: t('classroom.seats.label') }),
    seatsInput,
    h('p', { className: 'cr-muted', id: 'cr-import-seats-help', text: t('classroom.import.seatsHelp') }),
    notesLine,
    shapeLine,
    columnsBox,
    problem,
    report,
    h(
      'div',
      { className: 'cr-row' },
      button(t('classroom.import.read'), () => void read(), { id: 'import.read', primary: true }),
      button(t('classroom.back'), () => ctx.go('home'), { id: 'import.back' }),
    ),
  ];
}
