// Results files: what a student downloads is read back exactly; version-1 files are still
// read, with what they lack unknown; a damaged, edited, crafted or foreign file is named as such.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical, sha256 } from './completion-code';
import { completionCode, createResultsFile, readResultsFile, type ResultsBodyV1 } from './results-file';
import { body } from '../../../tests/fixtures/results-files';

const v1: ResultsBodyV1 = {
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

/** A file as an attacker would make it: any content, with a checksum that matches. */
const forged = async (content: Record<string, unknown>) => JSON.stringify({ ...content, checksum: await sha256(canonical(content)) });

describe('results files', () => {
  it('round-trips, whatever the student typed as their name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0),
        async (student) => {
          const file = await createResultsFile(body({ student }));
          const read = await readResultsFile(JSON.stringify(file, null, 2), 'AbC123xyz0');
          expect(read).toMatchObject({ ok: true, results: file, otherAssignment: false, submission: { version: 2, student: file.student } });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reads a version-1 file, with attempts, found items and wrong marks unknown', async () => {
    const read = await readResultsFile(JSON.stringify(await createResultsFile(v1)));
    expect(read.ok && read.submission).toMatchObject({
      version: 1,
      student: 'Ana Ñúñez',
      browserId: null,
      submittedAt: v1.finishedAt,
      lessons: [
        {
          lessonId: 'tajik-isis-k',
          points: 4.5,
          max: 7,
          attempts: null,
          checks: null,
          exercises: [{ missed: ['claims-tajiks-majority'], found: null, wrongMarks: null }],
        },
      ],
    });
  });

  it('detects a damaged or edited file, and says which kind of problem it is', async () => {
    const text = JSON.stringify(await createResultsFile(body({ student: 'Ana' })));
    expect(await readResultsFile(text.slice(0, -10))).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(await readResultsFile(text.replace('"points":3', '"points":2'))).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(await readResultsFile(text.replace('Ana', 'Bob'))).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(await readResultsFile('{"name":"package"}')).toEqual({ ok: false, error: { kind: 'not-results' } });
    expect(await readResultsFile('[1,2]')).toEqual({ ok: false, error: { kind: 'not-results' } });
    expect(await readResultsFile(text.replace('"version":2', '"version":9'))).toEqual({ ok: false, error: { kind: 'outdated', version: 9 } });
  });

  it('refuses crafted files, even with a matching checksum, and names where', async () => {
    const good = body({ student: 'Ana' });
    const lesson = good.lessons[0]!;
    const invalid = async (content: Record<string, unknown>) => {
      const read = await readResultsFile(await forged(content));
      if (read.ok) throw new Error('a crafted file was accepted');
      expect(read.error.kind).toBe('invalid');
      return read.error.kind === 'invalid' ? read.error.detail : '';
    };
    expect(await invalid({ ...good, lessons: [{ ...lesson, lessonId: 'a/b' }] })).toMatch(/^lessons\.0\.lessonId: not an id/);
    expect(await invalid({ ...good, student: 'x'.repeat(100_000) })).toMatch(/^student:/);
    expect(await invalid({ ...good, lessons: [lesson, lesson] })).toMatch(/the same lesson appears twice/);
    expect(await invalid({ ...good, lessons: [] })).toMatch(/^lessons:/);
    expect(await invalid({ ...good, lessons: [{ ...lesson, points: '3' }] })).toMatch(/^lessons\.0\.points:/);
    expect(await invalid({ ...good, browserId: '../../etc' })).toMatch(/^browserId: not a browser id/);
    expect(await invalid({ ...good, submittedAt: 'yesterday' })).toMatch(/^submittedAt:/);
    const wrongMarks = ['w'.repeat(5000)];
    expect(await invalid({ ...good, lessons: [{ ...lesson, exercises: [{ ...lesson.exercises[0], wrongMarks }] }] })).toMatch(/wrongMarks\.0:/);
    // A "__proto__" key, as JSON.parse makes it (an own property), is an unknown key.
    const proto = JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(await invalid({ ...good, ...proto })).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('flags a file made for another assignment', async () => {
    const text = JSON.stringify(await createResultsFile(body({ student: 'Ana' })));
    expect(await readResultsFile(text, 'SomeOther1')).toMatchObject({ ok: true, otherAssignment: true });
  });
});

describe('completion code', () => {
  it('is the same for the same work, however often it is downloaded', async () => {
    const a = completionCode(await createResultsFile(body({ student: 'Ana' })));
    expect(a).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(completionCode(await createResultsFile(body({ student: 'Ana' })))).toBe(a);
    // The same content written with its keys in another order is the same file.
    const reordered = Object.fromEntries(Object.entries(body({ student: 'Ana' })).reverse()) as ReturnType<typeof body>;
    expect(completionCode(await createResultsFile(reordered))).toBe(a);
  });

  it('differs for different work or a different student', async () => {
    const a = completionCode(await createResultsFile(body({ student: 'Ana' })));
    expect(completionCode(await createResultsFile(body({ student: 'Ana', missed: ['claims-a'] })))).not.toBe(a);
    expect(completionCode(await createResultsFile(body({ student: 'Ana', wrongMarks: ['the mayor'] })))).not.toBe(a);
    expect(completionCode(await createResultsFile(body({ student: 'Ben' })))).not.toBe(a);
    expect(completionCode(await createResultsFile(body({ student: 'Ana', browserId: 'another-browser' })))).not.toBe(a);
  });
});
