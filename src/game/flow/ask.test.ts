import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import type { Answer } from '../../scenario/runner.ts';
import { gameMessages } from '../../i18n/messages/game.ts';
import { answered, askFor } from './ask.ts';
import type { DialogView } from './ballot-dialog.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { ScenarioPlayer } from '../../present/flow/player.ts';
import type { PuzzleBoard } from '../../present/flow/puzzle-board.ts';

const council = loadScenarioText(readFileSync('scenarios/chapter-8-council.json', 'utf8')).scenario!;

/** Chapter 8 played with the first answers up to its "change the ballots" puzzle. */
function atPuzzle(): ScenarioPlayer {
  const player = ScenarioPlayer.start(council, { recordAnswer: () => undefined, saveBookmark: () => undefined });
  for (let b = player.current(); b.kind !== 'finished'; b = player.current()) {
    if (b.kind === 'entry') player.next();
    else {
      const step = council.steps[b.pending.step];
      if (step.type === 'puzzle' && step.goal.kind === 'change-ballots') return player;
      player.answer(1);
    }
  }
  throw new Error('chapter 8 has no ballot puzzle');
}

function host(): {
  views: DialogView[];
  picks: ((i: number) => void)[];
  answers: Answer[];
  show: (v: DialogView, pick: (i: number) => void) => void;
  answer: (a: Answer) => void;
} {
  const h = {
    views: [] as DialogView[],
    picks: [] as ((i: number) => void)[],
    answers: [] as Answer[],
    show: (v: DialogView, pick: (i: number) => void) => void (h.views.push(v), h.picks.push(pick)),
    answer: (a: Answer) => void h.answers.push(a),
  };
  return h;
}

describe('a ballot puzzle asked again (the dialogue redrawn in another language)', () => {
  it('gives back the changes made so far, in the new language; an answer sent starts afresh', () => {
    const player = atPuzzle();
    const pending = player.runner.pending!;
    const ask = (lang: 'fr' | 'en', h: ReturnType<typeof host>): void =>
      askFor(pending, council, (id) => player.runner.election(id), new ScenarioWords(council, lang), h);
    const en = host();
    ask('en', en);
    expect(en.views[0].choices).toEqual([gameMessages.en['puzzle.edit.pick']]);
    // Change some ballots, the first group, its first new ballot (and the first count if asked).
    en.picks[0](0);
    en.picks[1](0);
    if (en.views[2].prompt.includes('?') && en.views[2].choices.every((c) => /\d/.test(c))) en.picks[2](0);
    en.picks[en.picks.length - 1](0);
    const menu = en.views[en.views.length - 1];
    expect(menu.choices.length).toBeGreaterThan(1); // now "count again" and "start over" too

    // Redrawn in French: the same puzzle, with the change still there.
    const fr = host();
    ask('fr', fr);
    expect(fr.views).toHaveLength(1);
    expect(fr.views[0].choices.length).toBe(menu.choices.length);
    expect(fr.views[0].prompt.split('\n').length).toBe(menu.prompt.split('\n').length);
    expect(fr.views[0].choices).toContain(gameMessages.fr['puzzle.edit.reset']);

    // Starting over empties it; giving up sends the answer, after which a new ask starts empty.
    fr.picks[0](-1);
    expect(fr.answers).toEqual([0]);
    const again = host();
    ask('fr', again);
    expect(again.views[0].choices).toEqual([gameMessages.fr['puzzle.edit.pick']]);
  });
});

describe('a puzzle played on the board, asked again', () => {
  it('gives back the same board (its kept changes) until an answer is sent', () => {
    const player = atPuzzle();
    const pending = player.runner.pending!;
    const boards: PuzzleBoard[] = [];
    const ask = (lang: 'fr' | 'en'): void =>
      askFor(pending, council, (id) => player.runner.election(id), new ScenarioWords(council, lang), {
        ...host(),
        board: (board) => void boards.push(board),
      });
    ask('en');
    ask('fr');
    expect(boards).toHaveLength(2);
    expect(boards[1]).toBe(boards[0]);
    answered(pending);
    ask('fr');
    expect(boards[2]).not.toBe(boards[0]);
  });
});
