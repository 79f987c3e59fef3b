// One rule for the class: a student is a name plus a browser; one submission per student and
// lesson counts (latest or best); the counts, "most missed" and the CSV agree with the table.
import { describe, expect, it } from 'vitest';
import { addResults, assignments, classView, commonWrongMarks, compareResults, mostMissed } from './class-results';
import { toSubmission, type Submission } from './results-file';
import { toCsv } from './results-csv';
import { resultsFile, type Work } from '../../../tests/fixtures/results-files';

const subs = (works: Work[]): Promise<Submission[]> => Promise.all(works.map(async (w) => toSubmission(await resultsFile(w))));

describe('class results', () => {
  it('counts the same file once, and tells what one set of files lacks by checksum', async () => {
    const [a, b, c] = await subs([{ student: 'Ana' }, { student: 'Ben' }, { student: 'Cy' }]);
    expect(addResults([a!], { ...a! })).toMatchObject({ added: false, files: [a] });
    expect(compareResults([a!, b!], [{ ...b! }, c!])).toEqual({ added: [c], removed: [a] });
  });

  it('keeps two students with the same name apart, by browser', async () => {
    const view = classView(
      await subs([
        { student: 'Sara', browserId: 'browser-one' },
        { student: 'Sara', browserId: 'browser-two' },
      ]),
      'latest',
    );
    expect(view.students.map((s) => `${s.student}/${s.browserId}`)).toEqual(['Sara/browser-one', 'Sara/browser-two']);
  });

  it('shows a student who handed in twice once, with two submissions, counting the latest or the best', async () => {
    const files = await subs([
      { student: 'Ana', at: '2026-11-25T10:00:00.000Z', missed: [] },
      { student: 'Ana', at: '2026-11-26T10:00:00.000Z', missed: ['claims-a', 'claims-b'], wrongMarks: ['Officials said'] },
      { student: 'Ben', missed: ['claims-a'], wrongMarks: ['officials   said'] },
    ]);
    const latest = classView(files, 'latest');
    const ana = latest.students[0]!;
    expect(ana.submissions).toHaveLength(2);
    expect(ana.lessons.get('tajik-isis-k')).toMatchObject({
      submission: { submittedAt: '2026-11-26T10:00:00.000Z' },
      others: [{ submission: { submittedAt: '2026-11-25T10:00:00.000Z' } }],
    });
    expect(mostMissed(latest).map((m) => `${m.skill}/${m.itemId}:${m.students}/${m.of}`)).toEqual([
      'claims/claims-a:2/2',
      'sources/src-b:2/2',
      'claims/claims-b:1/2',
    ]);
    expect(commonWrongMarks(latest)).toMatchObject([{ quote: 'Officials said', students: 2 }]);

    const best = classView(files, 'best');
    expect(best.students[0]!.lessons.get('tajik-isis-k')!.submission.submittedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(mostMissed(best).map((m) => `${m.itemId}:${m.students}`)).toEqual(['src-b:2', 'claims-a:1']);
    expect(commonWrongMarks(best)).toMatchObject([{ students: 1 }]);
    // The CSV has the rows the table counts: one per student and lesson.
    expect(toCsv(best).trim().split('\r\n')).toHaveLength(1 + best.students.length);
  });

  it('puts the assignment with the most students first, whatever was imported first', async () => {
    const files = await subs([{ student: 'Stray', assignmentId: 'Other12345', label: 'Other' }, { student: 'Ana' }, { student: 'Ben' }]);
    expect(assignments(files)).toEqual([
      { id: 'AbC123xyz0', label: 'Year 10', students: 2 },
      { id: 'Other12345', label: 'Other', students: 1 },
    ]);
  });
});
