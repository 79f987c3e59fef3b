// A lesson's own text (article, explanations, quotes) has the language and direction the
// lesson declares, which may differ from the interface's: a Persian lesson in an English
// interface, or an English article with Persian buttons. The player sets this context;
// components that show lesson text spread it onto their element (`{...lessonText()}`).
import { getContext, setContext } from 'svelte';

export interface TextDirection {
  lang: string;
  dir: 'ltr' | 'rtl';
}
const KEY = Symbol('lesson-text');

export function setLessonText(value: () => TextDirection): void {
  setContext(KEY, value);
}

/** The lesson's lang and dir attributes, or none outside a lesson (then the page's apply). */
export function lessonText(): Partial<TextDirection> {
  const get = getContext<(() => TextDirection) | undefined>(KEY);
  return get ? get() : {};
}
