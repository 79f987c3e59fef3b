// The learner-facing sentence for a progress notice, in the current language.
import { t } from '../i18n/i18n.svelte';
import type { ProgressNotice } from './start-lesson';

export function noticeText(n: ProgressNotice): string {
  if (n.kind === 'restore-failed') return t('progress.restoreFailed');
  return `${t(`progress.${n.reason}`, { detail: n.detail })} ${t(n.restarts === 'exercise' ? 'progress.exerciseAgain' : 'progress.lessonAgain')}`;
}
