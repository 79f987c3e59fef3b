// Hash routes, so the app works from any static host, a file server, or an LMS package.
export type Route = { name: 'catalog' } | { name: 'lesson'; id: string } | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = decodeURIComponentSafe(hash.replace(/^#/, '')) || '/';
  if (path === '/' || path === '') return { name: 'catalog' };
  const m = /^\/lesson\/([a-z0-9][a-z0-9-]*)\/?$/.exec(path);
  if (m) return { name: 'lesson', id: m[1]! };
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
