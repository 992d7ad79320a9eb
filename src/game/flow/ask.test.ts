import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import type { Answer } from '../../scenario/runner.ts';
import { answered, askFor, type DialogView } from './ask.ts';
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

describe('a puzzle played on the board, asked again', () => {
  it('gives back the same board (its kept changes) until an answer is sent', () => {
    const player = atPuzzle();
    const pending = player.runner.pending!;
    const boards: PuzzleBoard[] = [];
    const ask = (lang: 'fr' | 'en'): void =>
      askFor(pending, council, new ScenarioWords(council, lang), {
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
