declare module 'virtual:lesson-catalog' {
  // Type imports, not an import declaration: an ambient module may not import a relative path.
  type Band = import('./vocabulary').Band;
  type Genre = import('./vocabulary').Genre;
  type Skill = import('./vocabulary').Skill;
  type Unit = import('./vocabulary').Unit;
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
    /** Saved progress is only this lesson's if it was made against this content. */
    contentHash: string;
    language: string;
    dir: 'ltr' | 'rtl';
  }
  export type CatalogEntry = CatalogEntryOk | { id: string; ok: false };
  const catalog: CatalogEntry[];
  export default catalog;
}

declare module 'virtual:lesson-index' {
  /**
   * Every built-in lesson's id, whether it builds, and its article's file stem in seeds/
   * (null when the lesson carries its article, or does not build).
   */
  const index: { id: string; ok: boolean; seed: string | null }[];
  export default index;
}
