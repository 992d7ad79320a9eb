/**
 * The print view: our own pages drawn over the game (no other HTML file), with a bar to print,
 * to switch the sheets' language and to close. `@media print` (styles.ts) prints the pages only.
 */
import type { Lang } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { builtInChapters, loadChapterFile } from '../flow/chapters.ts';
import { desk } from './desk.ts';
import { ensureStyles, h } from './dom.ts';
import { ballotSheets, guideSheet, resultsSheet } from './print-sheets.ts';
import { lang as gameLang } from './words.ts';

export type PrintKind = 'ballots' | 'results' | 'guides';

const ROOT = 'cr-print';

async function sheets(kind: PrintKind, lang: Lang): Promise<HTMLElement[]> {
  if (kind === 'ballots') return desk.election ? ballotSheets(desk.election, lang) : [];
  if (kind === 'results') return desk.election && desk.counted && desk.groups ? [resultsSheet(desk.election, desk.counted, desk.groups, lang)] : [];
  const out: HTMLElement[] = [];
  // The game's own chapters (a guide per numbered chapter); a teacher's file has its guide in its own tools.
  for (const chapter of await builtInChapters()) {
    if (chapter.number === undefined) continue;
    try {
      const sheet = guideSheet(chapter.number, await loadChapterFile(chapter), lang);
      if (sheet) out.push(sheet);
    } catch {
      // A chapter that does not load has no guide to print; the others still do.
    }
  }
  return out;
}

export function closePrint(): void {
  document.getElementById(ROOT)?.remove();
  delete document.body.dataset.printReady;
}

/** Opens the print view of `kind` in the game's language; Escape or Close goes back. */
export function openPrint(kind: PrintKind, lang: Lang = gameLang()): void {
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
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    close();
  };
  const show = (l: Lang) => {
    delete document.body.dataset.printReady;
    void sheets(kind, l).then((list) => {
      pages.replaceChildren(...list);
      document.body.dataset.printReady = kind;
    });
  };
  const tr = (key: string) => t(key, {}, lang);
  const bar = h(
    'div',
    { className: 'cr-print-bar', role: 'toolbar', 'aria-label': tr(`classroom.print.title.${kind}`) },
    h('strong', { text: tr(`classroom.print.title.${kind}`) }),
    h('button', { type: 'button', className: 'cr-btn cr-primary', 'data-control': 'print.print', text: tr('classroom.print.print'), onclick: () => window.print() }),
    h('button', { type: 'button', className: 'cr-btn', 'data-control': 'print.fr', lang: 'fr', text: 'Français', onclick: () => show('fr') }),
    h('button', { type: 'button', className: 'cr-btn', 'data-control': 'print.en', lang: 'en', text: 'English', onclick: () => show('en') }),
    h('button', { type: 'button', className: 'cr-btn', 'data-control': 'print.close', text: tr('classroom.print.close'), onclick: close }),
  );
  const root = h('div', { id: ROOT, role: 'dialog', 'aria-modal': 'true', 'aria-label': tr(`classroom.print.title.${kind}`) }, bar, pages);
  document.body.append(root);
  // Capture: Escape closes the print view before the scene under it sees the key.
  document.addEventListener('keydown', onKey, true);
  bar.querySelector<HTMLButtonElement>('button')?.focus();
  show(lang);
}
