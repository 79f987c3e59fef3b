// usage: npx tsx /tmp/spot/shot.ts width height lang route name [scrollY]
import { openBrowser } from '../tests/e2e/browser';
import { startPreview } from '../tests/e2e/preview-server';
const [w, h, lang, route, name, scroll] = process.argv.slice(2);
const server = await startPreview();
try {
  const b = await openBrowser({ width: +w!, height: +h! });
  if (lang && lang !== '-') await b.context.addInitScript((code) => localStorage.setItem('spotlight:language', code), lang);
  await b.page.goto(`${server.url}/${route}`);
  await b.page.waitForLoadState('networkidle');
  await b.page.waitForTimeout(800);
  if (scroll) await b.page.evaluate((y) => window.scrollTo(0, y), +scroll);
  await b.page.waitForTimeout(200);
  await b.page.screenshot({ path: `/tmp/spot/${name}.png` });
  if (b.errors.length) console.error(b.errors);
  await b.close();
} finally { await server.stop(); }
