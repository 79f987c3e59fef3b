declare module 'virtual:lesson-catalog' {
  import type { Skill } from './schema';
  export interface CatalogEntryOk {
    id: string;
    ok: true;
    title: string;
    level: string;
    minutes: number;
    skills: Skill[];
    language: string;
    dir: 'ltr' | 'rtl';
    article: { title: string; byline: string | null };
  }
  const catalog: (CatalogEntryOk | { id: string; ok: false })[];
  export default catalog;
}
