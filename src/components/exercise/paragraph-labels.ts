// "Paragraph n" for every paragraph of the marker's article: one translation, then the number
// as the language writes it. i18next takes about 0.1 ms a call, and a 50,000-word article has
// 1,500 paragraphs, all labelled while the exercise starts.
import { language, t } from '../../lib/i18n/i18n.svelte';

export function paragraphLabels(): (n: number) => string {
  const fmt = new Intl.NumberFormat(language(), { useGrouping: false });
  const one = fmt.format(1);
  const sample = t('exercise.paragraph', { n: 1 });
  const at = sample.lastIndexOf(one);
  // A translation that does not show the number as this language's Intl writes it: ask i18next each time.
  if (at < 0) return (n) => t('exercise.paragraph', { n });
  return (n) => `${sample.slice(0, at)}${fmt.format(n)}${sample.slice(at + one.length)}`;
}
