/**
 * Broken chapter sources, each refused with the message key, line and column of the mistake:
 * the compiler's own errors, and the loader's checks placed back on the source line. Each
 * case changes one line of a small valid chapter (BASE), or adds one after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterSourceMessages } from '../../i18n/messages/chapter-source.ts';
import { playerBallotMessages } from '../../i18n/messages/player-ballot.ts';
import { sceneSetMessages } from '../../i18n/messages/scene-set.ts';
import { formatIssue } from '../issue-text.ts';
import { parseCast } from './cast.ts';
import { loadChapterSource } from './load-source.ts';
import { shippedCast } from './testing/scenario-files.ts';

const BASE = [
  'id: tiny', //  1
  'kind: sandbox', //  2
  'title: Le menu', //  3
  'cast: lili', //  4
  'option soup: la soupe', //  5
  'option salad: la salade', //  6
  'electorate pool', //  7
  '  lili: salad > soup', //  8
  '  5 krill: soup > salad', //  9
  'Lili (joyeuse): Votons !', // 10
  'election menu method=plurality: Le vote.', // 11
  'end', // 12
];

/** [what, line to replace (or 13 to add one), its new text, key, line, column] */
const CASES: [string, number, string, string, number, number][] = [
  ['unknown speaker', 10, 'Lila (joyeuse): Votons !', 'chapterSource.speaker.unknown', 10, 1],
  ['narration with a glued colon', 10, 'Attention: on vote.', 'chapterSource.speaker.unknown', 10, 1],
  ['unknown mood', 10, 'Lili (ravie): Votons !', 'chapterSource.mood.unknown', 10, 7],
  ['mood the character cannot show', 10, 'Lili (fâchée): Votons !', 'scenario.ref.mood', 10, 1],
  ['character not in the cast file', 4, 'cast: lili, zorglub', 'chapterSource.cast.unknown', 4, 13],
  ['bad line tag', 10, 'Lili: Votons ! #line:Ü', 'chapterSource.tag.invalid', 10, 16],
  ['one tag for two texts', 13, 'Lili: Un #line:dup\nLili: Deux #line:dup', 'chapterSource.tag.conflict', 14, 12],
  ['tag on a value', 1, 'id: tiny #line:x', 'chapterSource.tag.notText', 1, 10],
  ['empty text', 13, 'Lili (joyeuse): ', 'chapterSource.text.empty', 13, 16],
  ['option without its text', 5, 'option soup', 'chapterSource.text.missing', 5, 12],
  ['invalid option id', 5, 'option Soupe: la soupe', 'chapterSource.id.invalid', 5, 8],
  ['option position not numbers', 5, 'option soup at=a,b: la soupe', 'chapterSource.arg.number', 5, 16],
  ['option gender neither m nor f', 5, 'option soup gender=x: la soupe', 'chapterSource.option.gender', 5, 20],
  ['unknown argument', 11, 'election menu method=plurality speed=2: Le vote.', 'chapterSource.arg.unknown', 11, 32],
  [
    'argument given twice',
    11,
    'election menu method=plurality method=irv: Le vote.',
    'chapterSource.arg.twice',
    11,
    32,
  ],
  ['unknown method', 11, 'election menu method=plural: Le vote.', 'scenario.schema.unknownMethod', 11, 1],
  [
    'two ways to count',
    11,
    'election menu method=plurality choose=irv,borda: Le vote.',
    'scenario.election.form',
    11,
    1,
  ],
  [
    'unknown electorate',
    11,
    'election menu method=plurality electorate=beach: Le vote.',
    'scenario.ref.unknownElectorate',
    11,
    1,
  ],
  [
    'unknown candidate',
    11,
    'election menu method=plurality candidates=soup,cake: Le vote.',
    'scenario.ref.unknownOption',
    11,
    1,
  ],
  ['seats not a number', 11, 'election menu method=plurality seats=two: Le vote.', 'chapterSource.arg.number', 11, 38],
  [
    'unclosed bracket',
    11,
    'election menu method=plurality tieBreak={"policy": "lot": Le vote.',
    'chapterSource.syntax.brackets',
    11,
    32,
  ],
  ['voter that is nobody', 8, '  lulu: salad > soup', 'chapterSource.voter.unknown', 8, 3],
  ['voter row without preference', 8, '  lili', 'chapterSource.voter.form', 8, 3],
  ['preference not understood', 8, '  lili: salad, soup', 'chapterSource.voter.preference', 8, 9],
  ['ranking names an unknown option', 8, '  lili: salad > cake', 'scenario.ref.unknownOption', 8, 3],
  ['unknown strategy', 9, '  5 krill: soup > salad | lie', 'chapterSource.voter.strategy', 9, 27],
  ['unnamed group without a ranking', 9, '  5 krill: soup=5 salad=2', 'scenario.voter.who', 9, 3],
  ['bad grade scale', 7, 'electorate pool scale=0-5', 'chapterSource.electorate.scale', 7, 23],
  ['grade name without a scale', 9, '  grade 0: nul', 'chapterSource.electorate.grade', 9, 3],
  ['unknown group species', 13, 'group krill fish: le krill', 'chapterSource.cast.species', 13, 13],
  ['jump to an unknown section', 12, '-> nowhere', 'scenario.ref.unknownStep', 12, 1],
  ['jump to nothing', 12, '->', 'chapterSource.goto.target', 12, 3],
  ['section name invalid', 12, '== Fin', 'chapterSource.section.id', 12, 1],
  ['section without a step', 13, '== later', 'chapterSource.section.empty', 13, 1],
  ['bad effect', 12, '~ set', 'chapterSource.effect.invalid', 12, 3],
  ['effect on an undeclared flag', 12, '~ set seen', 'scenario.ref.unknownFlag', 12, 1],
  ['condition mixing and/or', 12, '{a and b or c} end', 'chapterSource.condition.mixed', 12, 10],
  ['unknown condition function', 12, '{wins(soup, menu)} end', 'chapterSource.condition.unknownCall', 12, 2],
  ['condition with too few arguments', 12, '{won(soup)} end', 'chapterSource.condition.arity', 12, 2],
  ['unclosed condition', 12, '{won(soup, menu) end', 'chapterSource.condition.brace', 12, 1],
  ['condition on an unknown election', 12, '{won(soup, vote)} end', 'scenario.ref.unknownElection', 12, 1],
  ['quiz answer without a mark', 13, 'quiz q: Qui gagne ?\n  la soupe', 'chapterSource.quiz.answer', 14, 3],
  ['quiz with one answer', 13, 'quiz q: Qui gagne ?\n  + la soupe', 'scenario.schema.listMin', 13, 1],
  ['feedback before any answer', 13, 'quiz q: Qui gagne ?\n  > Oui', 'chapterSource.quiz.feedback', 14, 3],
  ['puzzle without a kind', 13, 'puzzle p election=menu: Trouve !', 'chapterSource.puzzle.kind', 13, 1],
  [
    'puzzle line not understood',
    13,
    'puzzle p kind=find-method election=menu winner=soup methods=irv,borda: Trouve !\n  clue: non',
    'chapterSource.puzzle.line',
    14,
    3,
  ],
  ['fallback with text', 13, 'choice: Où ?\n* Ici -> x\n* -> ', 'chapterSource.goto.target', 15, 5],
  ['branch case without a jump', 13, 'branch\n  {solved(x)} end', 'chapterSource.branch.case', 14, 3],
  ['move without with', 13, 'move beach and lili', 'chapterSource.move.with', 13, 12],
  ['move to an unknown place', 13, 'move beach', 'scenario.ref.unknownPlace', 13, 1],
  ['header value not a number', 13, 'chapter: two', 'chapterSource.arg.number', 13, 10],
  [
    'expectation seats badly written',
    13,
    'expect menu method=dhondt seats=soup=2',
    'chapterSource.expect.seats',
    13,
    33,
  ],
  ['expectation without a method', 13, 'expect menu winners=soup', 'scenario.expectation.needsMethod', 13, 1],
  [
    'expectation not met is not a load error, unknown election is',
    13,
    'expect vote method=plurality winners=soup',
    'scenario.ref.unknownElection',
    13,
    1,
  ],
];

describe('broken chapter sources', () => {
  const cast = shippedCast();

  it('the base chapter is valid', () => {
    const loaded = loadChapterSource(BASE.join('\n'), { cast });
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loaded.scenario?.steps).toHaveLength(3);
  });

  it('has more than forty cases', () => expect(CASES.length).toBeGreaterThan(40));

  it('every message key the compiler writes exists in French and in English', () => {
    const dir = new URL('./', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/'(chapterSource\.[A-Za-z]+\.[A-Za-z.]+)'/g))
        used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    // The ballot step's message sits in the player's ballot table (src/i18n/messages/player-ballot.ts),
    // the scene line's in the scene's (scene-set.ts).
    const tables = {
      fr: { ...chapterSourceMessages.fr, ...playerBallotMessages.fr, ...sceneSetMessages.fr },
      en: { ...chapterSourceMessages.en, ...playerBallotMessages.en, ...sceneSetMessages.en },
    };
    expect([...used].filter((k) => !(k in tables.fr) || !(k in tables.en))).toEqual([]);
  });

  it.each(CASES)('%s', (_what, at, text, key, line, column) => {
    const lines = [...BASE];
    lines.splice(at - 1, at === 13 ? 0 : 1, text);
    const loaded = loadChapterSource(lines.join('\n'), { cast });
    expect(loaded.scenario).toBeUndefined();
    const errors = loaded.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => ({ key: i.key, line: i.line, column: i.column }))).toContainEqual({ key, line, column });
    // Every error is placed, and reads in both languages without a raw key.
    for (const found of errors) {
      expect(found.line).toBeGreaterThan(0);
      for (const lang of ['fr', 'en'] as const) expect(formatIssue(found, lang)).not.toContain(found.key);
    }
  });
});

describe('broken cast files and English tables', () => {
  const CAST_CASES: [string, string, string, number, number][] = [
    ['unknown species', 'character zo fish il moods=neutral: Zo', 'chapterSource.cast.species', 1, 14],
    ['gender missing', 'character zo crab moods=neutral: Zo', 'chapterSource.cast.gender', 1, 19],
    ['unknown mood', 'character zo crab il moods=neutral,grumpy: Zo', 'chapterSource.mood.unknown', 1, 22],
    ['unknown accessory', 'character zo crab il accessory=cape: Zo', 'chapterSource.cast.accessory', 1, 22],
    ['a character twice', 'character zo crab il: Zo\ncharacter zo crab il: Zo', 'chapterSource.cast.twice', 2, 11],
    ['a line that is no character', 'Zo is a crab', 'chapterSource.cast.line', 1, 1],
  ];
  it.each(CAST_CASES)('cast: %s', (_what, text, key, line, column) => {
    const { problems } = parseCast(text);
    expect(problems.map((p) => ({ key: p.key, line: p.line, column: p.column }))).toContainEqual({ key, line, column });
  });

  it('English table: a line without its colon, and an id given twice, name their line in the table', () => {
    const loaded = loadChapterSource(
      [...BASE.slice(0, 10), 'Lili: Votons ! #line:vote', ...BASE.slice(10)].join('\n'),
      { cast: shippedCast(), english: 'vote Let’s vote!\nvote: Vote!\nvote: Vote again!' },
    );
    expect(loaded.scenario).toBeUndefined();
    expect(loaded.issues.filter((i) => i.severity === 'error').map((i) => [i.key, i.params.line])).toEqual([
      ['chapterSource.english.line', 1],
      ['chapterSource.english.twice', 3],
    ]);
    expect(
      formatIssue(loaded.issues.find((i) => i.key === 'chapterSource.english.twice') ?? loaded.issues[0]!, 'en'),
    ).toBe('English table, line 3: “vote” is already translated on line 2.');
  });
});
