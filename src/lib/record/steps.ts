// The ids of a lesson's steps: one rule for the lesson machine, which has a state per step,
// and for the record, which names the step the learner is on.
export const introStepId = (exerciseId: string) => `intro-${exerciseId}`;
export const exerciseStepId = (exerciseId: string) => `exercise-${exerciseId}`;

/** The exercise an exercise step belongs to, or null for any other step. */
export const exerciseOfStep = (step: string): string | null => (step.startsWith('exercise-') ? step.slice('exercise-'.length) : null);
