// What a learner feels, measured in Chromium with trusted input (Playwright's key presses and
// taps go through the browser's input pipeline, as a real keyboard or finger does):
// - marking: from the input event's own timestamp to just after the next frame is painted
//   (a requestAnimationFrame callback, then a message posted from it, which runs once that
//   frame's style, layout and paint are done), for Enter on the focused word and for a tap on
//   a word (the longest of its events, as Interaction to Next Paint counts it); p50 and p95.
//   Compositing on the GPU thread is not included: it is off the main thread and the same for
//   any page, but it means these figures are slightly optimistic.
// - starting an exercise: the longest main-thread task from the click on "Start the exercise"
//   until the words are painted and the page is idle (PerformanceObserver 'longtask' and
//   'long-animation-frame', which only see tasks over 50 ms), and the click-to-painted time;
// - the JS heap at the exercise step, after a garbage collection (CDP).
// CPU throttling is CDP's Emulation.setCPUThrottlingRate, as Lighthouse's mobile profile uses.
import type { CDPSession, Page } from 'playwright-core';
import { openBrowser } from '../tests/e2e/browser';

export interface LearnerFigures {
  words: number;
  throttle: number;
  key: { p50: number; p95: number; n: number };
  tap: { p50: number; p95: number; n: number };
  /** Longest main-thread task while the exercise starts; 0 when none was over 50 ms. */
  startLongest: number;
  startPainted: number;
  heapMb: number;
}

// Runs in the page. Each measured input records input timestamp → after the next paint.
// A tap is one interaction of several events; as Interaction to Next Paint counts it, its
// latency is the longest of its events' own (pointerdown to the frame that shows the cursor
// there; pointerup to the frame after the click has marked the word).
const IN_PAGE_PROBES = `(() => {
  const lat = (window.__lat = { key: [], down: [], up: [] });
  const afterPaint = (t0, into) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => into.push(performance.now() - t0);
    ch.port2.postMessage(0);
  });
  // Bubbling to window runs after the listbox's own handler: the work is queued by then.
  addEventListener('keydown', (e) => { if (e.key === 'Enter') afterPaint(e.timeStamp, lat.key); });
  let up = 0;
  addEventListener('pointerdown', (e) => afterPaint(e.timeStamp, lat.down));
  addEventListener('pointerup', (e) => { up = e.timeStamp; });
  addEventListener('click', () => { if (up) afterPaint(up, lat.up); up = 0; });
})()`;

const IN_PAGE_START_WATCH = `(() => {
  const w = (window.__start = { longest: 0, t0: 0, painted: 0 });
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) w.longest = Math.max(w.longest, e.duration); }).observe({ type, buffered: false });
    } catch { /* an older Chromium without long-animation-frame */ }
  }
  addEventListener('click', (e) => {
    w.t0 = e.timeStamp;
    const poll = () => {
      if (!document.querySelector('[role=listbox] [role=option]')) return void requestAnimationFrame(poll);
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => (w.painted = performance.now() - w.t0); ch.port2.postMessage(0); });
    };
    requestAnimationFrame(poll);
  }, { capture: true, once: true });
})()`;

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 10) / 10 : NaN;
};

type Probes = { __lat: { key: number[]; down: number[]; up: number[] }; __start: { longest: number; painted: number } };

// Predicates are functions, not strings: the app's CSP forbids eval, rightly.
async function waitCount(page: Page, which: 'key' | 'up', n: number) {
  await page.waitForFunction(([w, k]) => (window as unknown as Probes).__lat[w].length >= k, [which, n] as const, { timeout: 30_000 });
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

/** One lesson at one throttling rate: opens it to the exercise, then marks by key and by tap. */
export async function learnerBench(base: string, lessonId: string, throttle: number, presses = 100): Promise<LearnerFigures> {
  // A phone's screen when throttled (the cheap phone), a laptop's otherwise; touch in both.
  const b = await openBrowser(throttle > 1 ? { width: 412, height: 860, touch: true } : { width: 1280, height: 860, touch: true });
  try {
    const p = b.page;
    const cdp = await b.context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await p.goto(`${base}/#/lesson/${lessonId}`);
    await p.getByRole('button', { name: 'Start' }).click({ timeout: 60_000 });
    await p.getByRole('button', { name: 'I have read it' }).click({ timeout: 60_000 });
    await p.evaluate(IN_PAGE_START_WATCH);
    await p.getByRole('button', { name: 'Start the exercise' }).click();
    await p.waitForFunction(() => (window as unknown as Probes).__start.painted > 0, undefined, { timeout: 120_000 });
    // The rest of the article is built in later slices, and that work counts too: wait until
    // the number of words stops growing, then a little longer.
    let words = 0;
    for (let n = -1; n !== words; await p.waitForTimeout(300 * throttle)) {
      n = words;
      words = await p.locator('[role=option]').count();
    }
    const start = await p.evaluate(() => (window as unknown as Probes).__start);
    const heap = await heapMb(cdp);

    await p.evaluate(IN_PAGE_PROBES);
    await p.locator('[role=option]').first().focus();
    // Enter marks the word under the cursor and, pressed again, unmarks it; ↓ moves a sentence on.
    for (let i = 0; i < presses; i++) {
      await p.keyboard.press('Enter');
      await waitCount(p, 'key', i + 1);
      if (i % 2 === 1) for (let s = 0; s < 3; s++) await p.keyboard.press('ArrowDown');
    }
    // A tap on a word that is not marked marks it, in one interaction.
    const taps = Math.min(presses / 2, 60);
    for (let i = 0; i < taps; i++) {
      const word = p.locator(`[data-w="${(i * 37 + 5) % Math.max(1, words)}"]`).first();
      await word.scrollIntoViewIfNeeded();
      const box = (await word.boundingBox())!;
      await p.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await waitCount(p, 'up', i + 1);
    }
    const lat = await p.evaluate(() => (window as unknown as Probes).__lat);
    const tap = lat.up.map((up, i) => Math.max(up, lat.down[i] ?? 0));
    if (b.errors.length) throw new Error(`errors in the page: ${b.errors.join('; ')}`);
    return {
      words,
      throttle,
      key: { p50: pct(lat.key, 0.5), p95: pct(lat.key, 0.95), n: lat.key.length },
      tap: { p50: pct(tap, 0.5), p95: pct(tap, 0.95), n: tap.length },
      startLongest: Math.round(start.longest),
      startPainted: Math.round(start.painted),
      heapMb: heap,
    };
  } finally {
    await b.close();
  }
}
