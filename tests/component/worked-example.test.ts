// The worked example before an exercise: each marked passage carries the tag a learner's mark of
// that kind would carry in the exercise, so the sources example teaches the kinds, "no source" too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import SkillIntro from '../../src/components/steps/SkillIntro.svelte';
import { buildLesson, seedFromText } from '../../src/lib/lesson/build-lesson-yaml';
import en from '../../src/locales/en.json';

const SEED = '000_9d20e17f153f9736';
const seeds = { [SEED]: seedFromText(SEED, readFileSync(`seeds/${SEED}.txt`, 'utf8'), readFileSync(`seeds/${SEED}.meta.yaml`, 'utf8')) };
const built = buildLesson('lessons/tajik-isis-k.yaml', readFileSync('lessons/tajik-isis-k.yaml', 'utf8'), seeds);
if (!built.ok) throw new Error(JSON.stringify(built.problems));
const exercise = (id: string) => built.lesson.exercises.find((e) => e.id === id)!;
const intro = (id: string) => render(SkillIntro, { exercise: exercise(id), onnext: () => {}, onback: () => {} });
const marks = (c: HTMLElement) =>
  [...c.querySelectorAll('blockquote mark')].map((m) => [
    m.querySelector('.tag')!.textContent,
    m.textContent!.slice(m.querySelector('.tag')!.textContent!.length),
  ]);

describe('worked example', () => {
  it('tags each source in the sources example with its kind, a claim with no source included', () => {
    const { container } = intro('sources');
    expect(marks(container)).toEqual([
      [en.tag.vague, 'Experts say'],
      [en.tag['social-media'], 'a post shared widely online'],
      [en.tag['named-source'], "The Hollin Valley Safety Office's 2025 report"],
      [en.tag.none, 'More than a million families have deleted it'],
    ]);
    expect(container.querySelector('blockquote')!.textContent!.replace(/\s+/g, ' ')).toContain('according to');
    expect(container.textContent).not.toContain(en.steps.marked);
  });

  it('tags a claims example with the tag of a claim mark', () => {
    const { container } = intro('claims');
    expect(marks(container)).toEqual([[en.tag.claims, 'have clearly made every street more dangerous']]);
  });
});
