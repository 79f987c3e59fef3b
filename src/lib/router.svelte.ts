// Hash routes, so the app works from any static host, a file server, or an LMS package.
import { ID_SOURCE } from './lesson/lesson-id';
/** The teacher view of a lesson: the answer key on screen, or a print layout shown on screen. */
export type TeachMode = 'screen' | 'worksheet' | 'key';
export type Route =
  | { name: 'catalog' }
  | { name: 'lesson'; id: string }
  | { name: 'assign' }
  | { name: 'assignment'; payload: string; lessonId: string | null }
  | { name: 'results' }
  | { name: 'author' }
  | { name: 'teach'; id: string; mode: TeachMode }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = decodeURIComponentSafe(hash.replace(/^#/, '')) || '/';
  if (path === '/' || path === '') return { name: 'catalog' };
  const m = new RegExp(`^/lesson/(${ID_SOURCE})/?$`).exec(path);
  if (m) return { name: 'lesson', id: m[1]! };
  const teach = new RegExp(`^/teach/(${ID_SOURCE})(?:/(worksheet|key))?/?$`).exec(path);
  if (teach) return { name: 'teach', id: teach[1]!, mode: (teach[2] as TeachMode | undefined) ?? 'screen' };
  if (path === '/assign') return { name: 'assign' };
  if (path === '/results') return { name: 'results' };
  if (path === '/author') return { name: 'author' };
  // An assignment link: #/a/<payload>, and #/a/<payload>/<lesson> while doing one of its lessons.
  const a = new RegExp(`^/a/([^/]*)(?:/(${ID_SOURCE}))?/?$`).exec(path);
  if (a) return { name: 'assignment', payload: a[1]!, lessonId: a[2] ?? null };
  return { name: 'not-found', path };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function createRouter() {
  let route = $state(parseRoute(location.hash));
  $effect(() => {
    const update = () => (route = parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  });
  return {
    get current() {
      return route;
    },
  };
}
