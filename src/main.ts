import { mount } from 'svelte';
import App from './App.svelte';
import { offline } from './lib/offline.svelte';
import { startLanguage } from './lib/i18n/i18n.svelte';
import './app.css';

// The remembered language is loaded before the first render, so the page never flashes
// in English first (English itself needs no loading).
await startLanguage();
mount(App, { target: document.getElementById('app')! });

// The service worker (built by vite-plugin-pwa) is registered after the first screen is up,
// and its code is loaded only then, so it never delays the first page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) =>
    registerSW({ immediate: true, onOfflineReady: () => (offline.ready = true) }),
  );
}
