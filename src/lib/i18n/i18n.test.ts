// Message files: every language has every English message, in the plural forms its
// grammar needs, with the same placeholders; switching language changes what t() says,
// sets <html lang dir> and is remembered.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage, language, LANGUAGES, setLanguage, t } from './i18n.svelte';

type Tree = { [k: string]: string | Tree };
// The core messages and the teachers' pages' messages (loaded later) together.
const read = (code: string) => ({
  ...(JSON.parse(readFileSync(`src/locales/${code}.json`, 'utf8')) as Tree),
  ...(JSON.parse(readFileSync(`src/locales/teacher/${code}.json`, 'utf8')) as Tree),
});
const flat = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flat(v, `${prefix}${k}.`)))));
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const en = flat(read('en'));

describe.each(LANGUAGES.filter((l) => l.code !== 'en'))('messages in $name ($code)', ({ code }) => {
  const messages = flat(read(code));
  const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

  it('has every English message and nothing else', () => {
    expect([...new Set(Object.keys(messages).map(base))].sort()).toEqual([...new Set(Object.keys(en).map(base))].sort());
  });

  it('gives plural messages every form its grammar uses', () => {
    const plural = [
      ...new Set(
        Object.keys(en)
          .filter((k) => PLURAL.test(k))
          .map(base),
      ),
    ];
    for (const key of plural) for (const form of forms) expect(messages, `${key}_${form}`).toHaveProperty([`${key}_${form}`]);
  });

  it('keeps the placeholders of the English message', () => {
    for (const [key, text] of Object.entries(messages)) {
      const english = en[key] ?? en[`${base(key)}_other`]!;
      expect(placeholders(text), `${code}: ${key}`).toEqual(placeholders(english));
    }
  });
});

describe('switching language', () => {
  afterEach(async () => setLanguage('en'));

  it('translates, pluralises, mirrors the page for Persian and remembers the choice', async () => {
    expect(t('steps.start')).toBe('Start');
    await setLanguage('ru');
    expect(language()).toBe('ru');
    expect(t('catalog.minutes', { count: 21 })).toBe('Около 21 минуты');
    expect(t('catalog.minutes', { count: 5 })).toBe('Около 5 минут');
    expect(document.documentElement).toMatchObject({ lang: 'ru', dir: 'ltr' });
    await setLanguage('fa');
    expect(t('steps.start')).toBe('شروع');
    expect(t('summary.of', { points: 2.5, max: 7 })).toBe('۲٫۵ از ۷');
    expect(document.documentElement).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(localStorage.getItem('spotlight:language')).toBe('fa');
  });

  it('starts in the saved language, else the browser’s, else English', () => {
    expect(initialLanguage('ru', ['fa-IR'])).toBe('ru');
    expect(initialLanguage(null, ['de-DE', 'fa-IR', 'en'])).toBe('fa');
    expect(initialLanguage('xx', ['de'])).toBe('en');
  });
});

describe('teachers’ messages', () => {
  it('arrive when loaded, also in the language chosen later', async () => {
    const { loadTeacherMessages } = await import('./i18n.svelte');
    expect(t('assign.title')).toBe('assign.title');
    await loadTeacherMessages();
    expect(t('assign.title')).toBe('Assign lessons');
    await setLanguage('ru');
    expect(t('assign.title')).toBe('Задать уроки');
    await setLanguage('en');
  });
});
