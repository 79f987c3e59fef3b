// A lesson problem names the file, the place in it and the fix, because the person
// reading it is a teacher or author editing YAML, not the developer who wrote the check.
export interface LessonProblem {
  file: string;
  where: string;
  message: string;
  fix: string;
}

export function formatProblem(p: LessonProblem): string {
  return `${p.file} › ${p.where}: ${p.message}\n    fix: ${p.fix}`;
}
