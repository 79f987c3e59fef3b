// Export then import gives the same lesson (generated lessons), and every way a lesson
// file can be wrong gives a problem that names the file, the place and the fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readLessonFile, MAX_LESSON_FILE_BYTES } from '../../src/lib/lesson/lesson-file';
import { lessonToYaml } from '../../src/lib/lesson/lesson-yaml';
import { seedFromText } from '../../src/lib/lesson/build-lesson-yaml';
import type { LessonFile } from '../../src/lib/lesson/schema';

// Words in several scripts (Latin, Persian, Cyrillic, CJK), with emoji and punctuation, never
// containing a digit, so the "keyN" words that make each quote unique occur nowhere else.
const letters = [...'abcdefghijklmnopqrstuvwxyzéñüßأبپتثجچحخدذرزسشصضطظعغفقکگلمنوهیабвгдежзийклмнопрстуфхцчшщыэюя中文字👍🏽🇮🇷❤️‍🔥—«»"\'<>&:#-*!?'];
const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
// Prose: any text (including markup that must stay literal), trimmed and not empty, as the schema keeps it.
const prose = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    sentence,
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '[link](javascript:alert(1))',
      'line one\nline two',
      'key: value # not a comment',
    ),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const newline = fc.constantFrom('\n', '\r\n');
const padding = fc.constantFrom('', ' ', '  \n', '\n\n', '\r\n \r\n', '\t');

const lessonArb = fc
  .record({
    id,
    title: prose,
    level: prose,
    minutes: fc.integer({ min: 1, max: 90 }),
    intro: prose,
    readingNote: prose,
    summary: prose,
    nextSteps: fc.array(prose, { minLength: 1, maxLength: 3 }),
    rtl: fc.boolean(),
    article: fc.record({
      title: prose,
      byline: fc.option(fc.string(), { nil: undefined }),
      source: fc.option(prose, { nil: undefined }),
      date: fc.option(fc.constantFrom('2024-03-22', 'March 2024'), { nil: undefined }),
      known: fc.array(prose, { maxLength: 2 }),
      unknown: fc.array(prose, { maxLength: 2 }),
    }),
    paragraphs: fc.array(sentence, { minLength: 1, maxLength: 5 }),
    nl: newline,
    lead: padding,
    trail: padding,
    exercises: fc.array(
      fc.record({
        kind: fc.constantFrom('mark-words', 'mark-sources') as fc.Arbitrary<'mark-words' | 'mark-sources'>,
        title: prose,
        what: prose,
        instructions: prose,
        wrongMark: prose,
        exampleText: sentence,
        highlight: word,
        explanation: prose,
        attempts: fc.integer({ min: 1, max: 10 }),
        hintCost: fc.constantFrom(0, 0.25, 0.5, 1),
        items: fc.array(fc.record({ before: word, explanation: prose, hint: prose, withPosition: fc.boolean() }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((g): LessonFile => {
    // The article: paragraphs, then each item's quote ("<word> keyN") once, somewhere in between.
    let n = 0;
    const quotes = g.exercises.map((ex) => ex.items.map((it) => `${it.before} key${n++}`));
    const body = g.paragraphs.map((p, i) => [p, ...quotes.flat().filter((_, q) => q % g.paragraphs.length === i)].join(' ')).join(`${g.nl}${g.nl}`);
    const text = `${g.lead}${body}${g.trail}`;
    return {
      id: g.id,
      title: g.title,
      language: g.rtl ? 'fa' : 'en',
      dir: g.rtl ? 'rtl' : 'ltr',
      level: g.level,
      minutes: g.minutes,
      intro: g.intro,
      readingNote: g.readingNote,
      summary: g.summary,
      nextSteps: g.nextSteps,
      exercises: g.exercises.map((ex, ei) => ({
        id: `ex${ei}`,
        skill: ex.kind === 'mark-sources' ? 'sources' : 'claims',
        kind: ex.kind,
        title: ex.title,
        what: ex.what,
        example: { text: `${ex.exampleText} ${ex.highlight} ${ex.exampleText}`, highlight: ex.highlight, explanation: ex.explanation },
        instructions: ex.instructions,
        wrongMark: ex.wrongMark,
        attempts: ex.attempts,
        hintCost: ex.hintCost,
        supported: [],
        items: ex.items.map((it, ii) => {
          const exact = quotes[ei]![ii]!;
          const start = text.indexOf(exact);
          return {
            id: `ex${ei}-item${ii}`,
            explanation: it.explanation,
            hint: it.hint,
            target: [
              { type: 'TextQuoteSelector' as const, exact },
              ...(it.withPosition ? [{ type: 'TextPositionSelector' as const, start, end: start + exact.length }] : []),
            ],
            ...(ex.kind === 'mark-sources' ? { attribution: 'vague' as const } : {}),
          };
        }),
      })),
      article: {
        title: g.article.title,
        language: g.rtl ? 'fa' : 'en',
        known: g.article.known,
        unknown: g.article.unknown,
        text,
        ...(g.article.byline !== undefined ? { byline: g.article.byline } : {}),
        ...(g.article.source ? { source: g.article.source } : {}),
        ...(g.article.date ? { date: g.article.date } : {}),
      },
    };
  });

const bytes = (s: string) => new TextEncoder().encode(s);
const problemsOf = (r: ReturnType<typeof readLessonFile>) => (r.ok ? [] : r.problems);

describe('export then import', () => {
  it('gives back the same lesson file, and a lesson that builds, for generated lessons', () => {
    fc.assert(
      fc.property(lessonArb, (lesson) => {
        const r = readLessonFile(`${lesson.id}.yaml`, bytes(lessonToYaml(lesson)));
        expect(problemsOf(r)).toEqual([]);
        if (!r.ok) return;
        expect(r.file).toEqual(lesson);
        expect(r.lesson.article.text).toBe(lesson.article!.text);
        expect(r.lesson.exercises.flatMap((ex) => ex.items.map((i) => r.lesson.article.text.slice(i.span.start, i.span.end)))).toEqual(
          lesson.exercises.flatMap((ex) => ex.items.map((i) => (i.target[0]!.type === 'TextQuoteSelector' ? i.target[0]!.exact : ''))),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('accepts a downloaded copy whose name differs from the id, and JSON as well as YAML', () => {
    const lesson = fc.sample(lessonArb, { numRuns: 1, seed: 7 })[0]!;
    expect(readLessonFile('my-lesson (1).yaml', lessonToYaml(lesson)).ok).toBe(true);
    const json = readLessonFile('lesson.json', JSON.stringify(lesson, null, 2));
    expect(json.ok && json.file).toEqual(lesson);
  });
});

// A small valid lesson to break in different ways.
const good = (patch: (l: Record<string, any>) => void = () => {}) => {
  const l: Record<string, any> = {
    id: 'demo',
    title: 'Demo',
    level: 'Any',
    minutes: 5,
    intro: 'Hi',
    readingNote: 'Read',
    summary: 'Done',
    nextSteps: ['Search the author'],
    article: { title: 'An article', text: 'Officials said the plan failed. It was a disaster, everyone agrees.' },
    exercises: [
      {
        id: 'claims',
        skill: 'claims',
        kind: 'mark-words',
        title: 'Claims',
        what: 'What?',
        example: { text: 'It is the best.', highlight: 'the best', explanation: 'Says who?' },
        instructions: 'Mark.',
        wrongMark: 'No.',
        items: [
          { id: 'claims-disaster', target: [{ type: 'TextQuoteSelector', exact: 'It was a disaster' }], explanation: 'No evidence.', hint: 'Second sentence.' },
        ],
      },
    ],
  };
  patch(l);
  return l;
};
const only = (r: ReturnType<typeof readLessonFile>) => {
  expect(r.ok).toBe(false);
  const ps = problemsOf(r);
  expect(ps.length).toBeGreaterThan(0);
  for (const p of ps) expect(p.fix.length).toBeGreaterThan(5);
  return ps;
};

describe('saved progress of imported lessons', () => {
  it('keeps the fingerprint a file had before supported passages existed, so its learners keep their progress', () => {
    // Recorded from the build before supported passages (commit 1b2a1b3) for this very file.
    const r = readLessonFile('river-report.yaml', readFileSync('tests/fixtures/import/river-report.yaml'));
    expect(r.ok && r.lesson.contentHash).toBe('2fbe75d3');
  });
});

describe('bad lesson files', () => {
  it('an empty file', () => {
    expect(only(readLessonFile('a.yaml', new Uint8Array()))[0]).toMatchObject({ file: 'a.yaml', where: 'file', message: 'the file is empty' });
    expect(only(readLessonFile('a.yaml', '  \n\n'))[0]!.message).toMatch(/empty/);
  });
  it('a file that is too large says its size and the limit', () => {
    const p = only(readLessonFile('big.yaml', new Uint8Array(MAX_LESSON_FILE_BYTES + 5000).fill(32)))[0]!;
    expect(p.message).toBe('the file is 2,053 KB, more than the 2,048 KB a lesson file may be');
  });
  it('a binary file, and text that is not UTF-8', () => {
    expect(only(readLessonFile('photo.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))[0]!.message).toMatch(/not a text file/);
    expect(only(readLessonFile('latin1.yaml', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a])))[0]!.message).toMatch(/not UTF-8/);
  });
  it('a YAML syntax error names the line and column', () => {
    const p = only(readLessonFile('bad.yaml', 'id: demo\ntitle: "unclosed\nlevel: x\n'))[0]!;
    expect(p.where).toMatch(/^line \d+, column \d+$/);
    expect(p.message).toMatch(/cannot be read as YAML or JSON/);
  });
  it('a truncated file (YAML or JSON) is reported, not half-imported', () => {
    const yaml = lessonToYaml(good() as LessonFile);
    const cut = only(readLessonFile('cut.yaml', yaml.slice(0, Math.floor(yaml.length / 2))));
    expect(cut.map((p) => p.message).join(' ')).toMatch(/required|cut short|cannot be read/);
    const json = JSON.stringify(good());
    const p = only(readLessonFile('cut.json', json.slice(0, json.length - 20)))[0]!;
    expect(p.message).toMatch(/may be cut short/);
    expect(p.fix).toMatch(/download the file again/);
  });
  it('a YAML alias bomb is refused', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(only(readLessonFile('bomb.yaml', bomb))[0]!.message).toMatch(/too many YAML aliases/);
  });
  it('__proto__ and constructor keys are rejected as unknown fields and pollute nothing', () => {
    const yaml = `__proto__:\n  polluted: yes\n${stringify(good())}`;
    const ps = only(readLessonFile('proto.yaml', yaml));
    expect(ps[0]).toMatchObject({ where: '__proto__', message: 'unknown field "__proto__"' });
    const ctor = JSON.stringify(good()).replace(/^\{/, '{"constructor":{"prototype":{"polluted":1}},');
    expect(only(readLessonFile('ctor.json', ctor))[0]).toMatchObject({ where: 'constructor', message: 'unknown field "constructor"' });
    const proto = JSON.stringify(good()).replace(/^\{/, '{"__proto__":{"polluted":1},');
    expect(only(readLessonFile('proto.json', proto))[0]).toMatchObject({ where: '__proto__', message: 'unknown field "__proto__"' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('not a lesson at all', () => {
    expect(only(readLessonFile('list.yaml', '- a\n- b\n'))[0]!.message).toMatch(/not a lesson file/);
    expect(only(readLessonFile('n.json', '42'))[0]!.message).toMatch(/not a lesson file/);
  });
  it('schema problems use the same messages as lessons/, naming the real file', () => {
    const ps = only(
      readLessonFile(
        'my-lesson (1).yaml',
        stringify(
          good((l) => {
            delete l.exercises[0].items[0].explanation;
            l.exercises[0].skill = 'bias';
          }),
        ),
      ),
    );
    expect(ps.map((p) => [p.file, p.where, p.message])).toEqual([
      ['my-lesson (1).yaml', 'exercises.0.skill', expect.stringMatching(/claims, emotive, sources/)],
      ['my-lesson (1).yaml', 'exercises.0.items.0.explanation', 'this field is required'],
    ]);
    const anchor = only(readLessonFile('my-lesson (1).yaml', stringify(good((l) => (l.exercises[0].items[0].target[0].exact = 'It was a triumph')))));
    expect(anchor[0]).toMatchObject({ file: 'my-lesson (1).yaml', message: 'the quote "It was a triumph" is not in the article' });
  });
  it('a lesson whose article is in seeds/ that this copy lacks says how to get a file that carries it', () => {
    const withSeed = good((l) => {
      delete l.article;
      l.seed = 'x';
    });
    const p = only(readLessonFile('s.yaml', stringify(withSeed)))[0]!;
    expect(p).toMatchObject({ where: 'seed', message: "this lesson's article is in seeds/x.txt, which is not in this copy of Spotlight" });
    expect(p.fix).toMatch(/export the lesson from the authoring page/);
    const seeds = { x: seedFromText('x', 'Officials said the plan failed. It was a disaster, everyone agrees.', 'title: Bundled\n') };
    const r = readLessonFile('s.yaml', stringify(withSeed), seeds);
    expect(r.ok && r.lesson.article.meta.title).toBe('Bundled');
  });
});

describe('hostile content', () => {
  it('stays literal data, character for character', () => {
    const payloads = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', '[click](javascript:window.__pwned=3)'];
    const r = readLessonFile(
      'h.yaml',
      lessonToYaml(
        good((l) => {
          l.title = payloads[0];
          l.exercises[0].items[0].explanation = payloads.join(' ');
          l.article.text = `${payloads[1]} Officials said the plan failed. It was a disaster ${payloads[2]}`;
        }) as LessonFile,
      ),
    );
    expect(problemsOf(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.lesson.title).toBe(payloads[0]);
    expect(r.lesson.exercises[0]!.items[0]!.explanation).toBe(payloads.join(' '));
    expect(r.lesson.article.text).toContain(payloads[1]);
    expect(r.lesson.article.text).toContain(payloads[2]);
  });
});
