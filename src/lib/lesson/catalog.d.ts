declare module 'virtual:lesson-catalog' {
  import type { Band, Genre, Skill, Unit } from './schema';
  export interface CatalogEntryOk {
    id: string;
    ok: true;
    title: string;
    level: string;
    minutes: number;
    skills: Skill[];
    band: Band | null;
    genre: Genre | null;
    /** Where the lesson sits in the course path; null for lessons outside the course. */
    course: { unit: Unit; order: number } | null;
    /** The article is a practice text written for Spotlight (invented people and outlets). */
    practice: boolean;
    /** The article's file stem in seeds/, or null when the lesson carries its article. */
    seed: string | null;
    language: string;
    dir: 'ltr' | 'rtl';
    article: { title: string; byline: string | null };
  }
  export type CatalogEntry = CatalogEntryOk | { id: string; ok: false };
  const catalog: CatalogEntry[];
  export default catalog;
}

declare module 'virtual:lesson-index' {
  /** Every built-in lesson's id, and its article's file stem in seeds/ (null if it has none). */
  const index: { id: string; seed: string | null }[];
  export default index;
}
