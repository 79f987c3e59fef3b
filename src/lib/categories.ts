// Labels for mark categories. Every category has a text tag and a CSS pattern class,
// so nothing is told by colour alone.
import type { MarkCategory } from './types';

export const CATEGORY_LABEL: Record<MarkCategory, string> = {
  claims: 'Unsupported claim',
  emotive: 'Loaded language',
  sources: 'Not classified yet',
  'named-source': 'Named document or outlet',
  'named-person': 'Named person',
  vague: 'Vague (“officials said”)',
  'social-media': 'Social media post',
  none: 'No source given',
};

export const CATEGORY_TAG: Record<MarkCategory, string> = {
  claims: 'Claim',
  emotive: 'Loaded',
  sources: '?',
  'named-source': 'Outlet/doc',
  'named-person': 'Person',
  vague: 'Vague',
  'social-media': 'Social',
  none: 'No source',
};

export const SKILL_TITLE: Record<string, string> = {
  claims: 'Unsupported claims',
  emotive: 'Emotive language',
  sources: 'Missing or weak sources',
};
