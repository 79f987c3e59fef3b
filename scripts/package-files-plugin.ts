// Writes package-files.json, the list of every built file, so the app in a browser can
// gather its own files into a SCORM package (the assignment builder's download). Runs
// before vite-plugin-pwa writes the service worker, which then precaches the list too.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function packageFilesPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spotlight-package-files',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'pre',
      handler() {
        const files = listFiles(outDir).filter((f) => f !== 'package-files.json' && !f.startsWith('.vite/'));
        writeFileSync(join(outDir, 'package-files.json'), JSON.stringify(files));
      },
    },
  };
}
