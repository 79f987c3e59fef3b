// Emotive suggestions: AFINN words, filtered and ranked for precision. A plain sentiment
// lexicon flags nearly every sentence of a news story (precision about 0.08 against expert
// labels), so a word is suggested only when it is strongly charged (|AFINN| >= 3), or
// moderately charged (|AFINN| = 2) with a second cue that the writer is pushing a feeling:
// an intensifier before it, an exclamation, the writer's own voice (we, you), a strongly
// charged word in the same sentence, or a word aimed at people ("furious residents").
import type { ArticleDoc } from '../text/segment';
import { clampScore, type Candidate } from './candidate';
import { lookupWord, phrasesStartingWith } from './lexicon';
import { NEWS_NEUTRAL } from './news-neutral';

const INTENSIFIERS = new Set([
  'very',
  'so',
  'really',
  'utterly',
  'absolutely',
  'totally',
  'extremely',
  'truly',
  'incredibly',
  'deeply',
  'completely',
  'such',
  'too',
  'most',
  'simply',
]);
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'without', 'hardly']);
const OWN_VOICE = new Set(['we', 'our', 'us', 'you', 'your', 'i', 'my']);
const PEOPLE = new Set([
  'people',
  'residents',
  'fans',
  'officials',
  'parents',
  'children',
  'men',
  'women',
  'players',
  'politicians',
  'leaders',
  'police',
  'workers',
  'protesters',
  'migrants',
  'voters',
  'critics',
  'families',
  'supporters',
  'mob',
  'crowd',
  'gang',
  'owners',
  'locals',
  'neighbours',
  'neighbors',
  'youths',
  'teenagers',
  'government',
]);
const PER_PARAGRAPH = 3;

interface Hit {
  first: number;
  last: number;
  afinn: number;
  lemma: string;
}

function hitAt(doc: ArticleDoc, i: number): Hit | undefined {
  const w = doc.words[i]!;
  for (const p of phrasesStartingWith(w.text)) {
    const last = i + p.words - 1;
    const end = doc.words[last];
    if (!end || end.sentence !== w.sentence) continue;
    if (doc.text.slice(w.start, end.end).toLowerCase().replace(/’/g, "'") === p.entry) return { first: i, last, afinn: p.afinn, lemma: p.entry };
  }
  const single = lookupWord(w.text);
  return single && { first: i, last: i, ...single };
}

const lower = (doc: ArticleDoc, i: number | undefined) => (i === undefined ? '' : (doc.words[i]?.text.toLowerCase().replace(/’/g, "'") ?? ''));

export function loadedWords(doc: ArticleDoc): Candidate[] {
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    const inParagraph: Candidate[] = [];
    for (let s = p.firstSentence; s <= p.lastSentence; s++) {
      const sentence = doc.sentences[s]!;
      const text = doc.text.slice(sentence.start, sentence.end);
      const hits: Hit[] = [];
      for (let i = sentence.firstWord; i <= sentence.lastWord; i++) {
        const hit = hitAt(doc, i);
        if (!hit || Math.abs(hit.afinn) < 2) continue;
        const word = doc.words[i]!;
        // A capital letter mid-sentence is a name ("Great Lakes", "Justice Department").
        if (i > sentence.firstWord && /^\p{Lu}/u.test(word.text) && hit.last === i) continue;
        if (NEWS_NEUTRAL.has(hit.lemma) || NEWS_NEUTRAL.has(word.text.toLowerCase())) continue;
        if (i > sentence.firstWord && NEGATIONS.has(lower(doc, i - 1))) continue;
        hits.push(hit);
        i = hit.last;
      }
      const exclaim = text.includes('!');
      const ownVoice = doc.words.slice(sentence.firstWord, sentence.lastWord + 1).some((w) => OWN_VOICE.has(w.text.toLowerCase()));
      for (const hit of hits) {
        const strength = Math.abs(hit.afinn);
        const prev = hit.first > sentence.firstWord ? lower(doc, hit.first - 1) : '';
        const next = hit.last < sentence.lastWord ? lower(doc, hit.last + 1) : '';
        const strongNeighbour = hits.some((h) => h !== hit && Math.abs(h.afinn) >= 3);
        const cues = [INTENSIFIERS.has(prev), exclaim, ownVoice, strongNeighbour, PEOPLE.has(next)].filter(Boolean).length;
        if (strength < 3 && cues === 0) continue;
        const start = doc.words[hit.first]!.start;
        const end = doc.words[hit.last]!.end;
        const exact = doc.text.slice(start, end);
        inParagraph.push({
          skill: 'emotive',
          kind: 'loaded-word',
          start,
          end,
          exact,
          score: clampScore(0.3 + 0.1 * strength + 0.08 * cues),
          why: { key: 'loadedWord', values: { word: exact, afinn: hit.afinn } },
        });
      }
    }
    out.push(...inParagraph.sort((a, b) => b.score - a.score).slice(0, PER_PARAGRAPH));
  }
  return out;
}
