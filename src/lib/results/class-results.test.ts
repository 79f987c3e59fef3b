import { describe, expect, it } from 'vitest';
import { addResults, classRows, compareResults, mostMissed, toCsv } from './class-results';
import type { ResultsFile } from './results-file';

const file = (student: string, missed: string[], checksum: string, points = 3): ResultsFile => ({
  format: 'spotlight-results',
  version: 1,
  assignmentId: 'AbC123xyz0',
  label: 'Y10',
  student,
  finishedAt: '2026-11-25T10:00:00.000Z',
  checksum,
  lessons: [
    {
      lessonId: 'tajik-isis-k',
      title: 'Reading, "critically"',
      skills: [
        { exerciseId: 'claims', skill: 'claims', points, max: 7, hintsUsed: 0, checks: 1, missed },
        { exerciseId: 'emotive', skill: 'emotive', points: 5, max: 10, hintsUsed: 2, checks: 2, missed: [] },
      ],
    },
  ],
});

describe('class results', () => {
  it('counts the same file once', () => {
    let files: ResultsFile[] = [];
    files = addResults(files, file('Ana', [], 'aa')).files;
    const again = addResults(files, file('Ana', [], 'aa'));
    expect(again).toMatchObject({ added: false });
    expect(again.files).toHaveLength(1);
  });

  it('tells what one set of files has that another lacks, by checksum', () => {
    const [a, b, c] = [file('Ana', [], 'a'), file('Ben', [], 'b'), file('Cy', [], 'c')];
    expect(compareResults([a, b], [{ ...b }, c])).toEqual({ added: [c], removed: [a] });
    expect(compareResults([a], [a])).toEqual({ added: [], removed: [] });
  });

  it('lists rows by student, lesson and skill, and the most-missed items first', () => {
    const files = [file('Zoe', ['c1', 'c2'], 'z'), file('Ana', ['c2'], 'a')];
    expect(classRows(files).map((r) => `${r.student}/${r.skill}/${r.points}`)).toEqual(['Ana/claims/3', 'Ana/emotive/5', 'Zoe/claims/3', 'Zoe/emotive/5']);
    expect(mostMissed(files)).toEqual([
      { lessonId: 'tajik-isis-k', itemId: 'c2', students: 2, of: 2 },
      { lessonId: 'tajik-isis-k', itemId: 'c1', students: 1, of: 2 },
    ]);
  });

  it('writes CSV that quotes commas and quotes, and defuses formulas in names', () => {
    const csv = toCsv(classRows([file('=HYPERLINK("x")', [], 'h', 4.5)]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('student,lesson,lesson title,skill,points,max,hints used,checks');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",tajik-isis-k,"Reading, ""critically""",claims,4.5,7,0,1`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
