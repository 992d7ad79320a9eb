/**
 * Offline play: the service worker (built by vite-plugin-pwa) precaches the whole game — every
 * chapter, the sandbox and the classroom tools — after one visit. A new version waits until
 * the teacher accepts it, and the offer appears only on calm screens (the title, the classroom
 * desk), never in the middle of a lesson, a vote or a count.
 *
 * Browser tests run with `navigator.webdriver`: the worker is not registered there (it would
 * serve other tests stale files), unless a test opts in with the localStorage key below.
 */
import { Workbox } from 'workbox-window';
import { t } from '../../i18n/index.ts';
import { SceneKey } from '../keys.ts';
import { ensureStyles, h } from './dom.ts';
import { announceOfflineReady } from './offline-mark.ts';
import { onSceneShown, sceneOnScreen } from '../on-screen.ts';
import { probe } from '../../probe.ts';

export const OfflineKey = {
  /** `on`: register the service worker even under test automation. */
  testOptIn: 'democratie-et-crustaces.offline-test',
} as const;

/** Screens where an offer does not interrupt anything. */
const CALM: readonly string[] = [SceneKey.Title, SceneKey.Classroom];

let toast: HTMLElement | undefined;
let dismissed = false;

function hideOffer(): void {
  toast?.remove();
  toast = undefined;
}

function showOffer(accept: () => void): void {
  if (toast || dismissed) return;
  ensureStyles();
  toast = h(
    'div',
    { className: 'cr-toast', role: 'status', 'data-update': '' },
    h('span', { text: t('classroom.update.ready') }),
    h('button', {
      type: 'button',
      className: 'cr-btn cr-primary',
      'data-control': 'update.now',
      text: t('classroom.update.now'),
      onclick: accept,
    }),
    h('button', {
      type: 'button',
      className: 'cr-btn',
      'data-control': 'update.later',
      text: t('classroom.update.later'),
      onclick: () => ((dismissed = true), hideOffer()),
    }),
  );
  document.body.append(toast);
}

export function offlineAllowed(): boolean {
  // The dev server has no service worker (MODE, not PROD: the browser tests build with NODE_ENV=test).
  if (!('serviceWorker' in navigator) || import.meta.env.MODE === 'development') return false;
  let optIn = false;
  try {
    optIn = localStorage.getItem(OfflineKey.testOptIn) === 'on';
  } catch {
    // Storage refused (private mode): no opt-in.
  }
  return !navigator.webdriver || optIn;
}

export function startOffline(): void {
  if (!offlineAllowed()) return;
  const worker = new Workbox('./sw.js', { scope: './' });
  let accepted = false;
  let waiting = false;
  const calm = () => CALM.includes(sceneOnScreen());
  const accept = () => {
    accepted = true;
    hideOffer();
    worker.messageSkipWaiting();
  };
  const follow = () => {
    if (!waiting) return;
    if (calm()) showOffer(accept);
    else hideOffer();
  };
  worker.addEventListener('waiting', () => {
    waiting = true;
    follow();
  });
  // The new version took over because the teacher said so: load it.
  worker.addEventListener('controlling', () => {
    if (accepted) location.reload();
  });
  onSceneShown(follow);
  void worker.register().then(() => {
    probe.set('offline', 'registered');
    // A worker becomes active only once its install has cached every file of the precache list
    // (an install that misses one fails): an active worker holds the whole game.
    void navigator.serviceWorker.ready.then((registration) => {
      if (!registration.active) return;
      probe.set('offline', 'ready');
      announceOfflineReady();
    });
  });
}
