// Screenshots of the built app at phone and desktop widths, for people to look at:
//   npx tsx scripts/screens.ts [--lang=fa] [route ...]   (default: the catalog and the seed lesson)
// Starts `vite preview` from dist/ and stops it by PID; files go to test-results/screens/.
import { openBrowser, screenshot } from '../tests/e2e/browser';
import { startPreview } from '../tests/e2e/preview-server';

const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const routes = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = routes.length ? routes : ['#/', '#/lesson/tajik-isis-k'];
const sizes = [
  { name: 'small', width: 320, height: 640 },
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 860 },
];

const server = await startPreview();
try {
  for (const size of sizes) {
    const b = await openBrowser(size);
    if (lang) await b.context.addInitScript((code) => localStorage.setItem('spotlight:language', code), lang);
    for (const route of targets) {
      await b.page.goto(`${server.url}/${route}`);
      await b.page.waitForLoadState('networkidle');
      // A hash-only change fires no load event, and lessons load asynchronously: wait until
      // no "Loading…" status is left on the page.
      await b.page.locator('main').waitFor();
      await b.page
        .waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => /^Loading/.test(e.textContent?.trim() ?? '')), undefined, {
          timeout: 15_000,
        })
        .catch(() => console.error(`${route}: still loading after 15 s`));
      const slug = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      console.log(await screenshot(b.page, `${slug}${lang ? `-${lang}` : ''}-${size.name}`));
    }
    if (b.errors.length) console.error('page errors:', b.errors);
    await b.close();
  }
} finally {
  await server.stop();
}
