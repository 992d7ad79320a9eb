/**
 * A file of ballots from a spreadsheet or an online form (CSV), or any ballot file the engine
 * reads (our JSON, PrefLib, BLT). A form's extra columns (timestamp, e-mail…) are shown with a
 * box each: the teacher ticks the option columns. A bad row is reported with its line.
 */
import { describeError } from '../../i18n/index.ts';
import { ClassFileError, importBallots, type KindChoice } from '../../classroom/files.ts';
import { hasExtraColumns, inspectCsv, type CsvColumn } from '../../classroom/form-columns.ts';
import { VotingError } from '../../voting/errors.ts';
import { formatFromName, sniffFormat } from '../../voting/io/index.ts';
import { newElection } from './desk.ts';
import { h } from './dom.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { ct, lang } from './words.ts';

const KINDS: readonly KindChoice[] = ['auto', 'ranked', 'approval', 'grades'];

export function importView(ctx: ViewContext): HTMLElement[] {
  const picker = h('input', { type: 'file', id: 'cr-file', accept: '.csv,.tsv,.txt,.json,.soc,.soi,.toc,.toi,.blt' });
  const kind = h('select', { id: 'cr-file-kind' }, ...KINDS.map((k) => h('option', { value: k, text: ct(`classroom.import.kind.${k}`) })));
  const columnsBox = h('fieldset', { 'data-columns': '' });
  columnsBox.hidden = true;
  const problem = problemLine(undefined);
  let file: { name: string; text: string } | undefined;
  let columns: CsvColumn[] | undefined;

  const showColumns = (list: CsvColumn[]) => {
    columnsBox.replaceChildren(
      h('legend', { text: ct('classroom.import.columns') }),
      h('p', { className: 'cr-muted', text: ct('classroom.import.columnsHelp') }),
      ...list.map((c) => {
        const box = h('input', { type: 'checkbox', checked: c.option, 'data-column': c.index });
        box.addEventListener('change', () => {
          if (columns) columns = columns.map((x) => (x.index === c.index ? { ...x, option: box.checked } : x));
        });
        return h('label', { className: 'cr-check' }, box, c.header || `#${c.index + 1}`);
      }),
    );
    columnsBox.hidden = false;
  };

  // The file is read in the background: "Read" waits for it, so that a quick click never
  // finds no file, or the file picked before.
  let reading: Promise<void> = Promise.resolve();
  picker.addEventListener('change', () => {
    const chosen = picker.files?.[0];
    setProblem(problem, undefined);
    columnsBox.hidden = true;
    columns = undefined;
    file = undefined;
    if (!chosen) return;
    reading = chosen.text().then((text) => {
      file = { name: chosen.name, text };
      const format = formatFromName(chosen.name) ?? sniffFormat(text);
      if (format !== 'csv') return;
      const found = inspectCsv(text);
      if (hasExtraColumns(found)) {
        columns = found;
        showColumns(found);
      }
    });
  });

  const read = async () => {
    await reading.catch(() => undefined);
    if (!file) {
      setProblem(problem, ct('classroom.import.noFile'));
      return;
    }
    try {
      const keep = columns?.filter((c) => c.option).map((c) => c.index);
      const imported = importBallots(file.name, file.text, kind.value as KindChoice, keep);
      newElection(imported.election);
      ctx.counted(imported.groups, 'file');
    } catch (error) {
      if (error instanceof ClassFileError) setProblem(problem, ct(error.key, error.params));
      else if (error instanceof VotingError) setProblem(problem, describeError(error, lang()));
      else throw error;
    }
  };

  return [
    h('h1', { text: ct('classroom.import.title') }),
    h('p', { text: ct('classroom.import.help') }),
    h('p', { className: 'cr-muted', text: ct('classroom.import.formHelp') }),
    h('label', { for: 'cr-file', text: ct('classroom.import.file') }),
    picker,
    h('label', { for: 'cr-file-kind', text: ct('classroom.import.kind') }),
    kind,
    columnsBox,
    problem,
    h('div', { className: 'cr-row' }, button(ct('classroom.import.read'), read, { id: 'import.read', primary: true }), button(ct('classroom.back'), () => ctx.go('home'), { id: 'import.back' })),
  ];
}
