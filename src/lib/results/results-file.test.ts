// Results files: what a student downloads is read back exactly; a damaged, edited,
// truncated or foreign file is named as such; the completion code is short and stable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completionCode, createResultsFile, readResultsFile, type ResultsBody } from './results-file';

const body: ResultsBody = {
  format: 'spotlight-results',
  version: 1,
  assignmentId: 'AbC123xyz0',
  label: 'Year 10',
  student: 'Ana Ñúñez',
  finishedAt: '2026-11-25T10:00:00.000Z',
  lessons: [
    {
      lessonId: 'tajik-isis-k',
      title: 'Reading an opinion piece',
      skills: [{ exerciseId: 'claims', skill: 'claims', points: 4.5, max: 7, hintsUsed: 1, checks: 2, missed: ['claims-tajiks-majority'] }],
    },
  ],
};

describe('results files', () => {
  it('round-trips, whatever the student typed as their name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0),
        async (student) => {
          const file = await createResultsFile({ ...body, student });
          const read = await readResultsFile(JSON.stringify(file, null, 2), body.assignmentId);
          expect(read).toEqual({ ok: true, results: file, otherAssignment: false });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('detects a damaged or edited file, and says which kind of problem it is', async () => {
    const text = JSON.stringify(await createResultsFile(body));
    expect(await readResultsFile(text.slice(0, -10))).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(await readResultsFile(text.replace('"points":4.5', '"points":7'))).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(await readResultsFile(text.replace('Ana', 'Bob'))).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(await readResultsFile('{"name":"package"}')).toEqual({ ok: false, error: { kind: 'not-results' } });
    expect(await readResultsFile(text.replace('"version":1', '"version":0'))).toEqual({ ok: false, error: { kind: 'outdated', version: 0 } });
  });

  it('flags a file made for another assignment', async () => {
    const text = JSON.stringify(await createResultsFile(body));
    expect(await readResultsFile(text, 'SomeOther1')).toMatchObject({ ok: true, otherAssignment: true });
  });

  it('gives a short completion code that depends on the results', async () => {
    const a = completionCode(await createResultsFile(body));
    expect(a).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(completionCode(await createResultsFile(body))).toBe(a);
    expect(completionCode(await createResultsFile({ ...body, student: 'Someone else' }))).not.toBe(a);
  });
});
