// A page that only asks the suggestion client for suggestions and reports where they ran,
// built with the app's CSP so the browser test sees the worker load under it. With #big it
// sends 50,000 words and also reports how long the main thread was ever blocked meanwhile
// (the longest gap between 5 ms timer ticks), for `npm run bench`.
import { lastRunWhere, suggestOffThread } from '../../../src/lib/suggest/client';

const SAMPLE = 'Officials said the fire was the worst disaster ever. Experts believe thousands of terrified people fled.';
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const out = document.getElementById('result')!;

const big = location.hash === '#big';
// About 50,000 words, in paragraphs of five sentences as a pasted article would be.
const text = big ? Array.from({ length: 625 }, () => Array(5).fill(SAMPLE).join(' ')).join('\n') : SAMPLE;
let last = performance.now();
let maxGap = 0;
const tick = setInterval(() => {
  const now = performance.now();
  maxGap = Math.max(maxGap, now - last);
  last = now;
}, 5);
const t0 = performance.now();
suggestOffThread(text, { language: 'en' })
  .then((s) => {
    const ms = Math.round(performance.now() - t0);
    clearInterval(tick);
    out.textContent = JSON.stringify({
      where: lastRunWhere(),
      count: s.length,
      kinds: s.map((x) => x.kind).sort(),
      violations,
      words: text.split(/\s+/).length,
      ms,
      maxGapMs: Math.round(maxGap),
    });
  })
  .catch((e: unknown) => {
    clearInterval(tick);
    out.textContent = JSON.stringify({ error: String(e), violations });
  });
