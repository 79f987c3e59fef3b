// Vague attributions as data: the phrase shapes that credit a claim to nobody in particular.
// These are a small grammar of the task (who + a reporting verb), not a word list to score
// against; the rule in vague-attributions.ts runs them over each sentence. Case-insensitive
// unless `caseSensitive` (so "on X" means the platform, not "on x").

export interface AttributionPattern {
  /** For tests and debugging. */
  id: string;
  source: string;
  attribution: 'vague' | 'social-media';
  /** Base rank, 0..1: how reliably the shape is a vague attribution. */
  weight: number;
  caseSensitive?: boolean;
}

const GROUP = String.raw`(?:officials|experts|sources|analysts|critics|observers|scientists|researchers|insiders|people|locals|residents|witnesses|commentators|authorities|economists|doctors|diplomats|campaigners|activists|parents|studies|research|statistics|figures|data|reports|polls|surveys|rumou?rs)`;
const VERB = String.raw`(?:say|says|said|believe|believes|believed|think|thinks|claim|claims|claimed|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|shown|warn|warns|warned|estimate|estimates|estimated|agree|agreed|insist|insists|insisted|argue|argues|argued|fear|fears|feared|told|note|noted|expect|expects|rejected|reject)`;
const QUALIFIER = String.raw`(?:some|many|most|several|unnamed|anonymous|senior|local|leading|top|independent|western|government|health|security|industry|police|city|military|us|u\.s\.|eu|un|state|federal|european|foreign|medical|legal|intelligence|party|company|club|team)`;
const PLATFORM = String.raw`(?:Facebook|Twitter|TikTok|Instagram|YouTube|WhatsApp|Telegram|Reddit|Snapchat|social media)`;

export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = [
  // "officials said", "experts believe", "health officials have rejected", "sources close to the team say"
  {
    id: 'group-verb',
    source: String.raw`\b(?:${QUALIFIER}\s+)?${GROUP}(?:\s+close\s+to\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s+(?:(?:have|has|had)\s+(?:long\s+)?)?${VERB}\b`,
    attribution: 'vague',
    weight: 0.75,
  },
  // "it is said", "it was believed", "it has been reported"
  {
    id: 'passive-it',
    source: String.raw`\bit\s+(?:is|was|has\s+been|had\s+been|is\s+widely|was\s+widely)\s+(?:widely\s+)?(?:said|believed|reported|thought|understood|claimed|rumou?red|alleged|feared|known|estimated|expected)\b`,
    attribution: 'vague',
    weight: 0.8,
  },
  // "according to reports", "according to some experts"
  {
    id: 'according-vague',
    source: String.raw`\baccording\s+to\s+(?:(?:some|many|several|unnamed|anonymous|local|media|news|press)\s+)?(?:reports|sources|experts|officials|insiders|rumou?rs|critics|estimates|observers|analysts|people|some|many|witnesses)\b`,
    attribution: 'vague',
    weight: 0.8,
  },
  // "some say", "many believe", "many people say"
  {
    id: 'some-say',
    source: String.raw`\b(?:some|many|others|most|everyone|everybody|people)\s+(?:people\s+)?(?:say|believe|think|feel|claim|argue|agree|suspect)\b`,
    attribution: 'vague',
    weight: 0.7,
  },
  // "one neighbour said", "a source told", "an official said": one unnamed person
  {
    id: 'one-unnamed',
    source: String.raw`\b(?:one|a|an|another)\s+(?:senior\s+|local\s+|government\s+|police\s+)?(?:neighbou?r|resident|witness|local|source|insider|official|expert|observer|onlooker|passer-by|bystander|person)\s+(?:said|says|told|claimed|claims|believes)\b`,
    attribution: 'vague',
    weight: 0.65,
  },
  {
    id: 'reportedly',
    source: String.raw`\b(?:reportedly|allegedly|supposedly|rumou?r\s+has\s+it|word\s+is|it\s+is\s+said|we\s+are\s+told|they\s+say)\b`,
    attribution: 'vague',
    weight: 0.7,
  },
  // Social media as the source
  {
    id: 'platform-post',
    source: String.raw`\b(?:a|an|one|the|this|that)\s+(?:viral\s+)?${PLATFORM}\s+(?:post|video|message|thread|clip|account|user|group|page|story|live|reel)s?\b`,
    attribution: 'social-media',
    weight: 0.8,
  },
  {
    id: 'viral',
    source: String.raw`\b(?:a|an|one|the)\s+viral\s+(?:video|post|clip|image|photo|message|tweet|story)\b`,
    attribution: 'social-media',
    weight: 0.8,
  },
  { id: 'on-platform', source: String.raw`\b(?:on|across|via|from|according\s+to)\s+${PLATFORM}\b`, attribution: 'social-media', weight: 0.65 },
  { id: 'on-x', source: String.raw`\b(?:[Oo]n|[Vv]ia|[Aa]ccording to) X\b(?![-’'])`, attribution: 'social-media', weight: 0.6, caseSensitive: true },
  {
    id: 'posts',
    source: String.raw`\b(?:tweets?|posts|memes|users\s+online|online\s+posts)\s+(?:say|says|said|claim|claimed|claims|show|showed|shows|suggest|suggested)\b`,
    attribution: 'social-media',
    weight: 0.7,
  },
];
