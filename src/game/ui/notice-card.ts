/**
 * The store's notices about the save (set aside, partly kept, migrated, kept for a newer
 * version, not saved) shown to the player once, in their language, wherever they are: a small
 * DOM dialog over the game (loaded only when there is something to say). "Understood" clears
 * the notices from the store, so nothing says them again in this session; the next session
 * says only what is true then (a save set aside once is not set aside again).
 */
import { gameKey } from '../../present/keys.ts';
import type { Lang } from '../../i18n/format.ts';
import { isMessageKey, t } from '../../i18n/index.ts';
import type { Notice } from '../../state/salvage.ts';
import type { GameStore } from '../../state/store.ts';
import { display } from './display.ts';
import { probe } from '../../probe.ts';

const CARD_ID = 'save-notices';
/** On <body>: `shown` while the card is up, `read` once closed (`none` when the session had nothing to say). */
export const NOTICES_DATA = 'saveNotices';

export function noticeText(notice: Notice, lang: Lang): string {
  return isMessageKey(notice.key) ? t(notice, lang) : notice.key;
}

export function showSaveNotices(store: GameStore, lang: Lang = display().language): void {
  const notices = store.getState().notices;
  if (notices.length === 0 || document.getElementById(CARD_ID)) return;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const behind = ['game', 'a11y-controls']
    .map((id) => document.getElementById(id))
    .filter((e): e is HTMLElement => e !== null && !e.hasAttribute('inert'));
  for (const element of behind) element.setAttribute('inert', '');

  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'notice-card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'true');
  card.setAttribute('aria-labelledby', `${CARD_ID}-title`);
  card.lang = lang;
  const title = document.createElement('h2');
  title.id = `${CARD_ID}-title`;
  title.textContent = t('notices.title', {}, lang);
  const list = document.createElement('ul');
  for (const notice of notices) {
    const item = document.createElement('li');
    item.dataset.notice = notice.key;
    item.textContent = noticeText(notice, lang);
    list.append(item);
  }
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.dataset.control = 'notices.ok';
  ok.textContent = t('notices.ok', {}, lang);
  const close = (): void => {
    store.getState().dismissNotices();
    card.remove();
    for (const element of behind) element.removeAttribute('inert');
    probe.set(NOTICES_DATA, 'read');
    if (before?.isConnected) before.focus();
  };
  ok.addEventListener('click', close);
  // The game's keys (Enter reads on, Escape opens the pause menu) must not act behind the card.
  card.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (gameKey(event.key) === 'Escape') close();
  });
  card.append(title, list, ok);
  // Inside the page's one <main>: the card is the screen's content now.
  (document.getElementById('screen') ?? document.body).append(card);
  probe.set(NOTICES_DATA, 'shown');
  ok.focus();
}
