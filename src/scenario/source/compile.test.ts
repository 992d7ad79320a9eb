/**
 * The compiler's rules one by one: which line is spoken and which is narration, French-only
 * chapters, line tags, conditions and effects written back and forth, and hubs of visits.
 */
import { describe, expect, it } from 'vitest';
import { playThrough } from '../runner.ts';
import type { ConditionInput } from '../schema.ts';
import { renderTranscript } from '../transcript.ts';
import { parseCondition, parseEffects, printCondition, printEffects } from './conditions.ts';
import { compileChapter } from './compile.ts';
import { FRENCH_MARKER } from './context.ts';
import { loadChapterSource } from './load-source.ts';
import { tagSource } from './tag.ts';
import { shippedCast } from './testing/scenario-files.ts';

const cast = shippedCast();
const HEAD = [
  'id: t',
  'kind: sandbox',
  'title: Le menu',
  'cast: lili, gamba',
  'option soup: la soupe',
  'option salad: la salade',
  'electorate pool',
  '  lili: salad > soup',
  '  5 krill: soup > salad',
];

function steps(...lines: string[]): Record<string, unknown>[] {
  const out = compileChapter([...HEAD, ...lines].join('\n'), { cast });
  expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return (out.scenario as { steps: Record<string, unknown>[] }).steps;
}

describe('spoken lines and narration', () => {
  it('a cast name glued to its colon speaks; a space before the colon is French narration', () => {
    const [a, b, c] = steps(
      'Lili (surprise): Premier tour : un nom.',
      'Lili : une phrase de narration.',
      '\\Gamba: narration quand même',
    );
    expect(a).toMatchObject({ type: 'say', speaker: 'lili', mood: 'surprised' });
    expect(b).toMatchObject({ type: 'say' });
    expect(b?.speaker).toBeUndefined();
    expect(c?.speaker).toBeUndefined();
    const out = compileChapter(
      [...HEAD, 'Gamba (fier): Premier tour : un nom.', '\\Gamba: narration quand même'].join('\n'),
      { cast },
    );
    const doc = out.scenario as { texts: { fr: Record<string, string> } };
    expect(Object.values(doc.texts.fr)).toContain('Premier tour\u00a0: un nom.');
    expect(Object.values(doc.texts.fr)).toContain('Gamba: narration quand même');
  });

  it('moods are read in French (both genders) or as their ids', () => {
    expect(steps('Gamba (fière): a', 'Gamba (proud): b', 'Gamba (Fier): c').map((s) => s.mood)).toEqual([
      'proud',
      'proud',
      'proud',
    ]);
  });
});

describe('French typography', () => {
  it('the space typed before : ; ! ? and inside « » becomes a no-break space', () => {
    const out = compileChapter(
      [...HEAD, 'Lili (joyeuse): « Vite ! » dit-elle ; pourquoi ? Parce que : voilà.'].join('\n'),
      { cast },
    );
    const doc = out.scenario as { texts: { fr: Record<string, string> } };
    expect(Object.values(doc.texts.fr)).toContain(
      '«\u00a0Vite\u00a0!\u00a0» dit-elle\u00a0; pourquoi\u00a0? Parce que\u00a0: voilà.',
    );
  });
});

describe('English beside the chapter', () => {
  it('a French-only chapter loads, with one warning per line and the French marked in English', () => {
    const loaded = loadChapterSource([...HEAD, 'Lili: Bonjour !', 'end'].join('\n'), { cast });
    expect(loaded.scenario).toBeDefined();
    const warnings = loaded.issues.filter((i) => i.key === 'chapterSource.english.untagged');
    expect(warnings.map((w) => w.line)).toEqual([3, 5, 6, 10]);
    expect(loaded.issues.every((i) => i.severity === 'warning')).toBe(true);
    const hello = Object.entries(loaded.scenario?.texts.fr ?? {}).find(([, t]) => t === 'Bonjour\u00a0!')?.[0] ?? '';
    expect(loaded.scenario?.texts.en[hello]).toBe(`${FRENCH_MARKER}Bonjour\u00a0!`);
    // The cast's English comes from the cast file.
    expect(loaded.scenario?.texts.en['cast.lili.about']).not.toContain(FRENCH_MARKER);
  });

  it('the English table is found by line id; an id nothing uses is a warning', () => {
    const loaded = loadChapterSource([...HEAD, 'Lili: Bonjour ! #line:hello', 'end'].join('\n'), {
      cast,
      english: 'hello: Hello!\nbye: Bye!\n',
    });
    expect(loaded.scenario?.texts.en.hello).toBe('Hello!');
    expect(loaded.issues.find((i) => i.key === 'chapterSource.english.unused')?.params).toMatchObject({
      key: 'bye',
      line: 2,
    });
  });
});

describe('files from any editor', () => {
  it('a byte-order mark and Windows line ends change nothing, positions included', () => {
    const text = [...HEAD, 'Lili: Bonjour ! #line:hello', 'Lila: oups'].join('\n');
    const unix = compileChapter(text, { cast, english: 'hello: Hello!\n' });
    const windows = compileChapter(`\ufeff${text.replace(/\n/g, '\r\n')}`, {
      cast,
      english: '\ufeffhello: Hello!\r\n',
    });
    expect(windows.problems).toEqual(unix.problems);
    expect(windows.problems.find((p) => p.key === 'chapterSource.speaker.unknown')).toMatchObject({
      line: 11,
      column: 1,
    });
  });
});

describe('line tags', () => {
  it('tag writes the ids a compile already uses, once, and never changes anything else', () => {
    const text = [...HEAD, 'Lili: Bonjour ! #line:hello', 'Gamba: Salut.', 'end'].join('\n');
    const before = compileChapter(text, { cast });
    const tagged = tagSource(text, cast);
    expect(tagged.tagged).toBe(before.untagged.length);
    expect(tagged.text.split('\n').map((l) => l.replace(/ #line:\S+$/, ''))).toEqual(
      text.split('\n').map((l) => l.replace(/ #line:\S+$/, '')),
    );
    expect(tagSource(tagged.text, cast)).toEqual({ text: tagged.text, tagged: 0 });
    const after = compileChapter(tagged.text, { cast });
    expect(Object.keys((after.scenario as { texts: { fr: object } }).texts.fr)).toEqual(
      Object.keys((before.scenario as { texts: { fr: object } }).texts.fr),
    );
    expect(after.untagged).toEqual([]);
  });
});

describe('conditions and effects, written back and forth', () => {
  const conditions: ConditionInput[] = [
    { flag: 'seen' },
    { not: { flag: 'seen' } },
    { var: 'insight', op: '>=', value: -2 },
    { winner: 'kelp', election: 'vote' },
    { winner: 'kelp', election: 'vote', method: 'irv' },
    { methodChosen: 'irv', election: 'vote' },
    { chose: 'tour', option: 'pools' },
    { solved: 'p1' },
    { all: [{ flag: 'a' }, { any: [{ flag: 'b' }, { not: { flag: 'c' } }] }, { solved: 'x' }] },
    { not: { all: [{ flag: 'a' }, { flag: 'b' }] } },
    { all: [{ flag: 'only' }] },
  ];
  it.each(conditions.map((c) => [printCondition(c), c] as const))('%s', (text, c) => {
    expect(parseCondition(text)).toEqual({ value: c });
  });

  it('effects', () => {
    const effects = [
      { set: 'a' },
      { clear: 'b' },
      { var: 'n', add: 2 },
      { var: 'n', add: -1 },
      { var: 'n', assign: 0 },
    ];
    expect(printEffects(effects)).toBe('set a, clear b, n += 2, n -= 1, n = 0');
    expect(parseEffects(printEffects(effects))).toEqual({ value: effects });
  });
});

describe('hubs of visits', () => {
  const hub = [
    '== tour',
    'choice: Où ?',
    '* (a) Chez Lili. -> at-a',
    '+ (b) Rester. -> at-b',
    '* (c) Chez Gamba. -> at-c',
    '* -> out',
    '== at-a',
    'Lili: A.',
    '-> tour',
    '== at-b',
    'Lili: B.',
    '-> tour',
    '== at-c',
    'Gamba: C.',
    '-> tour',
    '== out',
    '{chose(tour, a)} Gamba: fin.',
    'end',
  ];

  it('a sticky option keeps the fallback from ever being taken: a warning says so', () => {
    const out = compileChapter([...HEAD, ...hub].join('\n'), { cast });
    expect(out.problems.find((p) => p.key === 'chapterSource.choice.fallbackNever')).toMatchObject({
      line: 15,
      column: 1,
    });
  });

  it('without it, each visit once, then the fallback; chose() still names the choice (its last pick)', () => {
    const text = [...HEAD, ...hub.filter((l) => !l.startsWith('+'))].join('\n');
    const loaded = loadChapterSource(text, { cast });
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const s = loaded.scenario;
    if (!s) throw new Error('not loaded');
    expect(s.flags).toEqual(['once-tour-a', 'once-tour-c']);
    const played = playThrough(s, [2, 1]);
    expect(s.steps[s.steps.length - 2]?.if).toEqual({ chose: 'tour-choice', option: 'a' });
    expect(played.runner.state.finished).toBe(true);
    const transcript = renderTranscript(s, played.runner.transcript, 'fr');
    expect(transcript.indexOf('C.')).toBeLessThan(transcript.indexOf('A.'));
    expect(transcript).toMatch(/Gamba\s: Fin\./);
  });
});
