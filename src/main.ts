import { mount } from 'svelte';
import App from './App.svelte';
import { offline } from './lib/offline.svelte';
import { startLanguage } from './lib/i18n/i18n.svelte';
import { findScormApi } from './lib/lms/find-api';
import lessonIndex from 'virtual:lesson-index';
import './app.css';
import './print.css';

// The remembered language is loaded before the first render, so the page never flashes
// in English first (English itself needs no loading).
await startLanguage();
// Inside an LMS (a SCORM API up the window chain), progress goes to the LMS and results are
// reported; its code loads only then. Elsewhere nothing changes.
const scormApi = findScormApi(window);
if (scormApi) {
  const { startLms } = await import('./lib/lms/lms-runtime');
  await startLms(
    scormApi,
    lessonIndex.filter((e) => e.ok).map((e) => e.id),
  );
}
mount(App, { target: document.getElementById('app')! });

// The service worker (built by vite-plugin-pwa) is registered once the page has loaded
// and the main thread is idle: precaching every lesson must not compete with the first
// screen on a slow phone.
// Not inside an LMS: its pages are not ours to cache.
if (import.meta.env.PROD && !scormApi && 'serviceWorker' in navigator) {
  // A page that loaded with no worker in control is not out of date: the first install
  // finishing (maybe begun before a reload) only makes it ready offline. Reloading then, as
  // the plugin would by default, threw the learner's page away mid-exercise.
  const updating = navigator.serviceWorker.controller !== null;
  const register = () =>
    void import('virtual:pwa-register').then(({ registerSW }) =>
      registerSW({
        immediate: true,
        onOfflineReady: () => (offline.ready = true),
        onNeedReload: () => (updating ? location.reload() : (offline.ready = true)),
      }),
    );
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
