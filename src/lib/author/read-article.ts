// Reads an article file the teacher drops or picks: .txt as it is, .md and .html reduced
// to plain text. Nothing in a file is ever rendered: Markdown is walked as tokens, HTML is
// parsed into an inert document (DOMParser: scripts never run, images never load) and only
// its text is kept. The result is one paragraph per line, the lesson format.
import { Lexer, type Token, type Tokens } from 'marked';
import { toLessonParagraphs } from './paragraphs';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'] as const;

export interface ArticleMeta {
  title?: string;
  source?: string;
  date?: string;
}
export type ReadResult = { ok: true; text: string; meta: ArticleMeta } | { ok: false; error: 'type' | 'size' | 'binary' | 'empty'; name: string };

/** A File-like object: the browser's File, or a test's stand-in. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readArticleFile(file: FileLike): Promise<ReadResult> {
  const name = file.name;
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (!name.includes('.') || !(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) return { ok: false, error: 'type', name };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'size', name };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'binary', name };
  }
  // NUL and other C0 controls (but tab, LF, CR, FF) do not occur in text files.
  if (/[\0-\x08\x0e-\x1f]/.test(source)) return { ok: false, error: 'binary', name }; // eslint-disable-line no-control-regex -- control characters are what it looks for
  const read =
    ext === 'html' || ext === 'htm'
      ? htmlToText(source)
      : ext === 'txt'
        ? { text: toLessonParagraphs(source), meta: {} }
        : { text: markdownToText(source), meta: {} };
  if (read.text.trim() === '') return { ok: false, error: 'empty', name };
  return { ok: true, ...read };
}

/** Markdown to plain text: the words of headings, paragraphs, lists, quotes, tables and code; no HTML, no images. */
export function markdownToText(source: string): string {
  const paragraphs: string[] = [];
  const inline = (tokens: Token[] | undefined): string =>
    (tokens ?? [])
      .map((t) => {
        if (t.type === 'html' || t.type === 'image') return '';
        if (t.type === 'br') return ' ';
        if ('tokens' in t && t.tokens) return inline(t.tokens);
        return 'text' in t && typeof t.text === 'string' ? decodeEntities(t.text) : '';
      })
      .join('');
  const block = (t: Token): void => {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
      case 'text':
        paragraphs.push(inline((t as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: t.raw, text: (t as Tokens.Text).text }]));
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) item.tokens.forEach(block);
        break;
      case 'blockquote':
        (t as Tokens.Blockquote).tokens.forEach(block);
        break;
      case 'code':
        paragraphs.push(...(t as Tokens.Code).text.split('\n'));
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) paragraphs.push(row.map((cell) => inline(cell.tokens)).join(' · '));
        break;
      }
      default: // html, hr, space, def: no words a reader sees
    }
  };
  Lexer.lex(source.replace(/^\uFEFF/, ''), { gfm: true }).forEach(block);
  return paragraphs
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** marked keeps HTML entities escaped in token text (&amp;, &quot;, &#39;): read them back. */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

const DROP = 'x-script, x-style, script, style, nav, header, footer, aside, noscript, template, iframe, object, embed, svg, math, form, button, select, head';
const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'PRE',
  'TR',
  'DT',
  'DD',
  'FIGCAPTION',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

/**
 * Nothing in a parsed document runs, and the app's CSP blocks inline code anyway; but Chromium
 * still checks <style> elements and on* attributes against that CSP while parsing, and logs a
 * violation for each. Renaming them first keeps the console clean. Only inside tags: text that
 * merely mentions "onload=" is left alone.
 */
function defuse(source: string): string {
  return (
    source
      .replace(/<(\/?)(script|style)\b/gi, '<$1x-$2')
      // [^<>]: a tag never runs past the next "<", so a file of unclosed tags stays linear.
      .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-x-on$2').replace(/(\s)style(\s*=)/gi, '$1data-x-style$2'))
  );
}

/** HTML to plain text and metadata, from an inert document that is never put on the page. */
export function htmlToText(source: string): { text: string; meta: ArticleMeta } {
  const doc = new DOMParser().parseFromString(defuse(source), 'text/html');
  const metaContent = (...names: string[]) => {
    for (const n of names) {
      const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || doc.querySelector('time')?.textContent?.trim();
  const meta: ArticleMeta = {
    title: metaContent('og:title') ?? (doc.querySelector('title')?.textContent?.trim() || undefined),
    source: metaContent('og:site_name', 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    date: metaContent('article:published_time', 'og:published_time', 'date') ?? (time || undefined),
  };
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCK.has((child as Element).tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  if (doc.body) walk(doc.body);
  flush();
  for (const k of Object.keys(meta) as (keyof ArticleMeta)[]) if (!meta[k]) delete meta[k];
  return { text: paragraphs.join('\n'), meta };
}
