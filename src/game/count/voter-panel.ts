/**
 * A large electorate on a touch screen: hundreds of groups (Burlington's 384) cannot each be a
 * finger-sized cell on the canvas, so a touch on the crowd opens this list instead — the same
 * table the screen reader reads (a11y/voter-table.ts), shown as an HTML card over the vote, one
 * row per group with a finger-sized button that opens the group's ballot. The card scrolls on its
 * own; opening a ballot hides it and closing the ballot brings it back at the same scroll and
 * with the focus on the same row, so the reader never loses their place.
 */
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { voterTableElement } from '../a11y/voter-table.ts';
import { h } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import { moreRowsLabel, VOTER_TABLE_PAGE, type VoterTable } from '../../present/count/voter-table.ts';
import type { VoterToken } from '../../present/count/voters.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { probe } from '../../probe.ts';

/** The panel's a11y scope: while it is open, the vote's own controls are inert and Escape closes it. */
const PANEL_SCOPE = 'election-voters';

const STYLE_ID = 'voter-panel-style';
// Rows and buttons of a finger's size (44 CSS px, WCAG 2.5.5); the card's text follows the
// text-size setting through the layer's --cr-scale; a veil catches touches outside the card. The
// table's caption is the card's heading, so it is not shown twice.
const PANEL_CSS = `
.vp-layer { pointer-events: auto; background: rgba(11, 34, 51, 0.55); }
.vp-card { font-size: 0.9em; display: flex; flex-direction: column; padding: 0; overflow: hidden; }
.vp-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: 0.3em 0.6em; padding: 0.4em 0.8em;
  border-bottom: 0.12em solid #c9a874; }
.vp-head h2 { flex: 1 1 12em; margin: 0; font-size: 0.95em; }
.vp-scroll { overflow: auto; overscroll-behavior: contain; padding: 0 0.8em 0.6em; }
.vp-card .cr-btn { min-height: 44px; min-width: 44px; }
.vp-card table { width: 100%; }
.vp-card .cr-grid th, .vp-card .cr-grid td { overflow-wrap: normal; padding: 0.2em 0.3em; }
.vp-card tbody td:nth-child(2) { font-weight: 700; }
.vp-card tbody td:last-child { text-align: left; }
.vp-card caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.vp-card tbody th button { font: inherit; font-weight: 700; color: #1d2530; background: #f3dfb3; text-align: left;
  border: 0.1em solid #8a5a2b; border-radius: 0.4em; min-height: 44px; min-width: 44px; width: 100%; padding: 0.2em 0.5em; cursor: pointer;
  white-space: nowrap; }
.vp-card [data-voter-table-more] { font: inherit; font-weight: 700; margin-top: 0.5em; width: 100%; min-height: 44px;
  background: #1d5e7a; color: #fff; border: 0.12em solid #0b2233; border-radius: 0.4em; cursor: pointer; }
.vp-card [data-voter-table-more][hidden] { display: none; }
`;

function ensureStyle(): void {
  if (!document.getElementById(STYLE_ID)) document.head.append(h('style', { id: STYLE_ID, text: PANEL_CSS }));
}

interface VoterPanelSetup {
  readonly scene: Phaser.Scene;
  readonly words: ScenarioWords;
  readonly table: VoterTable;
  /** Opens a group's ballot; `back` is called when it closes. */
  readonly open: (token: VoterToken, back: () => void) => void;
  /** The list is closed (by its button, Escape, a touch outside it, or the scene leaving). */
  readonly onClose: () => void;
}

/** Opens the list of groups over the vote; returns the way to close it. */
export function openVoterPanel(setup: VoterPanelSetup): () => void {
  ensureStyle();
  const { scene, words, table } = setup;
  const layer = new ClassroomLayer(scene, { label: table.caption });
  layer.root.classList.add('vp-layer');
  layer.root.dataset.voterList = String(table.rows.length);
  layer.card.classList.add('vp-card');
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    layer.destroy();
    a11y().clear(PANEL_SCOPE);
    probe.clear('voterPanel');
    setup.onClose();
  };
  const scroller = h('div', { className: 'vp-scroll' });
  const tableElement = voterTableElement({
    table,
    page: VOTER_TABLE_PAGE,
    className: 'cr-grid',
    controlPrefix: 'voters.group.',
    moreLabel: (shown) => moreRowsLabel(words, shown, table.rows.length),
    onOpen: (row, button) => {
      // The card's scroll is kept while the ballot is read, and put back with the focus after.
      const at = scroller.scrollTop;
      layer.hidden = true;
      probe.set('voterPanel', 'ballot');
      setup.open(row.token, () => {
        if (closed) return;
        layer.hidden = false;
        scroller.scrollTop = at;
        button.focus({ preventScroll: true });
        probe.set('voterPanel', 'open');
      });
    },
    onFocus: () => undefined,
    onBlur: () => undefined,
  });
  scroller.append(tableElement);
  const closeButton = h('button', {
    type: 'button',
    className: 'cr-btn',
    'data-action': 'close-voters',
    text: words.msg('count.voterPanel.close'),
    onClick: close,
  });
  layer.card.append(h('div', { className: 'vp-head' }, h('h2', { text: table.caption }), closeButton), scroller);
  // A touch on the veil, outside the card, closes the list too — only one that began there: the
  // touch that closed a ballot on the canvas ends with a click the browser sends after it, which
  // lands on the list shown again and must neither close it nor take the focus off its row.
  let pressedOnVeil = false;
  layer.root.addEventListener('pointerdown', (event) => (pressedOnVeil = event.target === layer.root));
  layer.root.addEventListener('mousedown', (event) => {
    if (!(event.target as HTMLElement).closest('button, input, a')) event.preventDefault();
  });
  layer.root.addEventListener('click', (event) => {
    if (event.target === layer.root && pressedOnVeil) close();
    pressedOnVeil = false;
  });
  a11y().enter(PANEL_SCOPE, { onEscape: close });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, close);
  closeButton.focus({ preventScroll: true });
  probe.set('voterPanel', 'open');
  return close;
}
