// Students mostly arrive on a lesson link. On such a visit the built index.html starts
// fetching the lesson player's code in parallel with the app's own, a round trip earlier
// than the app could ask for it (about 0.3 s less before the lesson shows on a slow
// phone). The catalog does not fetch it, so the first page's JavaScript stays small.
// The few lines that decide are inline, allowed by their hash in the CSP (no
// 'unsafe-inline'); the player's file name is in a meta tag, so the script, and its
// hash, never change.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const PRELOAD_SCRIPT =
  "if(location.hash.indexOf('#/lesson/')===0){var m=document.querySelector('meta[name=spotlight-player]');" +
  "if(m){m.content.split(' ').forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)})}}";
export const PRELOAD_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PRELOAD_SCRIPT).digest('base64')}'`;

export function preloadPlayerPlugin(): Plugin {
  return {
    name: 'spotlight-preload-player',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c): c is Extract<typeof c, { type: 'chunk' }> => c.type === 'chunk');
        const player = chunks.find((c) => c.facadeModuleId?.endsWith('/LessonPage.svelte'));
        if (!player) return [];
        // The player and every chunk it imports that the first page does not already load.
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const entryDeps = new Set<string>();
        const walk = (name: string, into: Set<string>, stop?: Set<string>) => {
          if (into.has(name) || stop?.has(name)) return;
          into.add(name);
          for (const dep of byName.get(name)?.imports ?? []) walk(dep, into, stop);
        };
        for (const c of chunks) if (c.isEntry) walk(c.fileName, entryDeps);
        const files = new Set<string>();
        walk(player.fileName, files, entryDeps);
        return [
          { tag: 'meta', attrs: { name: 'spotlight-player', content: [...files].join(' ') }, injectTo: 'head' },
          { tag: 'script', children: PRELOAD_SCRIPT, injectTo: 'head' },
        ];
      },
    },
  };
}
