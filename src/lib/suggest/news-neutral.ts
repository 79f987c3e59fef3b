// Words AFINN rates as strongly charged that news reports use as plain description: "three
// people were killed", "the victims", "a protest". Flagging them would bury the teacher in
// false alarms (a plain lexicon scores about precision 0.08 on news), so they are filtered
// out. This is a filter over the lexicon, not a lexicon: every word here has an AFINN score.
// Superlatives ("best", "worst") are left to the claims rule, which can see whether they are sourced.
export const NEWS_NEUTRAL: ReadonlySet<string> = new Set([
  // harm and crime, reported as facts
  'kill', 'killed', 'kills', 'killing', 'dead', 'death', 'deaths', 'die', 'died', 'dying',
  'injured', 'injury', 'injuries', 'arrest', 'arrested', 'charged', 'charges', 'prison', 'jailed',
  'guilty', 'crime', 'crimes', 'victim', 'victims', 'violence', 'crash', 'fire', 'war', 'emergency', 'crisis',
  // politics, economy and institutions
  'protest', 'protests', 'dispute', 'threat', 'threats', 'warn', 'warned', 'support', 'help', 'care',
  'justice', 'positive', 'negative', 'growth', 'gain', 'loss', 'lost', 'win', 'won', 'welcome', 'welcomed',
  'like', 'kind', 'good', 'great', 'best', 'worst', 'fair', 'agreement', 'approved', 'award',
]);
