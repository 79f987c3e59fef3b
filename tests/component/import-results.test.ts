// The import results list: what happened to each file, in words, with the file's own name
// and problems shown literally (a hostile file name stays text).
import { expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ImportResults from '../../src/components/imported/ImportResults.svelte';

it('says per file what was added, replaced or refused, and each problem with where and fix', () => {
  const evil = '<img src=x onerror="window.__pwned=1">.yaml';
  const { container } = render(ImportResults, {
    outcomes: [
      { name: 'a.yaml', kind: 'added', id: 'a', title: 'Lesson A', language: 'en', dir: 'ltr' },
      { name: 'b.yaml', kind: 'replaced', id: 'b', title: 'Lesson B', language: 'en', dir: 'ltr' },
      { name: 'c.yaml', kind: 'built-in', id: 'tajik-isis-k' },
      {
        name: evil,
        kind: 'problems',
        problems: [{ file: evil, where: 'line 3, column 1', message: 'the file cannot be read as YAML or JSON (MISSING_CHAR)', fix: 'check indentation' }],
      },
    ],
  });
  const items = [...container.querySelectorAll(':scope > ul > li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
  expect(items).toEqual([
    'a.yaml: added: Lesson A',
    'b.yaml: replaced the lesson with the same id: Lesson B',
    'c.yaml: not added: a built-in lesson already has the id "tajik-isis-k" (the built-in lesson stays). Change the id in the file and open it again.',
    `${evil}: not added, 1 problem: line 3, column 1: the file cannot be read as YAML or JSON (MISSING_CHAR). Fix: check indentation`,
  ]);
  expect(screen.getByRole('link', { name: 'Lesson A' }).getAttribute('href')).toBe('#/lesson/a');
  expect(container.querySelector('img')).toBeNull();
});
