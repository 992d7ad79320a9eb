/**
 * The print view: our own pages drawn over the game (no other HTML file), with a bar to print,
 * to switch the sheets' language and to close. `@media print` (styles.ts) prints the pages only.
 * Ballots: how many copies of each kind (the election's own kind only, by default). Guides:
 * one chapter's or all of them.
 */
import { gameKey } from '../../present/keys.ts';
import type { Lang } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { builtInChapters, loadChapterFile } from '../flow/chapters.ts';
import { chapterLabel } from '../ui/chapter-labels.ts';
import { desk } from './desk.ts';
import { ensureStyles, h } from './dom.ts';
import { ballotSheets, defaultCopies, guideSheet, MAX_COPIES, resultsSheet, type Copies } from './print-sheets.ts';
import { BALLOT_KINDS, type BallotKind } from '../../classroom/election.ts';
import { lang as gameLang } from './words.ts';
import { probe } from '../../probe.ts';

type PrintKind = 'ballots' | 'results' | 'guides';

const ROOT = 'cr-print';

/** What the bar chose: copies per ballot kind; a chapter's guide (0: every chapter). */
interface Choice {
  copies?: Copies;
  chapter: number;
}

async function sheets(kind: PrintKind, lang: Lang, choice: Choice): Promise<HTMLElement[]> {
  const { election, counted, groups } = desk();
  if (kind === 'ballots') return election ? ballotSheets(election, lang, choice.copies) : [];
  if (kind === 'results') return election && counted && groups ? [resultsSheet(election, counted, groups, lang)] : [];
  const out: HTMLElement[] = [];
  // The game's own chapters (a guide per numbered chapter); a teacher's file has its guide in its own tools.
  for (const chapter of await builtInChapters()) {
    if (chapter.number === undefined || (choice.chapter !== 0 && chapter.number !== choice.chapter)) continue;
    try {
      const sheet = guideSheet(chapter.number, await loadChapterFile(chapter), lang);
      if (sheet) out.push(sheet);
    } catch {
      // A chapter that does not load has no guide to print; the others still do.
    }
  }
  return out;
}

function closePrint(): void {
  document.getElementById(ROOT)?.remove();
  probe.clear('printReady');
}

/** The bar's fields: a number of copies per ballot kind, or which chapter's guide. */
function choiceFields(
  kind: PrintKind,
  choice: Choice,
  tr: (key: MessageKey, params?: Record<string, string>) => string,
  update: () => void,
): HTMLElement[] {
  if (kind === 'ballots' && choice.copies) {
    const copies = { ...choice.copies };
    return BALLOT_KINDS.map((k: BallotKind) => {
      const field = h('input', {
        type: 'number',
        min: 0,
        max: MAX_COPIES,
        step: 1,
        value: copies[k],
        'data-copies': k,
        'aria-label': tr('classroom.print.copiesOf', { kind: tr(`classroom.kind.${k}`) }),
      });
      field.addEventListener('change', () => {
        const n = Number.parseInt(field.value, 10);
        copies[k] = Number.isFinite(n) ? Math.max(0, Math.min(MAX_COPIES, n)) : 0;
        field.value = String(copies[k]);
        choice.copies = { ...copies };
        update();
      });
      return h('label', { className: 'cr-print-field' }, `${tr(`classroom.kind.${k}`)} `, field);
    });
  }
  if (kind === 'guides') {
    const select = h(
      'select',
      { 'data-guide': '', 'aria-label': tr('classroom.print.guideOf') },
      h('option', { value: '0', text: tr('classroom.print.guideAll') }),
    );
    // The game's numbered chapters, each named by its own file.
    void builtInChapters().then((list) => {
      for (const c of list)
        if (c.number !== undefined)
          select.append(h('option', { value: String(c.number), text: chapterLabel(c, false) }));
      select.value = String(choice.chapter);
    });
    select.value = String(choice.chapter);
    select.addEventListener('change', () => {
      choice.chapter = Number(select.value);
      update();
    });
    return [h('label', { className: 'cr-print-field' }, `${tr('classroom.print.guideOf')} `, select)];
  }
  return [];
}

/** Opens the print view of `kind` in the game's language (guides: `chapter`'s, or all); Escape or Close goes back. */
export function openPrint(kind: PrintKind, lang: Lang = gameLang(), chapter = 0): void {
  ensureStyles();
  closePrint();
  const returnFocus = document.activeElement as HTMLElement | null;
  const pages = h('div', { className: 'cr-pages' });
  const close = () => {
    closePrint();
    document.removeEventListener('keydown', onKey, true);
    returnFocus?.focus({ preventScroll: true });
  };
  const onKey = (event: KeyboardEvent) => {
    if (gameKey(event.key) !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    close();
  };
  const election = desk().election;
  const choice: Choice = { chapter, ...(election ? { copies: defaultCopies(election) } : {}) };
  let shownLang = lang;
  const show = (l: Lang) => {
    shownLang = l;
    probe.clear('printReady');
    void sheets(kind, l, choice).then((list) => {
      pages.replaceChildren(...list);
      probe.set('printReady', kind);
    });
  };
  const tr = (key: MessageKey, params: Record<string, string> = {}) => t(key, params, lang);
  const bar = h(
    'div',
    { className: 'cr-print-bar', role: 'toolbar', 'aria-label': tr(`classroom.print.title.${kind}`) },
    h('strong', { text: tr(`classroom.print.title.${kind}`) }),
    h('button', {
      type: 'button',
      className: 'cr-btn cr-primary',
      'data-control': 'print.print',
      text: tr('classroom.print.print'),
      onclick: () => window.print(),
    }),
    ...choiceFields(kind, choice, tr, () => show(shownLang)),
    h('button', {
      type: 'button',
      className: 'cr-btn',
      'data-control': 'print.fr',
      lang: 'fr',
      text: 'Français',
      onclick: () => show('fr'),
    }),
    h('button', {
      type: 'button',
      className: 'cr-btn',
      'data-control': 'print.en',
      lang: 'en',
      text: 'English',
      onclick: () => show('en'),
    }),
    h('button', {
      type: 'button',
      className: 'cr-btn',
      'data-control': 'print.close',
      text: tr('classroom.print.close'),
      onclick: close,
    }),
  );
  const root = h(
    'div',
    { id: ROOT, role: 'dialog', 'aria-modal': 'true', 'aria-label': tr(`classroom.print.title.${kind}`) },
    bar,
    pages,
  );
  document.body.append(root);
  // Capture: Escape closes the print view before the scene under it sees the key.
  document.addEventListener('keydown', onKey, true);
  bar.querySelector<HTMLButtonElement>('button')?.focus();
  show(lang);
}
