import { describe, expect, it } from 'vitest';
import { draftId, removeAssignment, saveAssignment, savedAssignments } from './saved-assignments';
import type { Assignment } from './assignment';

function storage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}
const a = (id: string, label = 'Year 10'): Assignment => ({ v: 1, id, label, lessons: ['tajik-isis-k'], hints: true, attempts: 2, showAnswers: true });

describe('assignments kept in this browser', () => {
  it('updates an assignment under its id instead of adding it again, keeping when it was made', () => {
    const s = storage();
    expect(saveAssignment(a('abcdef1'), new Date('2026-09-01T08:00:00Z'), s)).toBe(true);
    saveAssignment(a('zzzzzz9', 'Other class'), new Date('2026-09-02T08:00:00Z'), s);
    saveAssignment(a('abcdef1', 'Year 10 · renamed'), new Date('2026-09-03T08:00:00Z'), s);
    const { saved, skipped } = savedAssignments(s);
    expect(skipped).toBe(0);
    expect(saved.map((x) => [x.assignment.id, x.assignment.label])).toEqual([
      ['abcdef1', 'Year 10 · renamed'],
      ['zzzzzz9', 'Other class'],
    ]);
    expect(saved[0]!.createdAt).toBe('2026-09-01T08:00:00.000Z');
  });

  it('skips and counts damaged entries without losing the good ones', () => {
    const s = storage();
    saveAssignment(a('abcdef1'), new Date('2026-09-01T08:00:00Z'), s);
    const good = JSON.parse(s.data.get('spotlight:assignments')!);
    s.data.set('spotlight:assignments', JSON.stringify([{ assignment: { id: '../x' } }, 7, ...good, good[0]]));
    expect(savedAssignments(s)).toMatchObject({ skipped: 3, saved: [{ assignment: { id: 'abcdef1' } }] });
    s.data.set('spotlight:assignments', '{not json');
    expect(savedAssignments(s)).toEqual({ saved: [], skipped: 1 });
  });

  it('removes one by id', () => {
    const s = storage();
    saveAssignment(a('abcdef1'), new Date(), s);
    saveAssignment(a('zzzzzz9'), new Date(), s);
    removeAssignment('abcdef1', s);
    expect(savedAssignments(s).saved.map((x) => x.assignment.id)).toEqual(['zzzzzz9']);
  });

  it('keeps the id of the assignment being built until a new one is asked for', () => {
    const s = storage();
    const first = draftId(false, s);
    expect(draftId(false, s)).toBe(first);
    const next = draftId(true, s);
    expect(next).not.toBe(first);
    expect(draftId(false, s)).toBe(next);
  });

  it('says so when the browser refuses to save', () => {
    const s = {
      ...storage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveAssignment(a('abcdef1'), new Date(), s)).toBe(false);
  });
});
