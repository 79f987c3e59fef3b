// What the page shows about the LMS: whether we run inside one, and whether it has
// refused anything (then the learner is told that results may not be recorded).
export const lmsStatus = $state({
  active: false,
  /** A short technical detail of the first failure, or null while all is well. */
  trouble: null as string | null,
});
