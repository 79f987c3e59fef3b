// Only the sources exercise asks for a kind of source before checking.
import { describe, expect, it } from 'vitest';
import type { Mark, PublicExercise } from '../types';
import { validateMarks } from './validate-marks';

const exercise = (kind: PublicExercise['kind'], categories: PublicExercise['categories']): PublicExercise => ({
  id: kind,
  skill: kind === 'mark-sources' ? 'sources' : 'claims',
  kind,
  title: 'T',
  instructions: 'i',
  categories,
  itemCount: 1,
  attempts: 3,
  hintCost: 0.5,
});
const unclassified: Mark = { id: 'm1', start: 0, end: 5, category: 'sources' };

describe('validateMarks: kinds of source', () => {
  it('never asks a mark-words exercise for a kind, whatever category its marks carry', () => {
    expect(validateMarks(exercise('mark-words', ['claims']), [unclassified])).toEqual({ complete: true });
    expect(validateMarks(exercise('mark-words', ['claims']), [{ ...unclassified, category: 'vague' }])).toEqual({ complete: true });
  });
  it('asks a sources exercise for a kind while a mark is still unclassified', () => {
    expect(validateMarks(exercise('mark-sources', ['vague', 'none']), [unclassified])).toEqual({ complete: false, reason: 'unclassified' });
    expect(validateMarks(exercise('mark-sources', ['vague', 'none']), [{ ...unclassified, category: 'none' }])).toEqual({ complete: true });
  });
});
