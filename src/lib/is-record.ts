// Whether untrusted data (a parsed file, a saved string) is a plain object whose fields can be read.
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
