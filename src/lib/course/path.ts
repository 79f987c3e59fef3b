// The course path: lessons grouped by unit in the suggested order, and the catalog's
// filters. Pure, so the rules are tested apart from the page.
import type { CatalogEntryOk } from 'virtual:lesson-catalog';
import { BANDS, GENRES, SKILLS, UNITS, type Band, type Genre, type Skill, type Unit } from '../lesson/vocabulary';

/** Lengths the catalog filters by, in minutes (inclusive ranges). */
export const LENGTHS = { short: [0, 15], medium: [16, 25], long: [26, Infinity] } as const;
export type Length = keyof typeof LENGTHS;

export interface Filters {
  skill: Skill | '';
  band: Band | '';
  language: string;
  genre: Genre | '';
  length: Length | '';
}
export const NO_FILTERS: Filters = { skill: '', band: '', language: '', genre: '', length: '' };

export function matches(entry: CatalogEntryOk, f: Filters): boolean {
  if (f.skill && !entry.skills.includes(f.skill)) return false;
  if (f.band && entry.band !== f.band) return false;
  if (f.language && entry.language.split('-')[0] !== f.language) return false;
  if (f.genre && entry.genre !== f.genre) return false;
  if (f.length) {
    const [min, max] = LENGTHS[f.length];
    if (entry.minutes < min || entry.minutes > max) return false;
  }
  return true;
}

export interface UnitGroup {
  unit: Unit | 'other';
  lessons: CatalogEntryOk[];
}

/** Units in the path's order, each with its lessons in order; lessons outside the course last. */
export function coursePath(entries: readonly CatalogEntryOk[]): UnitGroup[] {
  const groups: UnitGroup[] = UNITS.map((unit) => ({
    unit,
    lessons: entries.filter((e) => e.course?.unit === unit).sort((a, b) => a.course!.order - b.course!.order || a.id.localeCompare(b.id)),
  }));
  groups.push({ unit: 'other', lessons: entries.filter((e) => !e.course) });
  return groups.filter((g) => g.lessons.length > 0);
}

/** The values a filter can take, from what the catalog holds (no empty choices). */
export function filterOptions(entries: readonly CatalogEntryOk[]) {
  const held = <T extends string>(all: readonly T[], has: (e: CatalogEntryOk, x: T) => boolean) => all.filter((x) => entries.some((e) => has(e, x)));
  return {
    skills: held(SKILLS, (e, s) => e.skills.includes(s)),
    bands: held(BANDS, (e, b) => e.band === b),
    languages: [...new Set(entries.map((e) => e.language.split('-')[0]!))],
    genres: held(GENRES, (e, g) => e.genre === g),
  };
}

const FILTERS_KEY = 'spotlight:catalog-filters';
type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

/** The filters saved for this session, each kept only if the catalog still offers it. */
export function restoreFilters(store: Store, options: ReturnType<typeof filterOptions>): Filters {
  let saved: unknown;
  try {
    saved = JSON.parse(store?.getItem(FILTERS_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const s = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | '' => (allowed.includes(value as T) ? (value as T) : '');
  return {
    skill: pick(s.skill, options.skills),
    band: pick(s.band, options.bands),
    language: pick(s.language, options.languages),
    genre: pick(s.genre, options.genres),
    length: pick(s.length, Object.keys(LENGTHS) as Length[]),
  };
}

export function saveFilters(store: Store, f: Filters): void {
  try {
    store?.setItem(FILTERS_KEY, JSON.stringify(f));
  } catch {
    /* storage blocked: the choice lasts as long as the page */
  }
}
