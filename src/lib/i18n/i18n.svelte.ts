// Every UI string goes through i18next; message files are src/locales/<code>.json.
// English ships in the first bundle; other languages load when chosen (and are precached
// for offline use). The choice is remembered in localStorage and sets <html lang dir>.
// Svelte re-renders on a language change because t() reads a $state value.
import i18next from 'i18next';
import en from '../../locales/en.json';
import type enTeacher from '../../locales/teacher/en.json';

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
/**
 * Every message key (plural forms under their base key), checked at compile time. The
 * teachers' and assignment pages' messages (locales/teacher/) load with those pages, so a
 * student's first page does not carry them.
 */
export type MessageKey = WithoutPlural<Leaves<typeof en & typeof enTeacher>>;

const STORAGE_KEY = 'spotlight:language';
const loaders = import.meta.glob<Record<string, unknown>>(['../../locales/*.json', '!../../locales/en.json'], { import: 'default' });
const teacherLoaders = import.meta.glob<Record<string, unknown>>('../../locales/teacher/*.json', { import: 'default' });
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- widens the literal for $state: the language changes
const state = $state({ lang: 'en' as LanguageCode, teacher: false, loaded: 0 });
// Not reactive on purpose: state.loaded tells components when messages arrive.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const teacherLoaded = new Set<string>();

async function loadTeacherBundle(code: LanguageCode): Promise<void> {
  if (teacherLoaded.has(code)) return;
  const load = teacherLoaders[`../../locales/teacher/${code}.json`];
  if (!load) throw new Error(`no teacher message file for language "${code}"`);
  // Merged into the one namespace, so keys read the same wherever they are defined.
  i18next.addResourceBundle(code, 'translation', await load(), true, false);
  teacherLoaded.add(code);
}

/** Loads the teachers' and assignment pages' messages (English too, as the fallback). */
export async function loadTeacherMessages(): Promise<void> {
  await Promise.all([loadTeacherBundle('en'), loadTeacherBundle(state.lang)]);
  state.teacher = true;
  state.loaded++;
}

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  // Svelte escapes every interpolated value itself (nothing is rendered as HTML).
  interpolation: { escapeValue: false },
});

export function t(key: MessageKey, options?: Record<string, unknown>): string {
  void state.lang; // subscribe the caller to language changes
  void state.loaded; // and to messages arriving
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- i18next's overloads return a union for unknown keys
  return i18next.t(key, options ?? {}) as string;
}

export function language(): LanguageCode {
  return state.lang;
}

export function isLanguage(code: string): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export async function setLanguage(code: LanguageCode, remember = true): Promise<void> {
  if (!i18next.hasResourceBundle(code, 'translation')) {
    const load = loaders[`../../locales/${code}.json`];
    if (!load) throw new Error(`no message file for language "${code}"`);
    i18next.addResourceBundle(code, 'translation', await load());
  }
  if (state.teacher) await loadTeacherBundle(code);
  await i18next.changeLanguage(code);
  state.lang = code;
  const dir = LANGUAGES.find((l) => l.code === code)!.dir;
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      /* private mode: the choice lasts for this visit only */
    }
  }
}

/** The saved choice, else the browser's first supported language, else English. */
export function initialLanguage(saved: string | null, preferred: readonly string[]): LanguageCode {
  if (saved && isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export async function startLanguage(): Promise<void> {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* storage blocked */
  }
  const code = initialLanguage(saved, navigator.languages ?? []);
  if (code !== 'en') await setLanguage(code, false).catch(() => setLanguage('en', false));
}
