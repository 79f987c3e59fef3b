// The shapes of checkable claims, as data: figures, superlatives and absolute words. Like
// attribution-patterns.ts this is a small grammar of the task, not a lexicon; claims.ts
// decides, per sentence, which matches become suggestions.
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const UNIT = String.raw`(?:\s*(?:%|percent\b|per\s+cent\b))?(?:\s+(?:million|billion|trillion|thousand|hundred)\b)?(?:\s+(?:dollars|euros|pounds|people|times|percent|per\s+cent)\b)?`;

/** A number with its unit: "412 million dollars", "40 percent", "$3.5bn", "12,000". */
export const FIGURE = new RegExp(String.raw`(?<![\p{L}\p{N}.,:/#-])[$€£¥]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:bn|m|k)?${UNIT}`, 'giu');
/** Dates, times and ordinals around a number: not statistics. */
export const DATE_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+$`, 'i');
export const DATE_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:of\s+)?${MONTH}\b|^(?:st|nd|rd|th)\b|^\s*(?:a\.?m\.?|p\.?m\.?)\b|^:\d`, 'i');
export const YEAR = /^(?:1[5-9]|20)\d{2}s?$/;

/** Number words standing for a figure: "thousands of", "dozens of", "doubled", "a fifth of". */
export const QUANTITY =
  /\b(?:(?:tens|hundreds)\s+of\s+thousands|(?:hundreds|thousands|millions|billions|dozens|scores)(?:\s+(?:and|or)\s+(?:hundreds|thousands|millions|billions))?)\s+of\b(?:\s+[\p{L}-]+)?|\b(?:doubled|tripled|quadrupled|halved|twice\s+as\s+\p{L}+|(?:three|four|five|ten)\s+times\s+(?:as|more|higher|lower|bigger)|(?:a|one)\s+(?:half|third|quarter|fifth|tenth)\s+of)\b|\btwice\s+the\s+\p{L}+/giu;

/** "the largest", "its most dangerous", "the best": a ranking the writer asserts. (The lookbehind,
 * not \b, so a long run of mixed-script letters is not re-scanned from each of its positions.) */
export const SUPERLATIVE =
  /(?<![\p{L}\p{N}_])(?:the|its|their|our|his|her|your|my|[\p{L}]+['’]s)\s+(?:(?:single|very|second|third|world['’]s|country['’]s|nation['’]s)\s+)?(?:(?:most|least)\s+(?!of\b)[\p{L}]+(?:-[\p{L}]+)?|best\b(?!-)|worst\b(?!-)|[\p{L}]{3,}est\b(?!-))/giu;
/** Not superlatives though they end in -est (checked on the last word, lower case). */
export const NOT_SUPERLATIVE = new Set([
  'interest',
  'forest',
  'request',
  'protest',
  'harvest',
  'honest',
  'modest',
  'earnest',
  'contest',
  'suggest',
  'arrest',
  'guest',
  'chest',
  'west',
  'test',
  'nest',
  'rest',
  'manifest',
  'digest',
  'invest',
  'latest',
  'quest',
  'conquest',
  'priest',
  'behest',
  'inquest',
  'midwest',
  'northwest',
  'southwest',
  'unrest',
  'everest',
  'bequest',
  'attest',
  'detest',
  'lest',
  'tempest',
  'pretest',
  'nearest',
  'closest',
  'dishonest',
]);
/** Also rankings: "a record high", "unprecedented". */
export const RECORD =
  /\b(?:(?:a|an|the)\s+(?:new\s+)?(?:record|all-time)[\s-](?:high|low|number|level|year)s?|record-breaking|unprecedented|second\s+to\s+none)\b/giu;
/** Words after a superlative that stretch it further: "ever", "in history". */
export const SUPERLATIVE_BOOST = /\b(?:ever|in\s+history|of\s+all\s+time|in\s+the\s+world|on\s+the\s+market|on\s+record|in\s+living\s+memory)\b/i;

/** Absolute words, with an optional hedge ("almost all") or intensifier ("absolutely nothing"). */
export const ABSOLUTE =
  /\b(?:(almost|nearly|virtually|practically|not|hardly|mostly)\s+|(?:absolutely|simply|quite)\s+)?(every\s+single|without\s+exception|not\s+a\s+single|no\s+one|(?:a|the)\s+(?:vast|overwhelming)\s+majority|everyone|everybody|everything|nobody|nothing|never|always|none|all|every|entire|entirely|completely|totally)\b/giu;
/** The strongest absolutes rank higher than the everyday ones ("all", "entire"). */
export const STRONG_ABSOLUTE =
  /^(?:every\s+single|without\s+exception|not\s+a\s+single|no\s+one|(?:a|the)\s+(?:vast|overwhelming)\s+majority|everyone|everybody|everything|nobody|nothing|never|always|none)$/i;
/** Idioms with an absolute word that claim nothing: "after all", "every day", "at all". */
export const ABSOLUTE_IDIOM_BEFORE = /\b(?:after|at|above|first\s+of|once\s+and\s+for|for\s+once\s+and)\s+$/i;
export const ABSOLUTE_IDIOM_AFTER =
  /^\s+(?:right|but|the\s+same|the\s+while|along|in\s+all|too|day|week|month|year|morning|night|evening|time|other|now\s+and\s+then|so\s+often|\d+\s+(?:minutes|hours|days|weeks|months|years))\b|^-time\b/i;
