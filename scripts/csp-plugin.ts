// Content-Security-Policy for the built app: no inline style, no eval, and no inline script but
// one small one allowed by its hash (scripts/preload-plugin.ts). It goes
// into the built index.html as a meta tag (so any static host gets it) and is sent as a
// header by `vite preview`, which the browser tests use. Dev is left alone: Vite's dev
// server needs inline styles for hot reload.
import type { Plugin } from 'vite';
import { PRELOAD_SCRIPT_HASH } from './preload-plugin';

export const CSP = [
  "default-src 'self'",
  // One inline script, allowed by its hash: it starts fetching the player on lesson links.
  `script-src 'self' ${PRELOAD_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // xAPI statements go to the teacher's learning record store, wherever it is.
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'spotlight-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}
