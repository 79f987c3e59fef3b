// Claims suggestions: figures, superlatives and absolute words in a sentence that credits
// them to nobody (see sourced.ts). A careful writer sources a number or a ranking; a
// sweeping "everyone knows" is a claim the reader cannot check.
import { clampScore, type Candidate } from './candidate';
import {
  ABSOLUTE,
  ABSOLUTE_IDIOM_AFTER,
  ABSOLUTE_IDIOM_BEFORE,
  DATE_AFTER,
  DATE_BEFORE,
  FIGURE,
  NOT_SUPERLATIVE,
  QUANTITY,
  RECORD,
  STRONG_ABSOLUTE,
  SUPERLATIVE,
  SUPERLATIVE_BOOST,
  YEAR,
} from './claim-patterns';

// Context windows around a match: the idiom and date rules look a few words either side,
// and bounded windows keep a long sentence with many matches linear.
const before = (text: string, at: number) => text.slice(Math.max(0, at - 40), at);
const after = (text: string, at: number) => text.slice(at, at + 60);

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else yield m;
  }
}

function figures(text: string, base: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(FIGURE, text)) {
    const exact = m[0].trimEnd();
    const pre = before(text, m.index);
    const post = after(text, m.index + m[0].length);
    const digits = exact.replace(/[^\d.,]/g, '');
    const unit = exact.length > digits.length;
    if (!unit && YEAR.test(exact)) continue; // "in 1961", "since 2019"
    if (DATE_BEFORE.test(pre) || DATE_AFTER.test(post)) continue; // "14 March", "June 1", "10:30"
    // "Lumen 5", "Route 66": a number right after a capitalised word (not the sentence's first) names a thing.
    const named = /\p{Lu}[\p{L}-]*\s+$/u.exec(pre);
    if (named && (named.index > 0 || m.index > pre.length)) continue;
    const value = Number(digits.replace(/,/g, ''));
    const percent = /%|per\s*cent/i.test(exact);
    if (!unit && value < 10) continue; // "two routes" is a count, not a statistic
    const score = percent ? 0.7 : unit || value >= 1000 ? 0.62 : 0.45;
    out.push({
      skill: 'claims',
      kind: 'unattributed-figure',
      start: base + m.index,
      end: base + m.index + exact.length,
      exact,
      score,
      why: { key: 'unattributedFigure', values: { figure: exact } },
    });
  }
  for (const m of matches(QUANTITY, text)) {
    out.push({
      skill: 'claims',
      kind: 'unattributed-figure',
      start: base + m.index,
      end: base + m.index + m[0].length,
      exact: m[0],
      score: 0.6,
      why: { key: 'unattributedFigure', values: { figure: m[0] } },
    });
  }
  return out;
}

function superlatives(text: string, base: number): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [SUPERLATIVE, RECORD]) {
    for (const m of matches(re, text)) {
      const last = m[0].split(/\s+/).pop()!.toLowerCase();
      if (NOT_SUPERLATIVE.has(last)) continue;
      const boosted = SUPERLATIVE_BOOST.test(after(text, m.index + m[0].length));
      out.push({
        skill: 'claims',
        kind: 'superlative',
        start: base + m.index,
        end: base + m.index + m[0].length,
        exact: m[0],
        score: clampScore(0.55 + (boosted ? 0.2 : 0)),
        why: { key: 'superlative', values: { phrase: m[0] } },
      });
    }
  }
  return out;
}

function absolutes(text: string, base: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ABSOLUTE, text)) {
    if (ABSOLUTE_IDIOM_BEFORE.test(before(text, m.index)) || ABSOLUTE_IDIOM_AFTER.test(after(text, m.index + m[0].length))) continue;
    const hedged = m[1] !== undefined;
    const strong = STRONG_ABSOLUTE.test(m[2]!);
    const score = (strong ? 0.55 : 0.4) * (hedged ? 0.5 : 1);
    out.push({
      skill: 'claims',
      kind: 'absolute',
      start: base + m.index,
      end: base + m.index + m[0].length,
      exact: m[0],
      score: clampScore(score),
      why: { key: hedged ? 'absoluteHedged' : 'absolute', values: { word: m[0] } },
    });
  }
  return out;
}

/** Claims candidates in one unsourced sentence starting at `base`. */
export function claims(text: string, base: number): Candidate[] {
  return [...figures(text, base), ...superlatives(text, base), ...absolutes(text, base)];
}
