// A lesson step's name as the learner reads it: in the progress line and the page title.
import type { Step } from '../../machines/lesson-machine';
import type { Lesson } from '../types';
import { t } from '../i18n/i18n.svelte';

export function stepName(s: Step, lesson: Lesson): string {
  const title = lesson.exercises.find((e) => e.id === s.exerciseId)?.title ?? '';
  switch (s.kind) {
    case 'welcome':
      return t('steps.welcome');
    case 'read':
      return t('steps.read');
    case 'intro':
      return t('steps.intro', { title });
    case 'exercise':
      return t('steps.exercise', { title });
    case 'summary':
      return t('steps.summary');
  }
}
