// Reading dropped article files: text kept, markup dropped, hostile HTML inert, bad files refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArticleFile, markdownToText, htmlToText, MAX_FILE_BYTES } from '../../../src/lib/author/read-article';
import { toLessonParagraphs } from '../../../src/lib/author/paragraphs';

const file = (name: string, content: string | Uint8Array, size?: number) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('paragraphs', () => {
  it('joins soft-wrapped lines and keeps one paragraph per line', () => {
    expect(toLessonParagraphs('\uFEFFFirst line\r\nwraps here.\r\n\r\nSecond  para.\n\n\n')).toBe('First line wraps here.\nSecond para.');
  });
  it('takes text without blank lines as one paragraph per line', () => {
    expect(toLessonParagraphs('One.\nTwo.\n')).toBe('One.\nTwo.');
  });
});

describe('readArticleFile', () => {
  it('reads .txt with CRLF and a BOM', async () => {
    const r = await readArticleFile(file('a.txt', '\uFEFFHello\r\nworld.\r\n\r\nNext.'));
    expect(r).toEqual({ ok: true, text: 'Hello world.\nNext.', meta: {} });
  });
  it('refuses other types, big files, binary and empty files', async () => {
    expect(await readArticleFile(file('a.pdf', 'x'))).toMatchObject({ ok: false, error: 'type' });
    expect(await readArticleFile(file('noext', 'x'))).toMatchObject({ ok: false, error: 'type' });
    expect(await readArticleFile(file('a.txt', 'x', MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, error: 'size' });
    expect(await readArticleFile(file('a.txt', new Uint8Array([0x48, 0, 0xff, 0xfe])))).toMatchObject({ ok: false, error: 'binary' });
    expect(await readArticleFile(file('a.txt', 'abc\0def'))).toMatchObject({ ok: false, error: 'binary' });
    expect(await readArticleFile(file('a.html', '<script>x</script>'))).toMatchObject({ ok: false, error: 'empty' });
  });
});

describe('markdownToText', () => {
  it('keeps the words of headings, paragraphs and lists, not markup or HTML', () => {
    const md =
      '# The *title*\n\nA [link](http://x) and **bold** &amp; `code`.\nWrapped.\n\n- one\n- two\n\n<script>alert(1)</script>\n\n![img](x.png)\n\n> quoted';
    expect(markdownToText(md)).toBe('The title\nA link and bold & code. Wrapped.\none\ntwo\nquoted');
  });
});

describe('htmlToText', () => {
  afterEach(() => vi.restoreAllMocks());
  it('keeps the article text as paragraphs and prefills metadata', () => {
    const html = `<html><head><title>Page title</title><meta property="og:site_name" content="Daily News"><style>p{}</style></head>
      <body><nav>Home | World</nav><header>Logo</header><article><h1>Big   news</h1><p>First <b>para</b>.<br>Second line.</p><div>Third</div>
      <time datetime="2024-03-22">March 22</time></article><aside>Ads</aside><footer>(c)</footer></body></html>`;
    const r = htmlToText(html);
    expect(r.text).toBe('Big news\nFirst para.\nSecond line.\nThird\nMarch 22');
    expect(r.meta).toEqual({ title: 'Page title', source: 'Daily News', date: '2024-03-22' });
  });
  it('reads hostile HTML as text without running anything', async () => {
    const w = window as unknown as { pwned?: number };
    const html = `<p>Safe <img src="x" onerror="window.pwned=1">text &lt;script&gt;</p><script>window.pwned=2</script>
      <iframe srcdoc="<script>parent.pwned=3</script>"></iframe><svg onload="window.pwned=4"></svg><p onclick="window.pwned=5">Click</p>`;
    const r = await readArticleFile(file('evil.html', html));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r).toMatchObject({ ok: true, text: 'Safe text <script>\nClick' });
    expect(w.pwned).toBeUndefined();
    expect(document.querySelector('img, iframe, svg')).toBeNull();
  });
});

describe('hostile HTML shapes', () => {
  it('a file of unclosed tags is read in one pass, not tag by tag to the end (which froze the page)', () => {
    const { text } = htmlToText(`<p>Start</p>${'<a'.repeat(300_000)}`);
    expect(text).toContain('Start');
  });
});
