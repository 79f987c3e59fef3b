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
    contentHash: string;
    /** The article's file stem in seeds/, or null when the lesson carries its article. */
    seed: string | null;
    language: string;
    dir: 'ltr' | 'rtl';
    article: { title: string; byline: string | null };
  }
  const catalog: (CatalogEntryOk | { id: string; ok: false })[];
  export default catalog;
}
