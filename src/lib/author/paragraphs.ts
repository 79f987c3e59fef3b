// The lesson format keeps one paragraph per line. Pasted and loaded text usually separates
// paragraphs with blank lines and wraps lines inside them: that is turned into one line per
// paragraph, so the text the page shows is exactly the text the lesson stores.

/** CRLF and lone CR become LF; a leading byte-order mark is dropped. */
function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Blank-line-separated paragraphs become one line each (wrapped lines joined with a space).
 * Text with no blank line is taken as already one paragraph per line.
 */
export function toLessonParagraphs(raw: string): string {
  const text = normaliseNewlines(raw);
  const hasBlank = /\n[ \t]*\n/.test(text.trim());
  const blocks = hasBlank ? text.split(/\n[ \t]*\n/) : text.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' ')
        .replace(/[ \t]+/g, ' '),
    )
    .filter((p) => p.length > 0)
    .join('\n');
}
