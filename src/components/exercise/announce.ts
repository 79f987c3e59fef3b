// What the live region says after each thing the exercise machine reports.
import { CATEGORY_LABEL } from '../../lib/categories';
import type { ExerciseEmitted } from '../../machines/exercise-machine';
import type { PublicExercise } from '../../lib/types';

export function describeEvent(ev: ExerciseEmitted, text: string, ex: PublicExercise): string {
  switch (ev.type) {
    case 'marked':
      return `Marked “${text.slice(ev.mark.start, ev.mark.end)}” as ${CATEGORY_LABEL[ev.mark.category]}.`;
    case 'unmarked':
      return `Removed the mark on “${text.slice(ev.mark.start, ev.mark.end)}”.`;
    case 'classified':
      return `“${text.slice(ev.mark.start, ev.mark.end)}” is now ${CATEGORY_LABEL[ev.mark.category]}.`;
    case 'hinted':
      return 'A hint was added below the article.';
    case 'checked': {
      const r = ev.result;
      const found = r.items.filter((i) => i.status === 'found').length;
      const partial = r.items.filter((i) => i.status === 'partial').length;
      return `Checked. Score ${r.points} of ${r.max}. Found ${found} of ${ex.itemCount}` +
        `${partial ? `, ${partial} partly` : ''}; ${r.wrongMarkIds.length} not in the key.`;
    }
  }
}
