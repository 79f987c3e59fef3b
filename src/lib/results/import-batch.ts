// A batch of files the teacher dropped: each is added once, and each is flagged when it is for
// another assignment than the class shown, judged after the whole batch is in, so a stray file
// first in the batch (or imported before the class) is flagged too and never hides the class.
import { addResults, assignments } from './class-results';
import type { ReadError, ReadResult, ResultsFile } from './results-file';

export type Outcome =
  { kind: 'refused'; error: ReadError | { kind: 'too-big' } } | { kind: 'added' | 'duplicate' | 'other-assignment'; student: string; label: string };

/** The assignment shown: the teacher's choice while it has files, else the one with most students. */
export function shownAssignment(files: readonly ResultsFile[], selected: string): string {
  const all = assignments(files);
  return all.some((a) => a.id === selected) ? selected : (all[0]?.id ?? '');
}

export function placeBatch(
  files: readonly ResultsFile[],
  reads: readonly { name: string; read: ReadResult | 'too-big' }[],
  selected: string,
): { files: ResultsFile[]; outcomes: { name: string; outcome: Outcome }[] } {
  let next = [...files];
  const placed = reads.map(({ name, read }) => {
    if (read === 'too-big') return { name, refused: { kind: 'too-big' as const } };
    if (!read.ok) return { name, refused: read.error };
    const r = addResults(next, read.results);
    next = r.files;
    return { name, file: read.results, added: r.added };
  });
  const shown = shownAssignment(next, selected);
  const outcomes = placed.map((p): { name: string; outcome: Outcome } => {
    if (!('file' in p) || !p.file) return { name: p.name, outcome: { kind: 'refused', error: p.refused } };
    const kind = !p.added ? 'duplicate' : p.file.assignmentId !== shown ? 'other-assignment' : 'added';
    return { name: p.name, outcome: { kind, student: p.file.student, label: p.file.label || p.file.assignmentId } };
  });
  return { files: next, outcomes };
}
