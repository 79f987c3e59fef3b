// Finding an LMS's SCORM API the standard way (ADL's discovery algorithm): look for
// `API_1484_11` (SCORM 2004) or `API` (SCORM 1.2) on this window, then up the chain of
// parent windows, then up the opener's chain. Kept tiny and dependency-free: it runs on
// every start, and outside an LMS it must find nothing, quickly and without throwing.

/** SCORM 1.2's run-time API (the LMS* functions). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}
/** SCORM 2004's run-time API. */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };
export type ScormVersion = FoundApi['version'];

/** ADL's limit on how many windows up the chain to look. */
const MAX_DEPTH = 7;

function read(win: Window, name: 'API' | 'API_1484_11'): unknown {
  try {
    // Reading a property of a cross-origin window throws: that window is not our LMS.
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function searchChain(start: Window | null, prefer: ScormVersion | undefined): FoundApi | null {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const a2004 = read(win, 'API_1484_11');
    const a12 = read(win, 'API');
    const has2004 = typeof (a2004 as Scorm2004Api | undefined)?.Initialize === 'function';
    const has12 = typeof (a12 as Scorm12Api | undefined)?.LMSInitialize === 'function';
    if (has2004 && (prefer !== '1.2' || !has12)) return { version: '2004', api: a2004 as Scorm2004Api };
    if (has12) return { version: '1.2', api: a12 as Scorm12Api };
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      parent = null;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

/** The nearest SCORM API, or null outside an LMS. `prefer` picks one when a window offers both. */
export function findScormApi(win: Window, prefer?: ScormVersion): FoundApi | null {
  const found = searchChain(win, prefer);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchChain(opener, prefer) : null;
}
