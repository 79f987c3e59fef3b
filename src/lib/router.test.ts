// Hash routes, including the assignment links and what a hand-edited hash does.
import { describe, expect, it } from 'vitest';
import { parseRoute } from './router.svelte';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'catalog' }],
    ['#/', { name: 'catalog' }],
    ['#/lesson/tajik-isis-k', { name: 'lesson', id: 'tajik-isis-k' }],
    ['#/assign', { name: 'assign' }],
    ['#/results', { name: 'results' }],
    ['#/author', { name: 'author' }],
    ['#/a/eNoABC_-x', { name: 'assignment', payload: 'eNoABC_-x', lessonId: null }],
    ['#/a/eNoABC_-x/tajik-isis-k', { name: 'assignment', payload: 'eNoABC_-x', lessonId: 'tajik-isis-k' }],
    ['#/a/', { name: 'assignment', payload: '', lessonId: null }],
    ['#/lesson/../etc', { name: 'not-found', path: '/lesson/../etc' }],
    ['#/%E0%A4%A', { name: 'not-found', path: '/%E0%A4%A' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
