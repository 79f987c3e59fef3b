// Installable and offline (vite-plugin-pwa + Workbox): the service worker precaches the
// whole build, every lesson chunk and article included, so after one visit every lesson
// opens with the network off. Progress lives in localStorage, which needs no network.
// Registration is done in src/main.ts (no inline script: the CSP forbids it).
import { VitePWA } from 'vite-plugin-pwa';

export function pwaPlugin() {
  return VitePWA({
    injectRegister: null,
    registerType: 'autoUpdate',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Spotlight: read the news like a fact-checker',
      short_name: 'Spotlight',
      description: 'Learn to read the news critically by marking unsupported claims, loaded language and weak sources in real articles.',
      lang: 'en',
      dir: 'ltr',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1d3557',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'package-files.json'],
      // The app routes by hash, so every navigation is index.html.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
