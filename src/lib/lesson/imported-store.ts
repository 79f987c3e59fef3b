// Lessons a user opened from a file (or that came inside an assignment link), kept in this
// browser's IndexedDB so they play, resume and work offline like built-in ones. Each entry
// keeps the lesson file (to build and re-export) and a summary for the catalog, so the home
// page lists them with idb-keyval alone: no YAML parser, no schema, in its first bundle.
// Entries are checked when read; a damaged one is skipped and reported, never a crash.
import { isLessonId } from './lesson-id';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { CatalogEntryOk } from 'virtual:lesson-catalog';
import lessonIndex from 'virtual:lesson-index';
import type { LessonFile } from './schema';

export type ImportOrigin = 'file' | 'assignment';

/** What the catalog shows of a lesson (as for built-in ones), plus when and how it came. */
export interface ImportedSummary extends Omit<CatalogEntryOk, 'ok' | 'band' | 'genre' | 'course' | 'practice' | 'contentHash'> {
  article: { title: string; byline: string | null };
  /** ISO date and time. */
  importedAt: string;
  origin: ImportOrigin;
}
interface Entry {
  file: LessonFile;
  summary: ImportedSummary;
}

export type SaveResult = { ok: true; replaced: boolean } | { ok: false; reason: 'built-in' | 'storage'; detail?: string };

let store: UseStore | undefined;
// Created on first use, so a page that never touches imported lessons never opens the database.
const db = () => (store ??= createStore('spotlight-imported', 'lessons'));

const isBuiltIn = (id: string) => lessonIndex.some((e) => e.id === id);

function summarize(file: LessonFile, origin: ImportOrigin, importedAt = new Date().toISOString()): ImportedSummary {
  const meta = file.article ?? { title: file.title, byline: undefined };
  return {
    id: file.id,
    title: file.title,
    level: file.level,
    minutes: file.minutes,
    skills: [...new Set(file.exercises.map((ex) => ex.skill))],
    language: file.language,
    dir: file.dir,
    article: { title: meta.title, byline: meta.byline ?? null },
    importedAt,
    origin,
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';
/** A shape check by hand: a damaged entry must not reach the catalog's markup. */
function isSummary(s: unknown): s is ImportedSummary {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Record<string, unknown>;
  const article = o.article as Record<string, unknown> | null | undefined;
  return (
    isString(o.id) &&
    isLessonId(o.id) &&
    isString(o.title) &&
    isString(o.level) &&
    typeof o.minutes === 'number' &&
    Array.isArray(o.skills) &&
    o.skills.every(isString) &&
    isString(o.language) &&
    (o.dir === 'ltr' || o.dir === 'rtl') &&
    typeof article === 'object' &&
    article !== null &&
    isString(article.title) &&
    (article.byline === null || isString(article.byline)) &&
    isString(o.importedAt) &&
    (o.origin === 'file' || o.origin === 'assignment')
  );
}
const isEntry = (e: unknown): e is Entry =>
  typeof e === 'object' && e !== null && isSummary((e as Entry).summary) && typeof (e as Entry).file === 'object' && (e as Entry).file !== null;

/** Saves a checked lesson file; the same id again replaces it. Built-in lessons' ids are refused. */
export async function saveImported(file: LessonFile, origin: ImportOrigin): Promise<SaveResult> {
  if (isBuiltIn(file.id)) return { ok: false, reason: 'built-in' };
  try {
    const replaced = (await get(file.id, db())) !== undefined;
    const entry: Entry = { file, summary: summarize(file, origin) };
    if (held.has(file.id)) held.set(file.id, entry);
    await set(file.id, entry, db());
    return { ok: true, replaced };
  } catch (e) {
    return { ok: false, reason: 'storage', detail: String(e) };
  }
}

// Lessons that came in an assignment link, held for this page's life as well: inside an
// LMS's frame IndexedDB may be refused, and the lessons must play all the same.
const held = new Map<string, Entry>();

/** Keeps a lesson from an assignment link: in memory for this page, and in IndexedDB if it can. */
export async function holdImported(file: LessonFile, origin: ImportOrigin): Promise<SaveResult> {
  if (isBuiltIn(file.id)) return { ok: false, reason: 'built-in' };
  held.set(file.id, { file, summary: summarize(file, origin) });
  try {
    const existing: unknown = await get(file.id, db());
    if (isEntry(existing)) {
      // Opening the same link again rewrites nothing.
      if (JSON.stringify(existing.file) === JSON.stringify(file)) return { ok: true, replaced: false };
      // A lesson the learner opened from a file keeps its place in storage; the assignment's
      // version (the teacher's) plays from memory.
      if (origin === 'assignment' && existing.summary.origin === 'file') return { ok: true, replaced: false };
    }
  } catch {
    /* storage refused: saveImported says so */
  }
  return saveImported(file, origin);
}

/** The stored lesson file (still to be validated by whoever builds it), or undefined. */
export async function getImported(id: string): Promise<{ file: unknown; summary: ImportedSummary } | undefined> {
  if (held.has(id)) return held.get(id);
  const entry: unknown = await get(id, db());
  return isEntry(entry) && entry.summary.id === id ? entry : undefined;
}

export interface ImportedList {
  lessons: ImportedSummary[];
  skipped: string[];
}

/** Summaries for the catalog, newest first; damaged entries are named in `skipped`. */
export async function listImported(): Promise<ImportedList> {
  const all = await entries(db());
  const lessons: ImportedSummary[] = [];
  const skipped: string[] = [];
  for (const [key, value] of all) {
    if (isEntry(value) && value.summary.id === key && !isBuiltIn(key)) lessons.push(value.summary);
    else skipped.push(typeof key === 'string' ? key : JSON.stringify(key));
  }
  lessons.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.id.localeCompare(b.id));
  return { lessons, skipped };
}

export async function removeImported(id: string): Promise<void> {
  held.delete(id);
  await del(id, db());
}
