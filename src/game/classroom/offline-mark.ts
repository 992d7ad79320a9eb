/**
 * The desk's "Offline ready" mark: shown once the service worker holds the whole game
 * (classroom/offline.ts says so through announceOfflineReady; the probe's `data-offline="ready"`
 * is for the tests).
 */
import { h } from './dom.ts';
import { t } from '../../i18n/index.ts';

/** Sent on window once the whole game is cached. */
const OFFLINE_READY = 'crustaces-offline-ready';

let offlineReady = false;

export function announceOfflineReady(): void {
  offlineReady = true;
  window.dispatchEvent(new Event(OFFLINE_READY));
}

export function offlineMark(): HTMLElement {
  const mark = h(
    'p',
    { className: 'cr-offline', 'data-offline-mark': '', title: t('box.offline.readyHelp') },
    h('span', { 'aria-hidden': 'true', text: '✔ ' }),
    t('box.offline.ready'),
  );
  const ready = () => offlineReady;
  mark.hidden = !ready();
  if (!ready()) window.addEventListener(OFFLINE_READY, () => (mark.hidden = false), { once: true });
  return mark;
}
