// A worked example as the intro and the teacher's key show it: the text in pieces, each marked
// piece with the category its tag names (the skill, or in a sources exercise the kind of
// source), exactly as a learner's mark would be tagged in the exercise.
import type { MarkCategory } from '../types';
import type { ExerciseKind, Skill, WorkedExample } from './schema';

export interface ExamplePiece {
  text: string;
  marked: boolean;
  /**
   * A marked piece's tag: the skill, or its kind of source. A sources example's lone highlight
   * (from the authoring page) has no kind, and is tagged as just marked, not as unclassified.
   */
  category?: MarkCategory | undefined;
}

/** The example's marks in one shape: a lone highlight is a list of one. */
const marksOf = (example: WorkedExample) => example.marks ?? (example.highlight === undefined ? [] : [{ text: example.highlight }]);

/** The text cut at each mark's first occurrence, in reading order. Marks not found are left out (lessons:check reports them). */
export function examplePieces(example: WorkedExample, skill: Skill): ExamplePiece[] {
  const placed = marksOf(example)
    .map((m) => ({ ...m, at: example.text.indexOf(m.text) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at);
  const pieces: ExamplePiece[] = [];
  let from = 0;
  for (const m of placed) {
    if (m.at < from) continue; // overlapping: lessons:check reports it
    if (m.at > from) pieces.push({ text: example.text.slice(from, m.at), marked: false });
    pieces.push({ text: m.text, marked: true, category: m.attribution ?? (skill === 'sources' ? undefined : skill) });
    from = m.at + m.text.length;
  }
  if (from < example.text.length) pieces.push({ text: example.text.slice(from), marked: false });
  return pieces;
}

/** What is wrong with an exercise's example, as [field, problem, fix]. */
export function exampleProblems(example: WorkedExample, kind: ExerciseKind): [string, string, string][] {
  const problems: [string, string, string][] = [];
  const field = example.marks ? 'marks' : 'highlight';
  marksOf(example).forEach((m, i) => {
    const where = example.marks ? `example.marks[${i}]` : 'example.highlight';
    if (!example.text.includes(m.text)) problems.push([where, `"${m.text}" does not occur in the example text`, 'copy the passage exactly from example.text']);
    if (kind === 'mark-sources' && example.marks && !m.attribution)
      problems.push([where, 'a mark in a sources example needs its attribution', 'add attribution: named-source, named-person, vague, social-media or none']);
    if (kind !== 'mark-sources' && m.attribution)
      problems.push([where, 'only a sources example gives attributions', 'remove attribution, or make the exercise kind mark-sources']);
  });
  const pieces = examplePieces(example, 'sources').filter((p) => p.marked).length;
  if (pieces < marksOf(example).filter((m) => example.text.includes(m.text)).length)
    problems.push([`example.${field}`, 'two marks of the example overlap', 'give each mark its own words of the example text']);
  return problems;
}
