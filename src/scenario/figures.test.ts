/**
 * Count figures quoted in a chapter's lines (`{games.first.tug}`): refused with their line when
 * they name what the count cannot give, resolved from the engine's count when the line is shown,
 * written in the language's number format; and chapter 4's figures equal the engine's own steps.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from './issue-text.ts';
import { playThrough } from './runner.ts';
import { playedInTurn, shippedChapter } from './testing/shipped.ts';
import { renderTranscript } from './transcript.ts';
import { figureRefs, figureValue } from './figures.ts';
import { loadChapterSource } from './source/load-source.ts';
import { shippedCast } from './source/testing/scenario-files.ts';
import type { StepOf } from '../voting/result.ts';

/** Five krill rank soup first, Lili ranks the salad first: 5 to 1 in every figure about the soup. */
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
  'election menu method=borda: Le vote.', // 10
  'Lili (joyeuse): Votons !', // 11
  'end', // 12
];

function load(line: number, text: string, english = '') {
  const lines = [...BASE];
  lines.splice(line - 1, 1, text);
  return loadChapterSource(lines.join('\n'), { cast: shippedCast(), english });
}

const CASES: [string, string, string][] = [
  ['a kind of figure the game does not know', '{menu.seconds.soup}', 'scenario.figure.unknown'],
  ['an election that does not exist', '{vote.first.soup}', 'scenario.figure.noElection'],
  ['an option that is not a candidate', '{menu.first.cake}', 'scenario.figure.notCandidate'],
  ['a duel against a non-candidate', '{menu.duel.soup.cake}', 'scenario.figure.notCandidate'],
  ['a method the election does not count', '{menu.plurality.soup}', 'scenario.figure.notCounted'],
  ['grades on an election without graded ballots', '{menu.grade.soup.3}', 'scenario.figure.notGraded'],
];

describe('count figures in a chapter’s lines', () => {
  it.each(CASES)('refuses %s, on its line, in both languages', (_what, ref, key) => {
    const loaded = load(11, `Lili: La soupe a ${ref} voix. #line:say`, `say: The soup has ${ref} votes.`);
    expect(loaded.scenario).toBeUndefined();
    const found = loaded.issues.filter((i) => i.key === key);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].line).toBe(11);
    for (const lang of ['fr', 'en'] as const) {
      const said = formatIssue(found[0], lang);
      expect(said).not.toContain(key);
      expect(said).toContain(ref);
    }
  });

  it('refuses a figure quoted before its election is counted', () => {
    const lines = [...BASE];
    lines.splice(9, 0, 'Lili: Déjà {menu.first.soup} ! #line:early');
    const loaded = loadChapterSource(lines.join('\n'), {
      cast: shippedCast(),
      english: 'early: Already {menu.first.soup}!',
    });
    const found = loaded.issues.find((i) => i.key === 'scenario.figure.tooEarly');
    expect(found?.line).toBe(10);
  });

  it('refuses a figure where the game cannot show it (a choice)', () => {
    const loaded = load(
      11,
      'choice: Et alors ?\n* Oui, {menu.first.soup} voix ! #line:opt\n* Rien. #line:none',
      'opt: Yes, {menu.first.soup} votes!\nnone: Nothing.',
    );
    expect(loaded.issues.some((i) => i.key === 'scenario.figure.notHere')).toBe(true);
  });

  it('refuses first choices on an election that counts no ranked ballots', () => {
    const lines = [
      ...BASE.slice(0, 6),
      'group krill krill: le krill',
      'electorate pool',
      '  lili: approves salad',
      '  5 krill: approves soup',
      'election menu method=approval: Le vote.',
      'Lili: Déjà {menu.first.soup} ! #line:say',
      'end',
    ];
    const loaded = loadChapterSource(lines.join('\n'), {
      cast: shippedCast(),
      english: 'say: Already {menu.first.soup}!',
    });
    const found = loaded.issues.find((i) => i.key === 'scenario.figure.notRanked');
    expect(found?.line).toBe(12);
  });

  it('writes each figure from the count, in each language’s number format', () => {
    const line =
      'Lili: {menu.voters} galets, {menu.first.soup} pour la soupe, {menu.last.soup} contre, {menu.duel.soup.salad} contre {menu.duel.salad.soup}, {menu.borda.soup} points. #line:say';
    const english =
      'say: {menu.voters} pebbles, {menu.first.soup} for the soup, {menu.last.soup} against, {menu.duel.soup.salad} to {menu.duel.salad.soup}, {menu.borda.soup} points.';
    const loaded = load(11, line, english);
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const s = loaded.scenario!;
    const { runner } = playThrough(s, []);
    expect(renderTranscript(s, runner.transcript, 'fr')).toContain(
      '6 galets, 5 pour la soupe, 1 contre, 5 contre 1, 5 points.',
    );
    expect(renderTranscript(s, runner.transcript, 'en')).toContain(
      '6 pebbles, 5 for the soup, 1 against, 5 to 1, 5 points.',
    );
  });

  it('counts grades: exactly, at least and at most a grade, within the scale', () => {
    const lines = (say: string) => [
      ...BASE.slice(0, 6),
      'group krill krill: le krill',
      'electorate pool scale=0..6',
      '  lili: soup=6 salad=2',
      '  5 krill: soup=3 salad=5',
      'election menu method=majority-judgment: Le vote.',
      say,
      'end',
    ];
    const ok = loadChapterSource(
      lines('Lili: Voilà {menu.grade.soup.3}, {menu.atLeast.soup.3} et {menu.atMost.salad.2}. #line:say').join('\n'),
      {
        cast: shippedCast(),
        english: 'say: There, {menu.grade.soup.3}, {menu.atLeast.soup.3} and {menu.atMost.salad.2}.',
      },
    );
    expect(ok.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { runner } = playThrough(ok.scenario!, []);
    expect(renderTranscript(ok.scenario!, runner.transcript, 'fr')).toContain('Voilà 5, 6 et 1.');
    const outside = loadChapterSource(lines('Lili: Voilà {menu.grade.soup.9}. #line:say').join('\n'), {
      cast: shippedCast(),
      english: 'say: There, {menu.grade.soup.9}.',
    });
    const found = outside.issues.find((i) => i.key === 'scenario.figure.gradeOutside');
    expect(found?.line).toBe(12);
    expect(formatIssue(found!, 'en')).toContain('from 0 to 6');
  });

  it('leaves the player’s own ballot out (others), sums options, and gives shares as percentages', () => {
    const lines = [
      ...BASE.slice(0, 6),
      'option cake: le gâteau',
      'electorate pool',
      '  lili: salad > soup > cake',
      '  5 krill: soup > salad > cake',
      '  2 krill2: cake > soup > salad',
      'ballot mine voter=nacre electorate=pool kind=ranked: Classe les plats.',
      'election menu method=plurality: Le vote.',
      'Lili: Sans toi {menu.others.voters}, {menu.others.first.soup} pour la soupe, {menu.others.duel.cake.soup} contre {menu.others.duel.soup.cake} ; avec toi {menu.first.soup+cake}, soit {menu.share.first.soup+cake} %, et {menu.others.share.first.cake} % sans toi. #line:say',
      'end',
    ];
    const loaded = loadChapterSource(lines.join('\n').replace('cast: lili', 'cast: nacre, lili'), {
      cast: shippedCast(),
      english:
        'say: Without you {menu.others.voters}, {menu.others.first.soup} for the soup, {menu.others.duel.cake.soup} to {menu.others.duel.soup.cake}; with you {menu.first.soup+cake}, {menu.share.first.soup+cake}%, and {menu.others.share.first.cake}% without you.',
    });
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const s = loaded.scenario!;
    // Nacre ranks the cake first: 9 ballots, 5 + 3 for the soup or the cake, 8 without hers.
    const { runner } = playThrough(s, [{ ballot: { ranking: ['cake', 'soup', 'salad'] } }]);
    expect(renderTranscript(s, runner.transcript, 'fr')).toContain(
      'Sans toi 8, 5 pour la soupe, 2 contre 6\u00a0; avec toi 8, soit 88,9\u00a0%, et 25\u00a0% sans toi.',
    );
    expect(renderTranscript(s, runner.transcript, 'en')).toContain(
      'Without you 8, 5 for the soup, 2 to 6; with you 8, 88.9%, and 25% without you.',
    );
  });

  it('reads the grade points a declared strategy took from an option (lowered)', () => {
    const lines = [
      ...BASE.slice(0, 6),
      'group krill krill: le krill',
      'electorate pool scale=0..5',
      '  lili: soup=2 salad=5 | exaggerate',
      '  5 krill: soup=3 salad=4',
      'election menu method=score: Le vote.',
      'Lili: La soupe perd {menu.lowered.soup} points, la salade {menu.lowered.salad}. #line:say',
      'end',
    ];
    const loaded = loadChapterSource(lines.join('\n'), {
      cast: shippedCast(),
      english: 'say: The soup loses {menu.lowered.soup} points, the salad {menu.lowered.salad}.',
    });
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { runner } = playThrough(loaded.scenario!, []);
    expect(renderTranscript(loaded.scenario!, runner.transcript, 'fr')).toContain(
      'La soupe perd 2 points, la salade 0.',
    );
  });

  it('refuses others where the player casts no ballot, and others on a method’s count', () => {
    for (const [ref, key] of [
      ['{menu.others.first.soup}', 'scenario.figure.noPlayer'],
      ['{menu.others.borda.soup}', 'scenario.figure.othersMethod'],
      ['{menu.share.voters}', 'scenario.figure.unknown'],
      ['{menu.first.soup+}', 'scenario.figure.unknown'],
      ['{menu.first.soup+cake}', 'scenario.figure.notCandidate'],
    ] as const) {
      const loaded = load(11, `Lili: Voilà ${ref}. #line:say`, `say: There, ${ref}.`);
      const found = loaded.issues.find((i) => i.key === key);
      expect(found?.line, ref).toBe(11);
      for (const lang of ['fr', 'en'] as const) expect(formatIssue(found!, lang)).toContain(ref);
    }
  });

  it('groups thousands the French way: Burlington’s last round', () => {
    const s = shippedChapter('chapter-9-real-election');
    const key = 'story.irv.figures';
    expect(figureRefs(s.texts.fr[key])).toEqual(['burlington.irv.kiss', 'burlington.irv.wright']);
    const { runner } = playThrough(s, []);
    const counted = runner.election('burlington')!.counted;
    expect(figureValue('burlington.irv.kiss', counted)).toBe(4314);
    expect(figureValue('burlington.irv.wright', counted)).toBe(4064);
    expect(renderTranscript(s, runner.transcript, 'fr')).toContain('4\u202f314 voix à Kiss et 4\u202f064 à Wright');
    expect(renderTranscript(s, runner.transcript, 'en')).toContain('4,314 votes for Kiss and 4,064 for Wright');
  });
});

/**
 * Chapter 4 quotes its evening's figures; each reference read here must equal what the engine's
 * own Borda and Copeland steps say of the same pebbles, so the two ways of reading a count agree.
 */
describe('chapter 4’s figures agree with the engine’s steps', () => {
  const s = shippedChapter('chapter-4-points-and-duels');
  const runner = playedInTurn(s, 100);
  const counted = (id: string) => runner.election(id)!.counted;
  function stepOf(id: string, method: 'borda', key: 'borda.points'): StepOf<'borda.points'>['params'];
  function stepOf(id: string, method: 'copeland', key: 'copeland.matrix'): StepOf<'copeland.matrix'>['params'];
  function stepOf(id: string, method: string, key: string): unknown {
    const result = counted(id).counts.find((c) => c.method === method)!.result!;
    return result.steps.find((st) => st.key === key)!.params;
  }

  it('first and last places are Borda’s count by rank', () => {
    const { byRank } = stepOf('games', 'borda', 'borda.points');
    expect(figureValue('games.voters', counted('games'))).toBe(25);
    expect(figureValue('games.first.tug', counted('games'))).toBe(byRank.tug[0]);
    expect(figureValue('games.last.tug', counted('games'))).toBe(byRank.tug[2]);
    expect(byRank.tug[0]).toBeGreaterThan(byRank.tug[2]);
  });

  it('duels are Copeland’s matrix, before and after the twin', () => {
    for (const id of ['games', 'twin-vote']) {
      const { support } = stepOf(id, 'copeland', 'copeland.matrix');
      for (const [x, y] of [
        ['tug', 'hunt'],
        ['hunt', 'tug'],
        ['dive', 'tug'],
        ['tug', 'dive'],
      ])
        expect(figureValue(`${id}.duel.${x}.${y}`, counted(id))).toBe(support[x][y]);
    }
    const { support } = stepOf('twin-vote', 'copeland', 'copeland.matrix');
    expect(figureValue('twin-vote.duel.dive.night', counted('twin-vote'))).toBe(support.dive.night);
  });

  it('every line of the chapter that quotes a figure shows a number, never a brace', () => {
    const quoting = Object.entries(s.texts.fr).filter(([, text]) => figureRefs(text).length > 0);
    expect(quoting.length).toBeGreaterThanOrEqual(7);
    for (const lang of ['fr', 'en'] as const)
      expect(renderTranscript(s, runner.transcript, lang)).not.toMatch(/\{[a-z-]+\./);
  });
});
