/**
 * The ballot box's own look, added beside the classroom's styles (styles.ts): the notice of a
 * resumed vote, the questions asked before a blank ballot or leaving, the teacher's keypad, the
 * grade rows of a pass-and-play ballot and the "offline ready" mark.
 */
import { h } from './dom.ts';

const BOX_CSS = `
@media (min-width: 900px) and (min-aspect-ratio: 4/3) {
  .cr-setup { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.2em; align-items: start; }
  .cr-setup > .cr-problem, .cr-setup > .cr-row, .cr-setup > .cr-methods { grid-column: 1 / -1; }
  .cr-setup .cr-setup-side fieldset { margin-top: 0.5em; }
  .cr-setup .cr-setup-side .cr-muted { font-size: 0.8em; }
  .cr-setup .cr-methods { column-count: 4; column-gap: 0.8em; font-size: 0.85em; }
  /* A line of welcome the projector can spare: the form itself says the same. */
  .cr-setup-intro { display: none; }
  .cr-setup .cr-methods .cr-check { display: flex !important; break-inside: avoid; }
  .cr-options-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 1em; }
  .cr-options-head .cr-seats { font-size: 0.85em; }
  .cr-options-head .cr-seats label { margin: 0; }
  .cr-setup textarea#cr-options { min-height: 4.2em; height: 4.6em; }
}
.cr-notice { background: #e3f1e0; border-left: 0.3em solid #2e6b30; padding: 0.3em 0.6em; font-weight: 700; }
.cr-confirm { background: #fff; border: 0.15em solid #8a5a2b; border-radius: 0.5em; padding: 0.3em 0.8em; margin: 0.5em 0; }
.cr-confirm .cr-big { font-size: 1.4em; }
.cr-gate input[type=password] { font: inherit; width: 6em; letter-spacing: 0.2em; border: 0.12em solid #5b4a5e; border-radius: 0.3em; padding: 0.2em 0.4em; background: #fff; color: #1d2530; }
.cr-gate label { display: inline-block !important; margin-right: 0.5em !important; }
.cr-keypad { display: grid; grid-template-columns: repeat(5, 2.6em); gap: 0.3em; margin: 0.4em 0; justify-content: start; }
.cr-keypad .cr-key { min-width: 2.6em; }
.cr-keypad [data-digit=erase] { grid-column: 1 / -1; justify-self: start; }
.cr-grade-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2em 0.6em; margin: 0.25em 0 !important; padding: 0.1em 0.6em 0.3em !important; }
.cr-grade-row legend { float: left; min-width: 8em; margin-right: 0.6em; }
.cr-grade-row .cr-check { margin: 0.1em 0.5em 0.1em 0 !important; font-size: 0.85em; }
.cr-toast[data-notice] { font-size: 24px; }
.cr-box-note { font-weight: 700; border-left: 0.3em solid #1d5e7a; padding-left: 0.5em; }
.cr-offline { margin: 0; padding: 0.15em 0.6em; border-radius: 1em; background: #2e6b30; color: #fff; font-weight: 700; }
.cr-offline[hidden], .cr-gate [hidden], .cr-check[hidden] { display: none !important; }
.cr-contrast .cr-notice, .cr-contrast .cr-confirm { background: #fff; color: #000; border-color: #000; }
.cr-contrast .cr-offline { background: #000; }
`;

const STYLE_ID = 'classroom-box-style';

export function ensureBoxStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  document.head.append(h('style', { id: STYLE_ID, text: BOX_CSS }));
}
