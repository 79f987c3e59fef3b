// A lesson language's name as its speakers write it (the interface's own list), else the code.
import { LANGUAGES } from '../../lib/i18n/i18n.svelte';

export function languageName(code: string): string {
  const base = code.split('-')[0];
  return LANGUAGES.find((l) => l.code === base)?.name ?? code;
}
