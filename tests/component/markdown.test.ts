// Lesson prose is untrusted: Markdown structure is rendered, HTML never is.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Markdown from '../../src/components/markdown/Markdown.svelte';

describe('Markdown', () => {
  it('renders emphasis and lists as elements', () => {
    const { container } = render(Markdown, { source: 'A **bold** and *soft* claim.\n\n- one\n- two' });
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('em')?.textContent).toBe('soft');
    expect(container.querySelectorAll('li')).toHaveLength(2);
  });

  it('shows HTML and script payloads as literal text', () => {
    const payload = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> & <b>bold?</b>';
    const { container } = render(Markdown, { source: payload });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(container.textContent).toContain('<script>window.__pwned=2</script>');
    expect(container.textContent).toContain('& <b>bold?</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
