// Whether this browser has everything cached to work offline, told to the learner once
// the service worker has finished precaching (src/main.ts registers it).
export const offline = $state({ ready: false });
