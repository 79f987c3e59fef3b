// The learner-facing sentence for a progress notice, in the current language.
import { t } from '../i18n/i18n.svelte';
import type { ProgressNotice } from './start-lesson';

export function noticeText(n: ProgressNotice): string {
  if (n.kind === 'restore-failed') return t('progress.restoreFailed');
  if (n.kind === 'changed') {
    const { marksKept, marksLost, resultsKept } = n.report;
    const parts = [t('progress.changed')];
    if (resultsKept > 0) parts.push(t('progress.resultsKept', { count: resultsKept }));
    if (marksKept + marksLost > 0) parts.push(t('progress.marksKept', { kept: marksKept, total: marksKept + marksLost }));
    return parts.join(' ');
  }
  return `${t(`progress.${n.reason}`, { detail: n.detail })} ${t(n.restarts === 'exercise' ? 'progress.exerciseAgain' : 'progress.lessonAgain')}`;
}
