import { mount } from 'svelte';
import App from './App.svelte';
import { offline } from './lib/offline.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')! });

// The service worker (built by vite-plugin-pwa) is registered after the first screen is up,
// and its code is loaded only then, so it never delays the first page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) =>
    registerSW({ immediate: true, onOfflineReady: () => (offline.ready = true) }),
  );
}
