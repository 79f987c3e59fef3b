// The authoring page with a 50,000-word paste, in Chromium: the longest main-thread task
// (PerformanceObserver 'longtask') from the paste until suggestions are on screen, and the
// time that takes. Figures only; `npm run bench` prints them, or run this file alone:
//   npx tsx scripts/bench-author.ts        (serves dist/: run npm run build first)
import { openBrowser } from '../tests/e2e/browser';
import { startPreview } from '../tests/e2e/preview-server';

/** A long article made of varied news sentences (some with loaded words, vague sources, figures). */
function longArticle(words = 50_000): string {
  const sentences = [
    'The council met on Tuesday to discuss the budget for the coming year.',
    'Officials said the new road would cost 4 million and open in spring.',
    'Critics called the plan a disaster for the quiet neighbourhood.',
    'Mayor Ana Ruiz told the local paper that every family would benefit.',
    'Residents gathered outside the hall and several of them asked questions.',
    'Experts believe it is the largest investment the town has ever seen.',
    'A report from the regional statistics office found that rents rose by 3 percent.',
    'Some shop owners said they were worried, while others welcomed the change.',
  ];
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const para: string[] = [];
    for (let j = 0; j < 6; j++) {
      const s = sentences[(i * 7 + j * 3) % sentences.length]!;
      para.push(s);
      count += s.split(' ').length;
    }
    out.push(para.join(' '));
  }
  return out.join('\n\n');
}

// Runs in the page as source text: observes long tasks, pastes, waits for a suggestion card.
// The text arrives in an earlier call, so handing it over is not counted; the paste then runs
// in a task of its own, as a real one would.
const IN_PAGE = `async () => {
  const text = window.__benchText;
  const tasks = [];
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e); });
  obs.observe({ type: 'longtask', buffered: false });
  await new Promise((r) => setTimeout(r, 100));
  const area = document.getElementById('author-text');
  const t0 = performance.now();
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  while (!document.querySelector('.suggestion')) await new Promise((r) => setTimeout(r, 10));
  const shown = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100)); // let the observer deliver the last entries
  obs.disconnect();
  const longest = tasks.filter((t) => t.startTime + t.duration >= t0).reduce((m, t) => Math.max(m, t.duration), 0);
  return { shown, longest, count: tasks.length, words: text.split(/\\s+/).length };
}`;

export interface AuthorPasteFigures {
  words: number;
  suggestionsMs: number;
  longestTaskMs: number;
  longTasks: number;
}

export async function benchAuthorPaste(base: string): Promise<AuthorPasteFigures> {
  const b = await openBrowser({ width: 1280, height: 860 });
  try {
    const p = b.page;
    await p.goto(`${base}/#/`);
    await p.evaluate(() => localStorage.removeItem('spotlight:author-draft'));
    await p.goto(`${base}/#/author`);
    await p.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor();
    await p.evaluate((text) => ((window as unknown as { __benchText: string }).__benchText = text), longArticle());
    const r = await p.evaluate<{ shown: number; longest: number; count: number; words: number }>(`(${IN_PAGE})()`);
    return { words: r.words, suggestionsMs: Math.round(r.shown), longestTaskMs: Math.round(r.longest), longTasks: r.count };
  } finally {
    await b.close();
  }
}

export function printAuthorBench(f: AuthorPasteFigures): void {
  console.log(
    `authoring page, ${f.words.toLocaleString('en')}-word paste: suggestions shown after ${f.suggestionsMs} ms; longest main-thread task ${f.longestTaskMs} ms (${f.longTasks} tasks over 50 ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startPreview();
  try {
    printAuthorBench(await benchAuthorPaste(server.url));
  } finally {
    await server.stop();
  }
}
