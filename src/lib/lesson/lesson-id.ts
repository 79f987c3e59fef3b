// What a lesson id (and any id in a lesson file) may be: the one rule, so a lesson that passes
// its check can also be named in a link, a route or a package (a copy with its own limits once
// refused long ids). No length limit: a lesson file's id has none, and what carries an id
// bounds its size.
/** The pattern without anchors, for routes that embed an id. */
export const ID_SOURCE = '[a-z0-9][a-z0-9-]*';
export const LESSON_ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);

export const isLessonId = (s: string): boolean => LESSON_ID_PATTERN.test(s);
