/**
 * The player's own ballot (`ballot` step): written in a chapter source, checked, played. Its
 * answer becomes the player's row of the electorate (added, or replacing the written one), so
 * the election counted afterwards changes with it; conditions read it; bad answers and bad
 * steps are refused with a message naming what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { answerFromWords } from './player-ballot.ts';
import { playThrough, type Answer } from './runner.ts';
import type { ScenarioData } from './schema.ts';
import type { LoadResult } from './load.ts';
import { compiledMenu, GRADED_POOL, loadMenuChapter } from './source/testing/menu-chapter.ts';
import { renderTranscript } from './transcript.ts';

/** A small chapter: Lili and the krill split one, one; the player's ballot (Nacre) decides. */
function chapter(ballotLine: string, electorate: string[] = [], extra: string[] = []): LoadResult {
  return loadMenuChapter('tiny', [
    ...GRADED_POOL,
    '  1 krill: salad=2 soup=1 cake=0',
    ...electorate,
    ballotLine,
    '{chose(mine, soup)} Lili (joyeuse): Tu as mis la soupe en tête !',
    ...extra,
  ]);
}

function winners(s: ScenarioData, answers: Answer[], election = 'menu'): string[] {
  const { runner, refused } = playThrough(s, answers);
  expect(refused).toBeUndefined();
  const entry = runner.election(election);
  return [...(entry?.counted.counts[0]?.winners ?? [])].sort();
}

describe('the player’s ballot step', () => {
  const ranked = compiledMenu(
    chapter(
      'ballot mine voter=nacre electorate=pool kind=ranked speaker=lili: Classe les plats.',
      [],
      ['election menu electorate=pool method=plurality: Le vote.'],
    ),
  );

  it('compiles to a ballot step with its fields', () => {
    const step = ranked.steps.find((s) => s.type === 'ballot');
    expect(step).toMatchObject({ type: 'ballot', id: 'mine', voter: 'nacre', electorate: 'pool', kind: 'ranked' });
  });

  it('adds the player’s row: two ballots, two winners of the election counted after it', () => {
    // Lili: soup; the krill: salad. The player's first choice breaks the tie.
    expect(winners(ranked, [{ ballot: { ranking: ['soup', 'salad', 'cake'] } }])).toEqual(['soup']);
    expect(winners(ranked, [{ ballot: { ranking: ['salad', 'soup'] } }])).toEqual(['salad']);
    // A number is the quick ballot with that candidate first.
    expect(winners(ranked, [2])).toEqual(['salad']);
    expect(playThrough(ranked, [1]).runner.profile.electorates[0].voters.at(-1)).toMatchObject({
      id: 'nacre',
      character: 'nacre',
      ranking: ['soup', 'salad', 'cake'],
    });
  });

  it('lets conditions read the ballot: chose(ballot, option) is its first choice', () => {
    const fr = (answers: Answer[]) =>
      renderTranscript(ranked, playThrough(ranked, answers).runner.transcript, 'fr').includes('soupe en tête');
    expect(fr([{ ballot: { ranking: ['soup'] } }])).toBe(true);
    expect(fr([{ ballot: { ranking: ['salad', 'soup'] } }])).toBe(false);
    expect(fr([1])).toBe(true); // the quick ballot with the first candidate, the soup, first
  });

  it('replaces the row the chapter wrote for the player’s character', () => {
    const s = compiledMenu(
      chapter(
        'ballot mine voter=nacre electorate=pool kind=grades: Note les plats.',
        ['  nacre: soup=0 salad=2 cake=0'],
        ['election menu electorate=pool method=majority-judgment: Le vote.'],
      ),
    );
    const voters = () => playThrough(s, [{ ballot: { grades: { soup: 2, salad: 0 } } }]).runner.profile.electorates[0];
    expect(voters().voters.filter((v) => v.character === 'nacre')).toEqual([
      { id: 'nacre', character: 'nacre', count: 1, grades: { soup: 2, salad: 0, cake: 0 } },
    ]);
    // As written (salad 2) the salad wins; the player's grades make it the soup.
    expect(winners(s, [{ ballot: { grades: { soup: 0, salad: 2, cake: 0 } } }])).toEqual(['salad']);
    expect(winners(s, [{ ballot: { grades: { soup: 2, salad: 0, cake: 0 } } }])).toEqual(['soup']);
  });

  it('refuses answers that do not fit the step, saying why', () => {
    const refusal = (s: ScenarioData, a: Answer) => {
      const r = playThrough(s, [a]).refused;
      return r && t({ key: r.key ?? '', params: r.params ?? {} }, 'en');
    };
    expect(refusal(ranked, { ballot: { approves: ['soup'] } })).toBe(
      'This ballot is of the wrong kind: the step waits for a “ranked” ballot.',
    );
    expect(refusal(ranked, { ballot: { ranking: ['soup', 'soup'] } })).toMatch(/twice/);
    expect(refusal(ranked, { ballot: { ranking: ['pizza'] } })).toMatch(/pizza/);
    expect(refusal(ranked, 4)).toMatch(/1 to 3|1 and 3|from 1/);
    const single = compiledMenu(
      chapter(
        'ballot mine voter=nacre electorate=pool kind=single: Un nom.',
        [],
        ['election menu electorate=pool method=plurality: Le vote.'],
      ),
    );
    expect(refusal(single, { ballot: { ranking: ['soup', 'salad'] } })).toBe('One name per pebble: this ballot has 2.');
    const graded = compiledMenu(
      chapter(
        'ballot mine voter=nacre electorate=pool kind=grades: Note.',
        [],
        ['election menu electorate=pool method=majority-judgment: Le vote.'],
      ),
    );
    expect(refusal(graded, { ballot: { grades: { soup: 7 } } })).toBe('The grade 7 is off the scale, 0 to 2.');
    // A blank approval ballot is a ballot: it goes in.
    const approval = compiledMenu(
      chapter(
        'ballot mine voter=nacre electorate=pool kind=approval: Approuve.',
        [],
        ['election menu electorate=pool method=approval: Le vote.'],
      ),
    );
    expect(playThrough(approval, [{ ballot: { approves: [] } }]).refused).toBeUndefined();
  });

  it('is refused by the checker when its electorate, its kind or its voter cannot work', () => {
    const keys = (line: string, extra: string[] = []) =>
      chapter(line, [], extra)
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.key);
    expect(keys('ballot mine voter=nacre electorate=nowhere kind=ranked: X.')).toContain(
      'scenario.ref.unknownElectorate',
    );
    expect(keys('ballot mine voter=zorglub electorate=pool kind=ranked: X.')).toContain(
      'scenario.ref.unknownCharacter',
    );
    expect(keys('ballot mine electorate=pool kind=ranked: X.')).toContain('chapterSource.ballot.args');
    // A ranking cannot be counted by approval voting.
    expect(
      keys('ballot mine voter=nacre electorate=pool kind=ranked: X.', [
        'election menu electorate=pool method=approval: Le vote.',
      ]),
    ).toContain('scenario.ref.ballotCannotCount');
    expect(keys('ballot mine voter=nacre electorate=pool kind=ranked: X.', ['{chose(mine, pizza)} Pizza.'])).toContain(
      'scenario.ref.notCandidate',
    );
  });
});

describe('answers in words, as `play --choices` takes them', () => {
  it('reads numbers, rankings, approvals and grades', () => {
    expect(answerFromWords('2')).toBe(2);
    expect(answerFromWords('bulle>conque>echo')).toEqual({ ballot: { ranking: ['bulle', 'conque', 'echo'] } });
    expect(answerFromWords('bulle')).toEqual({ ballot: { ranking: ['bulle'] } });
    expect(answerFromWords('approve dune forest')).toEqual({ ballot: { approves: ['dune', 'forest'] } });
    expect(answerFromWords('approve')).toEqual({ ballot: { approves: [] } });
    expect(answerFromWords('dune=5 forest=2')).toEqual({ ballot: { grades: { dune: 5, forest: 2 } } });
    expect(answerFromWords('Dune!')).toBeUndefined();
  });
});
