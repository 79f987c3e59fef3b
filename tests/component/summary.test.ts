// The summary as a learner sees it: a full score is celebrated, a middling and a low score are
// told apart, and what was missed is named with its quote; "Do the lesson again" asks first,
// and the earlier attempt's score is still there after a restart.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Summary from '../../src/components/steps/Summary.svelte';
import { buildLesson, seedFromText } from '../../src/lib/lesson/build-lesson-yaml';
import { scoreMarks } from '../../src/lib/scoring/score-marks';
import { segmentArticle } from '../../src/lib/text/segment';
import { freeAgain } from '../../src/lib/free-again';
import type { AgainRule } from '../../src/lib/lesson-again';
import type { AttemptRecord, ExerciseRecord } from '../../src/lib/record/attempt-record';
import type { AnchoredExercise, Mark } from '../../src/lib/types';
import en from '../../src/locales/en.json';

const SEED = '000_9d20e17f153f9736';
const seeds = { [SEED]: seedFromText(SEED, readFileSync(`seeds/${SEED}.txt`, 'utf8'), readFileSync(`seeds/${SEED}.meta.yaml`, 'utf8')) };
const built = buildLesson('lessons/tajik-isis-k.yaml', readFileSync('lessons/tajik-isis-k.yaml', 'utf8'), seeds);
if (!built.ok) throw new Error(JSON.stringify(built.problems));
const lesson = built.lesson;
const doc = segmentArticle(lesson.article.text, lesson.language);
const quoteOf = (span: { start: number; end: number }) => lesson.article.text.slice(span.start, span.end);

/** A finished exercise where the learner marked the key items `found` (by index) and the supported passages `fine`. */
function done(ex: AnchoredExercise, found: (i: number) => boolean, fine: number[] = []): ExerciseRecord {
  const marks: Mark[] = [
    ...ex.items.filter((_, i) => found(i)).map((item, i) => ({ id: `k${i}`, ...item.span, category: item.attribution ?? ex.skill })),
    ...fine.map((n) => ({ id: `s${n}`, ...ex.supported[n]!.span, category: ex.kind === 'mark-sources' ? ('none' as const) : ex.skill })),
  ];
  return { phase: 'done', marks, nextMarkId: marks.length, checks: 1, hinted: [], hintsUsed: 0, result: scoreMarks(doc, ex, marks, 0) };
}
const [claims, emotive, sources] = lesson.exercises as [AnchoredExercise, AnchoredExercise, AnchoredExercise];
const all = () => true;
const FULL = { claims: done(claims, all), emotive: done(emotive, all), sources: done(sources, all) };
// Everything but the sources exercise's "no source" items: well over half.
const MIDDLE = { claims: done(claims, all), emotive: done(emotive, all), sources: done(sources, (i) => sources.items[i]!.attribution !== 'none') };
// Two claims found, one fine passage marked, nothing else.
const LOW = { claims: done(claims, (i) => i < 2, [0]), emotive: done(emotive, () => false), sources: done(sources, () => false) };

const rule = (over: Partial<AgainRule> = {}): AgainRule => ({ checksLeft: () => Infinity, keep: () => true, earlier: () => [], checksCarry: false, ...over });
const show = (records: Record<string, ExerciseRecord>, again = rule(), onrestart = vi.fn()) => ({
  ...render(Summary, { lesson, records, again, onrestart }),
  onrestart,
});

afterEach(() => localStorage.clear());

describe('summary by score', () => {
  it('celebrates full marks and lists nothing as missed', () => {
    show(FULL);
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveAttribute('data-band', 'full');
    expect(within(verdict).getByText(en.summary.celebrate)).toBeVisible();
    // The moving stars are decoration only: a screen reader hears the message.
    expect(verdict.querySelector('.burst')).toHaveAttribute('aria-hidden', 'true');
    expect(verdict).toHaveTextContent('32 of 32');
    expect(screen.queryByRole('heading', { name: en.summary.missedTitle })).toBeNull();
  });

  it('at a middling score names the passages not found, per skill, with a quote in the lesson language', () => {
    show(MIDDLE);
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveAttribute('data-band', 'middle');
    expect(within(verdict).queryByText(en.summary.celebrate)).toBeNull();
    expect(verdict).toHaveTextContent('28 of 32: at least half');
    expect(screen.getByRole('heading', { name: en.summary.missedTitle })).toBeVisible();
    const none = sources.items.filter((i) => i.attribution === 'none');
    const listed = screen.getByTestId('missed-sources').querySelectorAll('bdi');
    expect([...listed].map((b) => b.textContent)).toEqual(
      none.map((i) => quoteOf(i.span).split(/\s+/).slice(0, 12).join(' ') + (quoteOf(i.span).split(/\s+/).length > 12 ? ' …' : '')),
    );
    expect(listed[0]).toHaveAttribute('lang', 'en');
    expect(listed[0]).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('4 passages not found:')).toBeVisible();
    expect(screen.queryByTestId('missed-claims')).toBeNull();
  });

  it('at a low score says so differently, and names the fine passage that was marked', () => {
    show(LOW);
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveAttribute('data-band', 'low');
    expect(verdict).toHaveTextContent(/These skills take practice/);
    expect(screen.getByTestId('missed-claims').querySelectorAll('li')).toHaveLength(claims.items.length - 2);
    expect(screen.getByTestId('missed-emotive').querySelectorAll('li')).toHaveLength(emotive.items.length);
    expect(screen.getByText('1 fine passage marked:')).toBeVisible();
    expect(screen.getByTestId('wrong-claims')).toHaveTextContent(quoteOf(claims.supported[0]!.span).split(/\s+/).slice(0, 6).join(' '));
  });
});

describe('doing the lesson again', () => {
  it('asks first: Cancel keeps everything, Start again restarts and says the score is kept', async () => {
    const user = userEvent.setup();
    const keep = vi.fn(() => true);
    const { onrestart } = show(MIDDLE, rule({ keep }));
    await user.click(screen.getByRole('button', { name: en.summary.again }));
    const dialog = screen.getByRole('dialog', { name: en.summary.restart.title });
    expect(dialog).toHaveTextContent("This attempt's score, 28 of 32, stays on the summary");
    await user.click(within(dialog).getByRole('button', { name: en.summary.restart.cancel }));
    expect(onrestart).not.toHaveBeenCalled();
    expect(keep).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: en.summary.again }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: en.summary.restart.confirm }));
    expect(keep).toHaveBeenCalledOnce();
    expect(onrestart).toHaveBeenCalledOnce();
  });

  it('keeps the finished attempt of a free lesson and shows its score on the next summary', async () => {
    const user = userEvent.setup();
    const finished: AttemptRecord = {
      format: 'spotlight-attempt',
      version: 2,
      lessonId: lesson.id,
      contentHash: lesson.contentHash,
      savedAt: '2026-12-03T16:00:00.000Z',
      step: 'summary',
      exercises: LOW,
    };
    localStorage.setItem(`spotlight:progress:${lesson.id}`, JSON.stringify(finished));
    const first = show(LOW, freeAgain(localStorage, '', lesson.id));
    expect(screen.queryByTestId('earlier')).toBeNull();
    await user.click(screen.getByRole('button', { name: en.summary.again }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: en.summary.restart.confirm }));
    expect(first.onrestart).toHaveBeenCalledOnce();
    first.unmount();
    // The new attempt, finished with full marks: the earlier score is still there.
    show(FULL, freeAgain(localStorage, '', lesson.id));
    expect(screen.getByTestId('earlier')).toHaveTextContent('Earlier attempt: 1 of 32');
  });
});
