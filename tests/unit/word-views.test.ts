// The marker repaints only the words a change can reach (changedViews). Whatever the learner
// does, in any order (marks added next to others, removed, selections and cursor moved,
// feedback shown), the words on screen must then look exactly as a full recomputation says.
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { BLANK, changedViews, PLAIN, wordViews, type Overlay, type ViewInput, type WordView } from '../../src/components/exercise/word-views';
import { segmentArticle } from '../../src/lib/text/segment';
import type { Mark, MarkCategory } from '../../src/lib/types';

const TEXT = Array.from({ length: 6 }, (_, p) => `Paragraph ${p} has a few plain words. Officials said it was a disaster for all.`).join('\n');
const doc = segmentArticle(TEXT);
const N = doc.words.length;

type Op =
  | { kind: 'mark'; first: number; len: number; category: MarkCategory }
  | { kind: 'unmark'; which: number }
  | { kind: 'select'; from: number; len: number }
  | { kind: 'clear' }
  | { kind: 'cursor'; to: number }
  | { kind: 'feedback'; on: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('mark' as const),
    first: fc.nat(N - 1),
    len: fc.integer({ min: 1, max: 4 }),
    category: fc.constantFrom<MarkCategory>('claims', 'emotive'),
  }),
  fc.record({ kind: fc.constant('unmark' as const), which: fc.nat(20) }),
  fc.record({ kind: fc.constant('select' as const), from: fc.nat(N - 1), len: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('clear' as const) }),
  fc.record({ kind: fc.constant('cursor' as const), to: fc.nat(N - 1) }),
  fc.record({ kind: fc.constant('feedback' as const), on: fc.boolean() }),
);

function apply(state: ViewInput, o: Op, id: number): ViewInput {
  switch (o.kind) {
    case 'mark': {
      const last = Math.min(N - 1, o.first + o.len - 1);
      const m: Mark = { id: `m${id}`, start: doc.words[o.first]!.start, end: doc.words[last]!.end, category: o.category };
      // Marks never overlap (the machine refuses that): the new one replaces any it covers.
      return { ...state, marks: [...state.marks.filter((x) => x.end <= m.start || x.start >= m.end), m].sort((a, b) => a.start - b.start) };
    }
    case 'unmark':
      return { ...state, marks: state.marks.filter((_, i) => i !== o.which % Math.max(1, state.marks.length)) };
    case 'select':
      return { ...state, range: [o.from, Math.min(N - 1, o.from + o.len)] };
    case 'clear':
      return { ...state, range: null };
    case 'cursor':
      return { ...state, cursor: o.to };
    case 'feedback': {
      const overlay: Overlay | null = o.on
        ? {
            status: Object.fromEntries(state.marks.map((m, i) => [m.id, i % 2 ? 'wrong' : 'found'])),
            missed: [{ start: doc.words[3]!.start, end: doc.words[5]!.end }],
          }
        : null;
      return { ...state, overlay };
    }
  }
}

it('repaints exactly the words whose view changed, after any sequence of changes', () => {
  fc.assert(
    // From a fresh build (every word plain, BLANK) or with nothing known (null: all computed).
    fc.property(fc.array(op, { maxLength: 40 }), fc.boolean(), (ops, fresh) => {
      let state: ViewInput = { marks: [], overlay: null, range: null, cursor: 0 };
      const shown: WordView[] = doc.words.map(() => PLAIN);
      let prev: ViewInput | null = fresh ? BLANK : null;
      ops.forEach((o, i) => {
        state = apply(state, o, i);
        for (const [w, view] of changedViews(doc, prev, state)) shown[w] = view;
        prev = state;
        expect(shown).toEqual(wordViews(doc, state));
      });
    }),
    { numRuns: 200 },
  );
});

it('computes only the words a mark reaches, not the whole article', () => {
  const before: ViewInput = { marks: [], overlay: null, range: null, cursor: 10 };
  const mark: Mark = { id: 'm1', start: doc.words[20]!.start, end: doc.words[22]!.end, category: 'claims' };
  const changed = changedViews(doc, before, { ...before, marks: [mark] }).map(([w]) => w);
  expect(changed.sort((a, b) => a - b)).toEqual([10, 20, 21, 22, 23]);
});
