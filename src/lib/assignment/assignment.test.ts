// Share links: whatever string is opened as a link gives a valid assignment or a clear
// error, never a throw and never a silently different assignment.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASSIGNMENT_VERSION, decodeAssignment, encodeAssignment, newAssignmentId, type Assignment } from './assignment';
import { strToU8, zlibSync } from 'fflate';
import * as v from 'valibot';
import { LessonSchema } from '../lesson/schema';

const KNOWN = ['tajik-isis-k', 'other-lesson'];
const sample: Assignment = { v: 1, id: 'AbC123xyz0', label: 'Year 10 · Media', lessons: ['tajik-isis-k'], hints: false, attempts: 2, showAnswers: true };
const raw = (json: unknown) => {
  let bin = '';
  for (const b of zlibSync(strToU8(JSON.stringify(json)))) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const assignmentArb = fc.record({
  v: fc.constant(ASSIGNMENT_VERSION as 1),
  id: fc.stringMatching(/^[A-Za-z0-9_-]{6,32}$/),
  label: fc.string({ maxLength: 80 }).map((s) => s.trim()),
  lessons: fc.uniqueArray(fc.constantFrom(...KNOWN), { minLength: 1, maxLength: 2 }),
  hints: fc.boolean(),
  attempts: fc.integer({ min: 1, max: 9 }),
  showAnswers: fc.boolean(),
});

describe('assignment links', () => {
  it('round-trips any assignment, in a URL-safe string', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const link = encodeAssignment(a);
        expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeAssignment(link, KNOWN)).toEqual({ ok: true, assignment: a });
      }),
    );
  });

  it('answers any string with a valid assignment or a clear error, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]*$/)), (s) => {
        const r = decodeAssignment(s, KNOWN);
        if (r.ok) expect(KNOWN).toEqual(expect.arrayContaining(r.assignment.lessons));
        else expect(['empty', 'damaged', 'outdated', 'invalid', 'unknown-lessons', 'duplicate-lessons']).toContain(r.error.kind);
      }),
    );
  });

  it('detects every truncation and single-character edit of a real link', () => {
    const link = encodeAssignment(sample);
    for (let n = 1; n < link.length; n++) {
      const r = decodeAssignment(link.slice(0, n), KNOWN);
      expect(r.ok, `truncated to ${n}`).toBe(false);
    }
    for (let i = 0; i < link.length; i++) {
      for (const c of 'ABCxyz019-_') {
        if (link[i] === c) continue;
        const r = decodeAssignment(link.slice(0, i) + c + link.slice(i + 1), KNOWN);
        // The only edits allowed through are to padding bits that carry no data.
        if (r.ok) expect(r.assignment, `edit at ${i} to ${c}`).toEqual(sample);
      }
    }
  });

  it('names what is wrong', () => {
    expect(decodeAssignment('', KNOWN)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeAssignment('not a link!', KNOWN)).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(decodeAssignment(raw({ ...sample, v: 0 }), KNOWN)).toEqual({ ok: false, error: { kind: 'outdated', version: 0 } });
    expect(decodeAssignment(raw({ ...sample, attempts: 99 }), KNOWN)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: expect.stringContaining('attempts') },
    });
    expect(decodeAssignment(raw({ ...sample, extra: 1 }), KNOWN)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(decodeAssignment(raw({ ...sample, lessons: ['gone'] }), KNOWN)).toEqual({ ok: false, error: { kind: 'unknown-lessons', ids: ['gone'] } });
  });

  it('refuses a link that names a lesson twice, naming it', () => {
    const twice = { ...sample, lessons: ['tajik-isis-k', 'other-lesson', 'tajik-isis-k'] };
    expect(decodeAssignment(raw(twice), KNOWN)).toEqual({ ok: false, error: { kind: 'duplicate-lessons', ids: ['tajik-isis-k'] } });
    expect(decodeAssignment(raw({ ...twice, lessons: ['other-lesson', 'tajik-isis-k', 'other-lesson', 'tajik-isis-k', 'other-lesson'] }), KNOWN)).toEqual({
      ok: false,
      error: { kind: 'duplicate-lessons', ids: ['other-lesson', 'tajik-isis-k'] },
    });
  });

  it('makes assignment ids that the schema accepts', () => {
    const id = newAssignmentId();
    expect(decodeAssignment(encodeAssignment({ ...sample, id }), KNOWN)).toMatchObject({ ok: true });
  });
});

describe('assignment links carrying imported lessons', () => {
  const lesson = v.parse(LessonSchema, {
    id: 'my-import',
    title: 'Mine',
    level: 'Any',
    minutes: 5,
    intro: 'Hi',
    readingNote: 'Read',
    summary: 'Done',
    nextSteps: ['Search'],
    article: { title: 'Article', text: 'Officials said the plan failed. It was a disaster, everyone agrees. '.repeat(20) + 'The end.' },
    exercises: [
      {
        id: 'claims',
        skill: 'claims',
        kind: 'mark-words',
        title: 'Claims',
        what: 'What?',
        example: { text: 'It is the best.', highlight: 'the best', explanation: 'Says who?' },
        instructions: 'Mark.',
        wrongMark: 'No.',
        items: [{ id: 'c1', target: [{ type: 'TextQuoteSelector', exact: 'The end.' }], explanation: 'None.', hint: 'Last.' }],
      },
    ],
  });
  const withLesson: Assignment = { ...sample, lessons: ['tajik-isis-k', 'my-import'], embedded: [lesson] };

  it('round-trips, and the embedded lessons count as known', () => {
    expect(decodeAssignment(encodeAssignment(withLesson), KNOWN)).toEqual({ ok: true, assignment: withLesson });
    // Links without the field still open (same version).
    expect(decodeAssignment(encodeAssignment(sample), KNOWN)).toEqual({ ok: true, assignment: sample });
    expect(decodeAssignment(raw({ ...withLesson, embedded: undefined }), KNOWN)).toEqual({ ok: false, error: { kind: 'unknown-lessons', ids: ['my-import'] } });
  });

  it('checks embedded lessons with the lesson schema, and refuses ones not in the list', () => {
    expect(decodeAssignment(raw({ ...withLesson, embedded: [{ ...lesson, minutes: 'lots' }] }), KNOWN)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: expect.stringContaining('embedded.0.minutes') },
    });
    expect(decodeAssignment(raw({ ...withLesson, embedded: [{ ...lesson, onload: 'alert(1)' }] }), KNOWN)).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
    expect(decodeAssignment(raw({ ...withLesson, lessons: ['tajik-isis-k'] }), KNOWN)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: expect.stringContaining('my-import not in lessons') },
    });
  });

  it('refuses a link carrying two versions of one lesson', () => {
    const two = { ...withLesson, embedded: [lesson, { ...lesson, title: 'Mine, edited' }] };
    expect(decodeAssignment(raw(two), KNOWN)).toEqual({ ok: false, error: { kind: 'duplicate-lessons', ids: ['my-import'] } });
  });

  it('accepts as a lesson id exactly what a lesson file may have as its id', () => {
    // A valid long id (once refused by a shorter limit of the link's own) can be assigned.
    const long = `a${'-long'.repeat(40)}`;
    expect(v.safeParse(LessonSchema, { ...lesson, id: long }).success).toBe(true);
    expect(decodeAssignment(encodeAssignment({ ...sample, lessons: [long] }), [long])).toMatchObject({ ok: true });
    const idArb = fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9-]{0,120}$/), fc.stringMatching(/^[a-zA-Z0-9 _-]{1,90}$/));
    fc.assert(
      fc.property(idArb, (id) => {
        const asLesson = v.safeParse(LessonSchema, { ...lesson, id }).success;
        expect(decodeAssignment(raw({ ...sample, lessons: [id] }), [id]).ok, JSON.stringify(id)).toBe(asLesson);
      }),
    );
  });

  it('still detects a long link cut short or edited', () => {
    const link = encodeAssignment(withLesson);
    expect(link.length).toBeGreaterThan(300);
    for (let n = 1; n < link.length; n += 7) expect(decodeAssignment(link.slice(0, n), KNOWN).ok, `truncated to ${n}`).toBe(false);
    for (let i = 0; i < link.length; i += 5) {
      const edited = link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1);
      const r = decodeAssignment(edited, KNOWN);
      if (r.ok) expect(r.assignment, `edit at ${i}`).toEqual(withLesson);
    }
  });
});
