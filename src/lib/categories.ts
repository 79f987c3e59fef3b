// Labels for mark categories and skills, in the learner's language. Every category has a
// text tag and a CSS pattern class, so nothing is told by colour alone.
import { t } from './i18n/i18n.svelte';
import type { Genre } from './lesson/schema';
import type { MarkCategory } from './types';

export const categoryLabel = (c: MarkCategory): string => t(`category.${c}`);
export const categoryTag = (c: MarkCategory): string => t(`tag.${c}`);
/** A skill's name, or the given fallback (the exercise title) for a skill with no message. */
export const skillTitle = (skill: string, fallback = skill): string =>
  skill === 'claims' || skill === 'emotive' || skill === 'sources' ? t(`skill.${skill}`) : fallback;
export const genreLabel = (g: Genre): string => t(`catalog.genres.${g}`);
