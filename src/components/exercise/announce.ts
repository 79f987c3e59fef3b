// What the live region says after each thing the exercise machine reports.
import { categoryLabel } from '../../lib/categories';
import { t } from '../../lib/i18n/i18n.svelte';
import type { ExerciseEmitted } from '../../machines/exercise-machine';
import type { PublicExercise } from '../../lib/types';

export function describeEvent(ev: ExerciseEmitted, text: string, ex: PublicExercise): string {
  switch (ev.type) {
    case 'marked':
      return t('announce.marked', { quote: text.slice(ev.mark.start, ev.mark.end), category: categoryLabel(ev.mark.category) });
    case 'unmarked':
      return t('announce.unmarked', { quote: text.slice(ev.mark.start, ev.mark.end) });
    case 'classified':
      return t('announce.classified', { quote: text.slice(ev.mark.start, ev.mark.end), category: categoryLabel(ev.mark.category) });
    case 'hinted':
      return t('announce.hinted');
    case 'checked': {
      const r = ev.result;
      const found = r.items.filter((i) => i.status === 'found').length;
      const partial = r.items.filter((i) => i.status === 'partial').length;
      return [
        t('announce.checked', { points: r.points, max: r.max, found, total: ex.itemCount }),
        partial ? t('announce.partly', { count: partial }) : '',
        t('announce.wrong', { count: r.wrongMarkIds.length }),
      ]
        .filter(Boolean)
        .join(' ');
    }
  }
}
