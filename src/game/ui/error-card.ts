/**
 * The error card: when something throws where nothing catches it (a scene's create or update,
 * a promise nobody awaits, a chunk that fails to load), the game shows a card over everything
 * that says so in the player's language and offers the way back to the title, instead of a
 * frozen canvas or an endless "Loading…". The save is never touched: it lives in
 * localStorage, which every change already reached; going back reloads the page without its
 * hash, so the game starts clean from the title and reads the save again.
 *
 * Plain DOM, no Phaser: the card must work when the game loop itself has stopped (Phaser does
 * not ask for the next frame after a frame threw).
 */
import type { Lang } from '../../i18n/format.ts';
import { t, type FirstScreenKey } from '../../i18n/first-screen.ts';
import { isChunkLoadFailure } from './chunk-failure.ts';
import { peekSave } from '../flow/peek.ts';
import { display } from './display.ts';
import { probe } from '../../probe.ts';
import { sceneOnScreen } from '../on-screen.ts';

/** What the card sets on <body> (tests wait for it). */
const CRASH_DATA = 'crash';
const CARD_ID = 'error-card';
/** The technical detail is for a teacher reporting the problem: one line, never a stack. */
const DETAIL_CHARS = 200;

/** Errors that are noise rather than a broken game (the browser's own layout warnings). */
export function isNoise(message: string, error: unknown): boolean {
  return error === undefined || error === null ? /^ResizeObserver loop/.test(message) || message === '' : false;
}

function describe(error: unknown, fallback: string): string {
  const raw =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : error === undefined || error === null
        ? fallback
        : String(error);
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > DETAIL_CHARS ? `${line.slice(0, DETAIL_CHARS)}…` : line;
}

/** The player's language: the game's once a scene has run, before that the save's or the browser's. */
function language(): Lang {
  return sceneOnScreen() ? display().language : peekSave().settings.language;
}

/**
 * What went wrong: `crash`, something broke (back to the title, without the address that led
 * here); `chunk`, a part of the game could not be downloaded (reload the same address).
 */
type ErrorCardKind = 'crash' | 'chunk';

const TEXTS: Readonly<Record<ErrorCardKind, { title: FirstScreenKey; body: FirstScreenKey; button: FirstScreenKey }>> =
  {
    crash: { title: 'crash.title', body: 'crash.body', button: 'crash.back' },
    chunk: { title: 'chunkFailure.title', body: 'chunkFailure.body', button: 'chunkFailure.reload' },
  };

/** Shows the card (once: a second error while it is up changes nothing). */
function showErrorCard(detail: string, lang: Lang = language(), kind: ErrorCardKind = 'crash'): HTMLElement {
  const existing = document.getElementById(CARD_ID);
  if (existing) return existing;
  // Everything else stops taking the focus and the pointer: the card is the only way on.
  for (const id of ['game', 'a11y-controls']) document.getElementById(id)?.setAttribute('inert', '');
  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'error-card';
  card.setAttribute('role', 'alertdialog');
  card.setAttribute('aria-modal', 'true');
  card.setAttribute('aria-labelledby', `${CARD_ID}-title`);
  card.setAttribute('aria-describedby', `${CARD_ID}-body`);
  card.lang = lang;
  const title = document.createElement('h2');
  title.id = `${CARD_ID}-title`;
  title.textContent = t(TEXTS[kind].title, {}, lang);
  const body = document.createElement('p');
  body.id = `${CARD_ID}-body`;
  body.textContent = t(TEXTS[kind].body, {}, lang);
  const small = document.createElement('p');
  small.className = 'error-card-detail';
  small.textContent = t('crash.detail', { detail }, lang);
  const back = document.createElement('button');
  back.type = 'button';
  back.dataset.control = TEXTS[kind].button;
  back.textContent = t(TEXTS[kind].button, {}, lang);
  back.addEventListener('click', () => {
    // After a crash, without the hash: a deep link that led here must not lead here again.
    // A chunk that did not arrive is fetched again at the same address.
    if (kind === 'crash') history.replaceState(null, '', location.pathname + location.search);
    location.reload();
  });
  card.append(title, body, small, back);
  // Inside the page's one <main>: the card is the screen's content now.
  (document.getElementById('screen') ?? document.body).append(card);
  probe.set(CRASH_DATA, 'shown');
  card.dataset.errorKind = kind;
  back.focus();
  return card;
}

/**
 * Listens for uncaught errors and unhandled rejections for the rest of the page's life. Called
 * from src/guard.ts, a page script of its own that runs before the game's: an error while
 * Phaser's chunk is evaluated must find the listener already there.
 */
export function installErrorCard(): void {
  window.addEventListener('error', (event) => {
    if (isNoise(event.message, event.error)) return;
    showErrorCard(describe(event.error, event.message), undefined, isChunkLoadFailure(event.error) ? 'chunk' : 'crash');
  });
  window.addEventListener('unhandledrejection', (event) => {
    showErrorCard(
      describe(event.reason, 'unhandled rejection'),
      undefined,
      isChunkLoadFailure(event.reason) ? 'chunk' : 'crash',
    );
  });
}
