// The mutation score from the last `npm run mutation` (Stryker's JSON report, in the
// mutation-testing-report-schema), for `npm run bench` to print: overall and per mutated
// folder. As Stryker computes it: killed + timed out over all valid mutants (killed, timed
// out, survived, no coverage); compile and runtime errors, ignored and pending mutants do not count.
import { existsSync, readFileSync, statSync } from 'node:fs';

const MUTATION_REPORT = 'reports/mutation/mutation.json';

/** The part of a mutation-testing-report-schema report read here. */
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
  projectRoot?: string;
}

interface MutationScore {
  /** 'all files', or a mutated folder such as src/lib/scoring. */
  group: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** killed + timeout + survived + noCoverage */
  valid: number;
  /** Percentage, or null when there is no valid mutant. */
  score: number | null;
}

/** The folder a mutated file is reported under: src/lib/NAME for the app's modules (subfolders included), else its own folder. */
export function mutatedFolder(file: string): string {
  const path = file.replace(/\\/g, '/');
  const lib = /^(.*?src\/lib\/[^/]+)\//.exec(path);
  if (lib) return lib[1]!;
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : '.';
}

function tally(group: string, statuses: string[]): MutationScore {
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  return { group, killed, timeout, survived, noCoverage, valid, score: valid ? ((killed + timeout) / valid) * 100 : null };
}

/** The score over all files, and per mutated folder (sorted by name). */
export function mutationScores(report: MutationReport): { overall: MutationScore; folders: MutationScore[] } {
  const root = report.projectRoot?.replace(/\\/g, '/').replace(/\/?$/, '/');
  const byFolder = new Map<string, string[]>();
  const all: string[] = [];
  for (const [name, file] of Object.entries(report.files)) {
    const path = name.replace(/\\/g, '/');
    const folder = mutatedFolder(root && path.startsWith(root) ? path.slice(root.length) : path);
    const statuses = file.mutants.map((m) => m.status);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...statuses]);
    all.push(...statuses);
  }
  const folders = [...byFolder.keys()].sort().map((f) => tally(f, byFolder.get(f)!));
  return { overall: tally('all files', all), folders };
}

const describe = (s: MutationScore) =>
  `${s.score === null ? 'n/a' : `${s.score.toFixed(2)}%`} (${s.killed} killed, ${s.timeout} timed out, ${s.survived} survived, ${s.noCoverage} not covered, of ${s.valid})`;

/** Lines for a report: the overall score, then one line per folder. */
export function mutationScoreText(report: MutationReport, when?: Date): string[] {
  const { overall, folders } = mutationScores(report);
  const date = when ? `, report of ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  return [`mutation score (Stryker, no budget${date}): ${describe(overall)}`, ...folders.map((f) => `  ${f.group}: ${describe(f)}`)];
}

/** What `npm run bench` prints: the score of the report at `path`, or how to make one. */
export function mutationScoreLines(path = MUTATION_REPORT): string[] {
  if (!existsSync(path)) return ['no mutation report: run npm run mutation'];
  let report: MutationReport;
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as MutationReport;
  } catch (e) {
    return [`unreadable mutation report ${path} (${(e as Error).message}): run npm run mutation`];
  }
  if (!report || typeof report.files !== 'object' || report.files === null) return [`no files in mutation report ${path}: run npm run mutation`];
  return mutationScoreText(report, statSync(path).mtime);
}
