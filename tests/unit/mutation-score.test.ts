import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mutatedFolder, mutationScoreLines, mutationScores, mutationScoreText, type MutationReport } from '../../scripts/mutation-score';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });
// scoring: 6 killed + 1 timeout of 10 valid (1 survived, 2 no coverage; the errors and ignored do not count)
// anchoring: 3 killed of 4 valid
const report: MutationReport = {
  files: {
    'src/lib/scoring/score-marks.ts': mutants('Killed', 'Killed', 'Killed', 'Killed', 'Survived', 'Timeout', 'CompileError'),
    'src/lib/scoring/feedback.ts': mutants('Killed', 'Killed', 'NoCoverage', 'NoCoverage', 'RuntimeError', 'Ignored', 'Pending'),
    'src/lib/anchoring/anchor.ts': mutants('Killed', 'Killed', 'Killed', 'Survived'),
  },
};

describe('mutationScores', () => {
  it('scores killed and timed-out mutants over the valid ones, overall and per mutated folder', () => {
    const { overall, folders } = mutationScores(report);
    expect(overall).toEqual({ group: 'all files', killed: 9, timeout: 1, survived: 2, noCoverage: 2, valid: 14, score: (10 / 14) * 100 });
    expect(folders.map((f) => [f.group, f.valid, f.score])).toEqual([
      ['src/lib/anchoring', 4, 75],
      ['src/lib/scoring', 10, 70],
    ]);
  });
  it('has no score, rather than 0 or 100, where no mutant is valid', () => {
    const { overall, folders } = mutationScores({ files: { 'src/lib/x/a.ts': mutants('CompileError', 'Ignored') } });
    expect(overall).toMatchObject({ valid: 0, score: null });
    expect(folders).toEqual([{ group: 'src/lib/x', killed: 0, timeout: 0, survived: 0, noCoverage: 0, valid: 0, score: null }]);
    expect(mutationScores({ files: {} }).overall.score).toBeNull();
  });
  it('groups a module’s subfolders with it, and reads absolute paths under the project root', () => {
    expect(mutatedFolder('src/lib/record/store/save.ts')).toBe('src/lib/record');
    expect(mutatedFolder('scripts/bench.ts')).toBe('scripts');
    expect(mutatedFolder('top.ts')).toBe('.');
    const absolute = mutationScores({
      projectRoot: '/repo',
      files: { '/repo/src/lib/record/a.ts': mutants('Killed'), '/repo/src/lib/record/b/c.ts': mutants('Survived') },
    });
    expect(absolute.folders).toMatchObject([{ group: 'src/lib/record', valid: 2, score: 50 }]);
  });
});

describe('mutationScoreLines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mutation-score-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the overall score, then each folder’s, with two decimals as Stryker does', () => {
    expect(mutationScoreText(report, new Date('2025-01-02T03:04:05Z'))).toEqual([
      'mutation score (Stryker, no budget, report of 2025-01-02 03:04 UTC): 71.43% (9 killed, 1 timed out, 2 survived, 2 not covered, of 14)',
      '  src/lib/anchoring: 75.00% (3 killed, 0 timed out, 1 survived, 0 not covered, of 4)',
      '  src/lib/scoring: 70.00% (6 killed, 1 timed out, 1 survived, 2 not covered, of 10)',
    ]);
  });
  it('reads the report file', () => {
    const path = join(dir, 'mutation.json');
    writeFileSync(path, JSON.stringify(report));
    const lines = mutationScoreLines(path);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^mutation score \(Stryker, no budget, report of \d{4}-\d\d-\d\d \d\d:\d\d UTC\): 71\.43% /);
  });
  it('says how to make a report when there is none, or it cannot be read', () => {
    expect(mutationScoreLines(join(dir, 'absent.json'))).toEqual(['no mutation report: run npm run mutation']);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(mutationScoreLines(broken)[0]).toMatch(/^unreadable mutation report .*: run npm run mutation$/);
  });
});
