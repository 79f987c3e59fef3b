// Draws the app icons (PNG, for the web app manifest) from public/favicon.svg with the
// system Chromium. Run once after changing the favicon: `npx tsx scripts/make-icons.ts`;
// the PNGs are committed, so builds need no image tooling.
import { readFileSync, writeFileSync } from 'node:fs';
import { openBrowser } from '../tests/e2e/browser';

const svg = readFileSync('public/favicon.svg', 'utf8');
const b = await openBrowser({ width: 512, height: 512 });
try {
  for (const { size, file, maskable } of [
    { size: 192, file: 'public/icon-192.png', maskable: false },
    { size: 512, file: 'public/icon-512.png', maskable: false },
    { size: 512, file: 'public/icon-maskable-512.png', maskable: true },
  ]) {
    await b.page.setViewportSize({ width: size, height: size });
    // A maskable icon keeps its drawing inside the central 80 % safe zone on a full bleed.
    const inner = maskable ? Math.round(size * 0.7) : size;
    await b.page.setContent(`<body style="margin:0;background:${maskable ? '#1d3557' : 'transparent'};display:grid;place-items:center;height:100vh">
      <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`);
    writeFileSync(file, await b.page.screenshot({ omitBackground: !maskable }));
    console.log(`wrote ${file}`);
  }
} finally {
  await b.close();
}
