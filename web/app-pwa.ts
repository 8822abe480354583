// The app page's service worker (offline use and installing): only web/index.html loads this module, so the
// element bundle (web/main.ts, also used by the embed demo) never registers a service worker. The worker
// precaches the whole build (scripts/pwa-options.mjs); when a new build is found the learner is asked before the
// page reloads, so a run in progress is never cut short.
import { registerSW } from 'virtual:pwa-register';
import { PWA_TEXT as T } from '../src/ui/i18n/strings-reach.js';

/** One polite live-region banner at the bottom of the page, with the given buttons. */
function banner(message: string, buttons: Array<[label: string, act: () => void]>): void {
  document.getElementById('itp-pwa')?.remove();
  const box = document.createElement('div');
  box.id = 'itp-pwa';
  box.className = 'pwa-banner';
  box.setAttribute('role', 'status');
  const p = document.createElement('p');
  p.textContent = message;
  box.append(p);
  for (const [label, act] of buttons) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', act);
    box.append(b);
  }
  document.body.append(box);
}

const close = () => document.getElementById('itp-pwa')?.remove();

/**
 * Reloads once the new worker is in charge. The plugin reloads by itself only for an update it found while
 * registering (onNeedReload); one found later in a long-open tab is "external" to it and would not reload.
 */
let reloading = false;
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  location.reload();
}

if ('serviceWorker' in navigator) {
  const updateSW = registerSW({
    onNeedReload: reloadOnce,
    onNeedRefresh: () =>
      banner(T.needRefresh, [
        [
          T.reload,
          () => {
            navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
            void updateSW(true);
          },
        ],
        [T.later, close],
      ]),
    onOfflineReady: () => banner(T.offlineReady, [[T.dismiss, close]]),
    onRegisterError: (e: unknown) => console.warn('itp: offline use is not available', e),
  });
}
